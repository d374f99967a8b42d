/**
 * Pieces of Markdown that markdown.ts and markdown-proceedings.ts both
 * write: GitHub pipe tables (the actions, the risks, the declarations, a
 * recorded vote's names, the document's own tables) and a line guarded at
 * its start so that it cannot read as a heading, a list or a rule.
 */
import type { ColumnAlign } from '../model/types';

const RULE = { none: ' --- |', left: ' :--- |', right: ' ---: |', center: ' :---: |' } as const;

/** A GitHub pipe table, its columns aligned as `align` says; cells arrive as Markdown already, so only pipes and line breaks need care. */
export function pipeTable(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ColumnAlign[]): string {
  const width = rows.reduce((w, r) => Math.max(w, r.length), Math.max(head.length, 1));
  // The lookbehind starts a line-break match only where white space starts (linear on a long run of spaces).
  const cell = (c: string | undefined): string => (c ?? '').replace(/(?<!\\)\|/g, '\\|').replace(/(?<!\s)\s*\n\s*/g, ' ').trim();
  const line = (r: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => cell(r[i])).join(' | ')} |`;
  const rule = Array.from({ length: width }, (_, i) => RULE[align?.[i] ?? 'none']).join('');
  return [line(head), `|${rule}`, ...rows.map(line)].join('\n');
}

/** A line of Markdown, guarded against reading as a heading, list entry or rule at its start. */
export function guardStart(md: string): string {
  return md.replace(/^(#{1,6}(?=\s|$)|[-+=](?=\s|$)|(\d{1,9})([.)])(?=\s|$))/, (all, _a, digits: string | undefined, punct: string | undefined) =>
    digits ? `${digits}\\${punct}` : `\\${all}`,
  );
}
