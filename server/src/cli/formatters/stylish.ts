/**
 * `--format stylish` (the default): problems grouped by file, each with its
 * line:column, severity, message and rule id, then the source line with a
 * caret under the reported span; a summary line closes the report. Colour is
 * decided by the caller (a TTY and no NO_COLOR); without it the output is
 * plain text.
 */
import { totals, type LintMessage, type LintResult } from '../lint-result';
import type { Formatter } from './types';

/** Widest excerpt shown; longer lines are cut around the reported column. */
const EXCERPT_WIDTH = 100;

type Paint = (code: string, text: string) => string;

const SEVERITY_COLOUR: Record<LintMessage['severity'], string> = { error: '31', warning: '33', info: '36' };

export const formatStylish: Formatter = (results, ctx) => {
  const paint: Paint = ctx.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const blocks = results.filter((r) => r.messages.length > 0).map((r) => fileBlock(r, ctx.sourceOf(r.filePath), paint));
  return `${blocks.map((b) => `${b}\n\n`).join('')}${summary(results, ctx.unlinted ?? 0, paint)}\n`;
};

function fileBlock(result: LintResult, source: string | undefined, paint: Paint): string {
  // Lines end as the core counts them (a lone CR too); the width is a reduce, as a spread of 125,000+ messages throws.
  const lines = source?.split(/\r\n|\r|\n/);
  const posWidth = result.messages.reduce((w, m) => Math.max(w, `${m.line}:${m.column}`.length), 0);
  const out = [paint('4', result.filePath)];
  for (const m of result.messages) {
    const pos = `${m.line}:${m.column}`.padEnd(posWidth);
    const severity = paint(SEVERITY_COLOUR[m.severity], m.severity.padEnd(7));
    out.push(`  ${paint('2', pos)}  ${severity}  ${m.message}  ${paint('2', m.ruleId)}`);
    const text = lines?.[m.line - 1];
    if (text !== undefined) for (const l of excerpt(m, text, paint)) out.push(l);
  }
  return out.join('\n');
}

/** The source line and a caret line under the reported span. */
function excerpt(m: LintMessage, rawLine: string, paint: Paint): string[] {
  const line = rawLine.replace(/[\t\u0000-\u001f\u007f]/g, ' ');
  const from = Math.min(m.column - 1, line.length);
  const to = Math.max(from + 1, m.endLine === m.line ? Math.min(m.endColumn - 1, line.length) : line.length);
  let start = 0;
  if (line.length > EXCERPT_WIDTH && from > EXCERPT_WIDTH / 2) start = Math.min(from - 20, line.length - EXCERPT_WIDTH + 1);
  const end = Math.min(line.length, start + EXCERPT_WIDTH);
  const lead = start > 0 ? '…' : '';
  const tail = end < line.length ? '…' : '';
  const shown = `${lead}${line.slice(start, end)}${tail}`;
  const caretStart = lead.length + from - start;
  const caretLength = Math.max(1, Math.min(to, end) - from);
  const gutter = `${m.line}`;
  const blank = ' '.repeat(gutter.length);
  return [
    `    ${paint('2', `${gutter} |`)} ${shown.trimEnd()}`,
    `    ${paint('2', `${blank} |`)} ${' '.repeat(caretStart)}${paint(SEVERITY_COLOUR[m.severity], '^'.repeat(caretLength))}`,
  ];
}

function summary(results: readonly LintResult[], unlinted: number, paint: Paint): string {
  const t = totals(results);
  const problems = t.errors + t.warnings + t.infos;
  const files = plural(t.files, 'file');
  // A file that could not be read was not checked: the line must not read as a clean run.
  const notLinted = unlinted > 0 ? `; ${plural(unlinted, 'file')} could not be linted` : '';
  if (problems === 0) return unlinted > 0 ? paint('1;31', `✖ ${files} checked, no problems${notLinted}`) : paint('32', `✔ ${files} checked, no problems`);
  const text = `✖ ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')}) in ${files}${notLinted}`;
  return paint(t.errors || unlinted ? '1;31' : t.warnings ? '1;33' : '1;36', text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
