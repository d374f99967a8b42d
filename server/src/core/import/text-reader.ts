/**
 * Reading a text copy of minutes: what a clerk gets by copying a ModernGov
 * page, saving a Word document as text, or running `pdftotext -layout` on a
 * PDF. A text copy has one paragraph per line (blank or no-break-space lines
 * between them), so each line is a block. Lines with tabs between cells, one
 * after another, are a table (Word's tables copy that way). Text from a PDF
 * is wrapped at the page's width instead, so its lines are joined back into
 * paragraphs, and the page numbers between pages are dropped: best effort,
 * which the report says.
 */
import { clean, type ReadResult, type SourceBlock } from './blocks';
import { LIST_MARKER_SOURCE } from '../vocabulary';

const LIST_START = new RegExp(`^(?:${LIST_MARKER_SOURCE})(?:[ \\t]|$)`);

/** Reads a text copy: one block per line, tab-separated runs as tables. */
export function readText(text: string): ReadResult {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: SourceBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isTableLine(line)) {
      const start = i;
      const rows: string[][] = [];
      while (i < lines.length && (isTableLine(lines[i]) || (rows.length && blankRowBetweenTables(lines, i)))) {
        if (isTableLine(lines[i])) rows.push(lines[i].split('\t').map(clean));
        i++;
      }
      i--;
      blocks.push({ kind: 'table', rows: padRows(rows), at: start + 1 });
      continue;
    }
    const t = clean(line);
    if (t) blocks.push({ kind: 'text', text: t, at: i + 1, ...(i > 0 && !clean(lines[i - 1]) ? { gap: true } : {}) });
  }
  return { blocks };
}

/** True when a text looks like `pdftotext -layout` output: form feeds between pages, or lines laid out in columns. */
export function looksLikePdfText(text: string): boolean {
  if (text.includes('\f')) return true;
  const lines = text.split('\n').filter((l) => l.trim());
  const wide = lines.filter((l) => /\S {3,}\S/.test(l) && !l.includes('\t')).length;
  return lines.length > 10 && wide / lines.length > 0.3;
}

/** Reads `pdftotext -layout` output: wrapped lines joined into paragraphs, page numbers dropped. */
export function readPdfText(text: string): ReadResult {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: SourceBlock[] = [];
  const dropped: { at: number; text: string; reason: string }[] = [];
  let para: string[] = [];
  let paraAt = 0;
  const flush = (): void => {
    if (para.length) blocks.push({ kind: 'text', text: clean(para.join(' ')), at: paraAt });
    para = [];
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\f/g, '');
    const t = clean(line);
    if (!t) return flush();
    if (PAGE_NUMBER.test(t)) {
      flush();
      dropped.push({ at: i + 1, text: t, reason: 'a page number of the PDF' });
      return;
    }
    const previous = para[para.length - 1];
    // A new paragraph: after a blank line (flushed above), at a list marker, or after a short line (a heading, a sign-off).
    if (!para.length || LIST_START.test(t) || LABEL_START.test(t) || previous.length < 45 || /[:;]$/.test(previous) || raw.includes('\f')) {
      flush();
      paraAt = i + 1;
    }
    para.push(t);
  });
  flush();
  return { blocks, dropped, bestEffort: 'text from a PDF: its lines were joined back into paragraphs' };
}

/** A line that opens with a label (`RESOLVED:`, `Action:`, `Present:`) starts a paragraph of its own. */
const LABEL_START = /^(?:[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}\s*:|Resolved\s*[-–])/;

const PAGE_NUMBER = /^(?:page \d+(?: of \d+)?|- ?\d+ ?-|\d{1,3})$/i;

/** A line of a tab-separated table: at least two tabs, or one between two non-empty cells. */
function isTableLine(line: string): boolean {
  const tabs = line.split('\t').length - 1;
  return tabs >= 2 || (tabs === 1 && /\S\t+\S/.test(line));
}

/** A blank line inside a table copied across a page break: the next non-blank line is a table line again. */
function blankRowBetweenTables(lines: readonly string[], i: number): boolean {
  if (lines[i].trim() !== '') return false;
  let j = i;
  while (j < lines.length && lines[j].trim() === '') j++;
  return j < lines.length && isTableLine(lines[j]);
}

/** Every row as wide as the widest, so the pipe table has a cell for each column. */
function padRows(rows: string[][]): string[][] {
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  return rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
}
