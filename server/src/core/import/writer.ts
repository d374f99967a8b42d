/**
 * Writing the `.minutes` text: the header, the note offering PEOPLE
 * handles, and the body the recogniser made. Keyword lines were written in
 * the forms the source used (`Resolved -`, `It was unanimously RESOLVED
 * that`); the core's own keyword-form fix then writes each in the standard
 * form, adding `VOTE: unanimous` where "unanimously" said so, so that the
 * importer and the editor's quick fix never disagree. Every such change
 * is a rewrite in the report.
 */
import { analyze, type Analysis } from '../index';
import { applyFixes } from '../validate/apply-fixes';
import { headerLines, type HeaderOptions } from './header';
import { onlyRule } from './line-forms';
import { peopleNote } from './people';
import type { Recognised } from './recognise';
import type { ImportReport } from './report';

/** The text of the imported file, and its analysis (syntax-error the only rule run: the model is what the report counts). */
export function writeMinutes(rec: Recognised, options: HeaderOptions, report: ImportReport): { text: string; analysis: Analysis } {
  const head = headerLines(rec.header, options, rec.headerNotes);
  const note = peopleNote(rec.names.names);
  const body = [...rec.body];
  while (body.length && body[0].text === '') body.shift();
  while (body.length && body[body.length - 1].text === '') body.pop();
  const lines = [...head, '', ...(note.length ? [...note, ''] : []), ...body.map((l) => l.text)];
  const text = `${lines.join('\n')}\n`;
  const start = head.length + 1 + (note.length ? note.length + 1 : 0);
  const places = new Map(body.map((l) => [l.text, l.at ?? 0]));
  return escapeUnreadable(standardKeywords(text, start, body.map((l) => l.at ?? 0), report), places, report);
}

/**
 * The last guard of the promise that the result has no syntax-error: a
 * body line the grammar still cannot place (a source that already held a
 * PEOPLE: block with a line that is not `@handle ...`) is escaped with a
 * backslash, which makes it plain text, under an `// import:` note.
 */
function escapeUnreadable(text: string, places: ReadonlyMap<string, number>, report: ImportReport): { text: string; analysis: Analysis } {
  const analysis = analyze(text, onlyRule('syntax-error'));
  const header = analysis.ast.header ? analysis.lines.positionAt(analysis.ast.header.span.end).line : -1;
  const bad = new Set(analysis.diagnostics.filter((d) => d.ruleId === 'syntax-error').map((d) => analysis.lines.positionAt(d.start).line).filter((l) => l > header));
  if (!bad.size) return { text, analysis };
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (bad.has(i)) {
      out.push('// import: escaped: this line could not be read as the language, so it is kept as text');
      report.guessed.push({ at: places.get(line) ?? 0, text: line.slice(0, 200), note: 'escaped: the line could not be read as the language' });
      out.push(`\\${line.replace(/^\s+/, '')}`);
    } else out.push(line);
  });
  const escaped = out.join('\n');
  return { text: escaped, analysis: analyze(escaped, onlyRule('syntax-error')) };
}

/** The text of a file whose body is already in the language (our own HTML export read back). */
export function writeLines(header: Record<string, string>, body: readonly string[], options: HeaderOptions): string {
  const lines = [...headerLines(header, options, {}), '', ...body];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Applies the keyword-form fixes, recording each as a rewrite at its source place. */
function standardKeywords(text: string, bodyStart: number, sourceAt: readonly number[], report: ImportReport): string {
  const analysis = analyze(text, onlyRule('keyword-form'));
  const fixes = analysis.diagnostics.filter((d) => d.ruleId === 'keyword-form' && d.fix);
  if (!fixes.length) return text;
  for (const d of fixes) {
    const line = analysis.lines.positionAt(d.start).line;
    // The first edit replaces the words as written: its new text is what they became.
    const [first, ...more] = d.fix!.edits;
    const written = text.slice(first.start, first.end);
    const unanimous = more.some((e) => /VOTE: unanimous/.test(e.newText)) ? ' (and VOTE: unanimous after the block)' : '';
    const what = first.newText.startsWith('MOTION:') ? 'a motion written as prose, as MOTION: and RESOLVED: lines' : 'the standard form of the keyword';
    report.rewritten.push({ at: sourceAt[line - bodyStart] ?? 0, from: written, to: first.newText, note: `${what}${unanimous}` });
  }
  return applyFixes(text, fixes).text;
}
