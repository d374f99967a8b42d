/**
 * The importer's three promises (issue 16), checked on any
 * input: the output has no syntax-error; every word of the source's
 * visible text is in the output in order, except the furniture and the
 * rewrites the report lists; and importing the output's own HTML export
 * gives the same model. The source's words are read here independently of
 * the importer: a text file's words, the text nodes of an HTML page that a
 * browser shows, the w:t runs of a Word document.
 */
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { parse as parseHtml } from 'parse5';
import { analyze, exportDocument } from '../../../server/src/core';
import { applyWordEdits, importMinutes, missingWord, outputWords, wordsOf, type ImportReport, type LocatedWord } from '../../../server/src/core/import';

type Node = { nodeName: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[]; sourceCodeLocation?: { startLine: number } };

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'select', 'button']);

/** The words of an HTML page's visible text, each at the source line of its text node. */
export function htmlWords(html: string): LocatedWord[] {
  const out: LocatedWord[] = [];
  const add = (text: string, n: Node): void => {
    for (const word of wordsOf(text)) out.push({ word, at: n.sourceCodeLocation?.startLine ?? 0 });
  };
  const visit = (n: Node): void => {
    if (INVISIBLE.has(n.nodeName)) return;
    if (n.nodeName === '#text') add(n.value ?? '', n);
    // An image's alt text is what a copy of the page gives for it (ModernGov's "pdf icon").
    if (n.nodeName === 'img') add(n.attrs?.find((a) => a.name === 'alt')?.value ?? '', n);
    for (const c of n.childNodes ?? []) visit(c);
  };
  visit(parseHtml(html, { sourceCodeLocationInfo: true }) as unknown as Node);
  return out;
}

/** The words of a Word document's text runs, in order, each at its paragraph's number (1-based, in document order). */
export async function docxWords(bytes: Uint8Array): Promise<LocatedWord[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body'));
  return body
    .split(/<\/w:p>/)
    .slice(0, -1)
    .flatMap((p, i) => {
      const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? ' ' : decodeXml(m[1]))).join('');
      return wordsOf(text).map((word) => ({ word, at: i + 1 }));
    });
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The source's words with the report's dropped furniture taken out and its rewrites applied. */
export function expectedWords(source: readonly LocatedWord[], report: ImportReport): string[] {
  const edits = [
    ...report.dropped.map((d, i) => ({ at: d.at, i, from: d.text, to: '' })),
    ...report.rewritten.map((r, i) => ({ at: r.at, i: i + 0.5, from: r.from, to: r.to })),
  ].sort((a, b) => a.at - b.at || a.i - b.i);
  const { words, missing } = applyWordEdits(source, edits);
  assert.equal(missing, null, `the report names words that are not in the source: ${JSON.stringify(missing)}`);
  return words;
}

/** Asserts the word promise. */
export function expectEveryWord(source: readonly LocatedWord[], text: string, report: ImportReport): void {
  const lost = missingWord(expectedWords(source, report), outputWords(text));
  assert.equal(lost, null, lost ? `the word "${lost.word}" is missing from the output, in "... ${lost.context} ..."` : '');
}

/** Asserts that the output has no syntax-error. */
export function expectNoSyntaxError(text: string): void {
  const errors = analyze(text).diagnostics.filter((d) => d.ruleId === 'syntax-error');
  assert.deepEqual(errors.map((d) => `${analyze(text).lines.positionAt(d.start).line + 1}: ${d.message}`), []);
}

/**
 * The model as the JSON export prints it (docs/json-model.md), without line
 * numbers: what the minutes record, not where in the file they say it.
 * The narrative (`content`, `preamble`) is left out: the HTML export does
 * not print the `MINUTES:` marker, so it cannot come back. A vote and an
 * action are compared by what they mean, not by their line's wording.
 */
export function recordOf(text: string): unknown {
  const json = JSON.parse(JSON.stringify(analyze(text).model));
  const drop = new Set(['line', 'range', 'content', 'preamble', 'text', 'dueText']);
  const keep = new Set(['resolutions', 'declarations']);
  const strip = (v: unknown, parent = ''): unknown => {
    if (Array.isArray(v)) return v.map((x) => strip(x, parent));
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([k]) => !drop.has(k) || (k === 'text' && keep.has(parent)))
        .map(([k, x]) => [k, strip(x, k)]),
    );
  };
  return strip(json);
}

/** Asserts that importing the output's own HTML export gives the same model. */
export async function expectHtmlRoundTrip(text: string): Promise<void> {
  const html = (await exportDocument(analyze(text), 'html')).content;
  const again = await importMinutes(html);
  assert.deepEqual(recordOf(again.text), recordOf(text));
}
