/**
 * Code actions for the diagnostics in a range, and fix-all for the document.
 *
 * - every rule fix the diagnostics carry (a legacy keyword converted to its
 *   standard spelling is keyword-form's fix);
 * - "Declare @handle in PEOPLE" for person-unknown, from its `data.handle`;
 * - "Disable <rule> for this line", inserting the inline comment the rule
 *   runner reads (a `disable`/`enable` pair around a wrapped line, where a
 *   comment between the wrapped lines would break the list);
 * - `source.fixAll.minutes`: every fix that does not overlap another, as the
 *   CLI's `--fix` applies them (validate/apply-fixes.ts).
 *
 * Actions are returned as offset edits; the server converts them.
 */
import type { Analysis } from '../index';
import type { Span } from '../syntax/ast';
import { keywordBlocks } from '../syntax/walk';
import { applyFixes } from '../validate/apply-fixes';
import type { MinutesDiagnostic, TextEdit } from '../validate/rule';
import { eolOf } from './locate';

export const FIX_ALL_KIND = 'source.fixAll.minutes';

export type ActionKind = 'quickfix' | typeof FIX_ALL_KIND;

export interface CodeActionEntry {
  readonly title: string;
  readonly kind: ActionKind;
  readonly edits: readonly TextEdit[];
  /** The diagnostics the action resolves. */
  readonly diagnostics: readonly MinutesDiagnostic[];
  readonly preferred?: boolean;
}

/**
 * The actions for a range. `only` filters by kind as LSP does (`source`
 * admits `source.fixAll.minutes`); without it, quick fixes come first and
 * fix-all follows when the document has anything to fix.
 */
export function codeActionsFor(a: Analysis, range: Span, only?: readonly string[]): CodeActionEntry[] {
  const out: CodeActionEntry[] = [];
  if (wanted('quickfix', only)) {
    const here = a.diagnostics.filter((d) => d.start <= range.end && d.end >= range.start);
    for (const d of here) if (d.fix?.edits.length) out.push({ title: d.fix.title, kind: 'quickfix', edits: d.fix.edits, diagnostics: [d], preferred: true });
    for (const d of here) if (d.ruleId === 'person-unknown' && d.data?.handle) out.push(declareHandle(a, d, d.data.handle));
    for (const d of here) {
      const disable = disableRule(a, d);
      if (disable) out.push(disable);
    }
  }
  if (wanted(FIX_ALL_KIND, only)) {
    const all = fixAll(a);
    if (all) out.push(all);
  }
  return out;
}

/** True when an action of `kind` is asked for by `only` (LSP kinds are dot-separated hierarchies). */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Fix-all: every non-overlapping fix, or null when nothing can be fixed. */
export function fixAll(a: Analysis): CodeActionEntry | null {
  const result = applyFixes(a.text, a.diagnostics);
  if (!result.applied.length) return null;
  const edits = result.applied.flatMap((d) => d.fix!.edits);
  const n = result.applied.length;
  return { title: `Fix all auto-fixable problems (${n})`, kind: FIX_ALL_KIND, edits, diagnostics: result.applied };
}

/** Adds `@handle  Name` to PEOPLE, creating the block after the header when there is none. */
function declareHandle(a: Analysis, d: MinutesDiagnostic, handle: string): CodeActionEntry {
  const eol = eolOf(a.text);
  const name = handle
    .split('-')
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
  const line = `@${handle}  ${name}`;
  const people = keywordBlocks(a.ast, 'PEOPLE')[0];
  let edit: TextEdit;
  if (people && people.kind === 'keyword') {
    const last = people.people?.length ? people.people[people.people.length - 1].span.end : people.keywordText.span.end;
    const end = a.lines.lineEnd(a.lines.positionAt(last).line);
    edit = { start: end, end, newText: `${eol}${line}` };
  } else {
    const at = afterHeader(a);
    edit = { start: at, end: at, newText: `PEOPLE:${eol}${line}${eol}${eol}` };
  }
  return { title: `Declare @${handle} in PEOPLE`, kind: 'quickfix', edits: [edit], diagnostics: [d] };
}

/** Where a new preamble block goes: after the header and the blank line under it. */
function afterHeader(a: Analysis): number {
  const h = a.ast.header;
  if (!h) return 0;
  let line = a.lines.positionAt(h.span.end).line + 1;
  if (line < a.lines.lineCount && a.lines.lineText(line).trim() === '') line++;
  return line < a.lines.lineCount ? a.lines.lineStart(line) : a.text.length;
}

/**
 * Inserts `// minutes-disable-next-line <rule>` above the diagnostic's line.
 * A wrapped continuation line (indented, under a line it continues) gets a
 * `minutes-disable` / `minutes-enable` pair around the whole wrapped line
 * instead. None is offered on a header fence, where a comment above would
 * move the header off the first line. A file with no header at all gets a
 * `minutes-disable header-missing` for the whole file instead.
 */
function disableRule(a: Analysis, d: MinutesDiagnostic): CodeActionEntry | null {
  const eol = eolOf(a.text);
  const line = a.lines.positionAt(d.start).line;
  if (/^---\s*$/.test(a.lines.lineText(line))) return null;
  // "The file has no header" is reported on the first line, whatever it
  // holds: a comment put above it becomes the first line and is reported in
  // its turn, so a next-line comment could never silence it. A `disable`
  // from the first line on covers the report where it lands.
  if (d.ruleId === 'header-missing' && !a.ast.header) {
    const at = a.text.charCodeAt(0) === 0xfeff ? 1 : 0; // after a byte-order mark
    return { title: `Disable ${d.ruleId} for this file`, kind: 'quickfix', edits: [{ start: at, end: at, newText: `// minutes-disable ${d.ruleId}${eol}` }], diagnostics: [d] };
  }
  const title = `Disable ${d.ruleId} for this line`;
  const wrapped = (l: number): boolean => /^[ \t]+\S/.test(a.lines.lineText(l));
  if (!wrapped(line) || line === 0 || a.lines.lineText(line - 1).trim() === '') {
    const at = a.lines.lineStart(line);
    return { title, kind: 'quickfix', edits: [{ start: at, end: at, newText: `// minutes-disable-next-line ${d.ruleId}${eol}` }], diagnostics: [d] };
  }
  let first = line;
  while (first > 0 && wrapped(first) && a.lines.lineText(first - 1).trim() !== '') first--;
  let last = line;
  while (last + 1 < a.lines.lineCount && wrapped(last + 1)) last++;
  const start = a.lines.lineStart(first);
  const end = a.lines.lineEnd(last);
  return {
    title,
    kind: 'quickfix',
    edits: [
      { start, end: start, newText: `// minutes-disable ${d.ruleId}${eol}` },
      { start: end, end, newText: `${eol}// minutes-enable ${d.ruleId}` },
    ],
    diagnostics: [d],
  };
}
