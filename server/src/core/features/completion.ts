/**
 * Completion: what may be typed at the cursor, read from the line so far and
 * from where the line stands in the document.
 *
 * - in the header: the keys not yet given, then the values of `status`,
 *   `type` and `risk-matrix`;
 * - at the start of a line: the block keywords (the preamble's first before
 *   the first item, the item's first after it), an agenda item with the next
 *   number, and a whole meeting skeleton in a file without a header;
 * - after `@`, and in an attendance list or an ACTION owner: declared people
 *   with their names and roles;
 * - in an ACTION's later segments: `due` dates from the meeting date on, and
 *   the statuses;
 * - after `VOTE:` and `EXEMPT:`: the forms a vote takes, the paragraphs 1-7;
 * - after `(item ` in a declaration: the document's item numbers, with titles;
 * - in the rating column of a RISKS table: the ratings the matrix allows.
 *
 * Entries carry the span they replace (from the start of what is being
 * typed to the cursor) so the editor filters on the right text.
 */
import type { Analysis } from '../index';
import { allRatings, readRating } from '../model/risk-matrix';
import type { ItemModel } from '../model/types';
import type { Keyword, Span } from '../syntax/ast';
import { ACTION_STATUSES, EXEMPT_PARAGRAPHS, HEADER_KEYS, HEADER_VALUES, KEYWORD_DOCS, PREAMBLE_KEYWORDS } from './keyword-docs';
import { documentMatrix, itemAt, keywordBlockAt, riskCellAt } from './locate';
import { itemSnippet, meetingSkeleton } from './snippets';

export type CompletionKind = 'keyword' | 'property' | 'value' | 'person' | 'date' | 'status' | 'rating' | 'snippet';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  /** True when insertText is a snippet with `${1:...}` placeholders. */
  readonly snippet?: boolean;
  readonly replace: Span;
  readonly sortText?: string;
  readonly filterText?: string;
  /** Ask the editor to complete again after inserting (e.g. after `status: `). */
  readonly retrigger?: boolean;
}

/** Completions at an offset; empty when nothing fits there. */
export function completionsAt(a: Analysis, offset: number): CompletionEntry[] {
  const line = a.lines.positionAt(offset).line;
  const lineStart = a.lines.lineStart(line);
  const before = a.text.slice(lineStart, offset);
  const at = (from: number): Span => ({ start: lineStart + from, end: offset });
  const ctx: Ctx = { a, offset, line, lineStart, before, at };
  if (inHeader(a, line)) return headerCompletions(ctx);
  for (const provider of PROVIDERS) {
    const found = provider(ctx);
    if (found) return found;
  }
  return [];
}

interface Ctx {
  readonly a: Analysis;
  readonly offset: number;
  readonly line: number;
  readonly lineStart: number;
  /** The line's text up to the cursor. */
  readonly before: string;
  /** A span from a column of this line to the cursor. */
  at(from: number): Span;
}

type Provider = (ctx: Ctx) => CompletionEntry[] | null;

/**
 * True on the lines strictly inside the header's fences. A file whose first
 * line is a lone `---` with only blank lines under it yet has no header in
 * the tree (the parser makes one from the first key), but the clerk who has
 * just typed the fence and pressed Enter is in the header all the same.
 */
function inHeader(a: Analysis, line: number): boolean {
  const h = a.ast.header;
  if (!h) return openingFenceAbove(a, line);
  const first = a.lines.positionAt(h.span.start).line;
  const last = a.lines.positionAt(h.span.end).line;
  return line > first && (h.closed ? line < last : line <= last + 1);
}

/** True when line 0 is `---` and every line from 1 to `line` is blank. */
function openingFenceAbove(a: Analysis, line: number): boolean {
  if (line < 1 || a.lines.lineText(0).replace(/^\uFEFF/, '').trimEnd() !== '---') return false;
  for (let l = 1; l <= line; l++) if (a.lines.lineText(l).trim() !== '') return false;
  return true;
}

function headerCompletions({ a, before, at }: Ctx): CompletionEntry[] {
  const keyTyped = /^([A-Za-z-]*)$/.exec(before);
  if (keyTyped) {
    const present = new Set((a.ast.header?.entries ?? []).map((e) => e.key.text.toLowerCase()));
    return Object.entries(HEADER_KEYS)
      .filter(([key]) => !present.has(key))
      .map(([key, doc], i) => ({
        label: key,
        kind: 'property' as const,
        documentation: doc,
        insertText: `${key}: `,
        replace: at(0),
        sortText: String(i).padStart(2, '0'),
        retrigger: key in HEADER_VALUES,
      }));
  }
  const value = /^([A-Za-z-]+)[ \t]*:[ \t]*/.exec(before);
  if (!value) return [];
  const key = value[1].toLowerCase();
  const from = value[0].length;
  const values = [...(HEADER_VALUES[key] ?? [])];
  if (key === 'approved-on' && typeof a.model.meta.date === 'string') values.push({ value: a.model.meta.date, doc: 'The meeting date.' });
  return values.map((v, i) => ({ label: v.value, kind: 'value' as const, documentation: v.doc, insertText: v.value, replace: at(from), sortText: String(i).padStart(2, '0') }));
}

const PROVIDERS: readonly Provider[] = [declarationItemCompletions, handleCompletions, actionCompletions, voteCompletions, exemptCompletions, attendanceCompletions, ratingCompletions, lineStartCompletions];

/** People, for an `@` being typed; `from` is the column of the `@`. */
function people(ctx: Ctx, from: number, withAt: boolean): CompletionEntry[] {
  const listed = attendanceHandles(ctx.a);
  const block = keywordBlockAt(ctx.a, ctx.offset);
  const inAttendance = !!block?.attendance;
  return ctx.a.model.people.map((p) => ({
    label: `@${p.handle}`,
    kind: 'person' as const,
    detail: [p.name, p.role].filter(Boolean).join(' — '),
    insertText: withAt ? `@${p.handle}` : p.handle,
    replace: ctx.at(withAt ? from : from + 1),
    filterText: withAt ? `@${p.handle} ${p.name}` : `${p.handle} ${p.name}`,
    // In an attendance list, the people not listed anywhere yet come first.
    sortText: `${inAttendance && listed.has(p.handle) ? 1 : 0}${p.handle}`,
  }));
}

function attendanceHandles(a: Analysis): Set<string> {
  const { present, apologies, absent, inAttendance } = a.model.attendance;
  return new Set([...present, ...apologies, ...absent, ...inAttendance].flatMap((e) => (e.handle ? [e.handle] : [])));
}

function handleCompletions(ctx: Ctx): CompletionEntry[] | null {
  const m = /(?<![A-Za-z0-9._@-])@[a-z0-9-]*$/.exec(ctx.before);
  if (!m) return null;
  // `@` at the start of a line in PEOPLE declares a new handle: nothing to offer.
  const block = keywordBlockAt(ctx.a, ctx.offset);
  if (block?.keyword === 'PEOPLE' && /^\s*@[a-z0-9-]*$/.test(ctx.before)) return [];
  return people(ctx, m.index, true);
}

/** As in syntax/lines.ts: a match starts only where white space starts, so a long run of it is scanned once. */
const SEPARATOR = /(?<![ \t])[ \t]+(?:\u2014|\u2013|--)[ \t]+/g;

function actionCompletions(ctx: Ctx): CompletionEntry[] | null {
  const head = /^ACTION:[ \t]*/.exec(ctx.before);
  if (!head) return null;
  const rest = ctx.before.slice(head[0].length);
  const seps = [...rest.matchAll(SEPARATOR)];
  const segStart = head[0].length + (seps.length ? seps[seps.length - 1].index! + seps[seps.length - 1][0].length : 0);
  const segment = ctx.before.slice(segStart);
  if (!seps.length) return segment.trim() === '' ? people(ctx, segStart, true) : [];
  const due = /^due[ \t]+(\S*)$/i.exec(segment);
  if (due) return dueDates(ctx, segStart + segment.length - due[1].length);
  if (!/^[a-z ]*$/i.test(segment)) return [];
  const lineText = ctx.a.lines.lineText(ctx.line);
  const out: CompletionEntry[] = [];
  if (!/[\u2014\u2013-][ \t]+due\b/i.test(lineText))
    out.push({ label: 'due', kind: 'keyword', detail: 'due YYYY-MM-DD', documentation: 'The due date of the action.', insertText: 'due ', replace: ctx.at(segStart), sortText: '0', retrigger: true });
  const hasStatus = ACTION_STATUSES.some((s) => new RegExp(`[\u2014\u2013-][ \\t]+${s.value}[ \\t]*(?:$|[\u2014\u2013-])`, 'i').test(lineText));
  if (!hasStatus)
    ACTION_STATUSES.forEach((s, i) => out.push({ label: s.value, kind: 'status', documentation: s.doc, insertText: s.value, replace: ctx.at(segStart), sortText: `1${i}` }));
  return out;
}

/** Due dates from the meeting date on: the date itself, then one, two and four weeks, three months later. */
function dueDates(ctx: Ctx, from: number): CompletionEntry[] {
  const date = ctx.a.model.meta.date;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
  const steps: [number, string][] = [
    [0, 'the meeting date'],
    [7, 'one week after the meeting'],
    [14, 'two weeks after the meeting'],
    [28, 'four weeks after the meeting'],
    [91, 'about three months after the meeting'],
  ];
  return steps.map(([days, detail], i) => ({ label: addDays(date, days), kind: 'date' as const, detail, insertText: addDays(date, days), replace: ctx.at(from), sortText: String(i) }));
}

/** An ISO date plus a number of days, by calendar arithmetic in UTC. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

function voteCompletions(ctx: Ctx): CompletionEntry[] | null {
  const m = /^VOTE:[ \t]*(\S*)$/.exec(ctx.before);
  if (!m) return null;
  const from = ctx.before.length - m[1].length;
  const replace = ctx.at(from);
  return [
    { label: 'for, against, abstain — outcome', kind: 'snippet', detail: 'a counted vote', insertText: 'for ${1:0}, against ${2:0}, abstain ${3:0} — ${4|carried,lost|}', snippet: true, replace, filterText: 'for against abstain', sortText: '0' },
    { label: 'unanimous', kind: 'value', detail: 'carried with every member for', insertText: 'unanimous', replace, sortText: '1' },
    { label: 'nem. con.', kind: 'value', detail: 'carried with no one against', insertText: 'nem. con.', replace, sortText: '2' },
  ];
}

/** A declaration entry up to its item number: `- @greaves (item 78/2`. */
const DECLARATION_ITEM = /^[ \t]*[-*\u2022\u00b7][ \t]+@[a-z0-9-]+[ \t]*\(item[ \t]+([^\s)]*)$/i;

function declarationItemCompletions(ctx: Ctx): CompletionEntry[] | null {
  const m = DECLARATION_ITEM.exec(ctx.before);
  if (!m) return null;
  const replace = ctx.at(ctx.before.length - m[1].length);
  // Items and sub-items in document order, so the list reads like the agenda.
  const numbered: ItemModel[] = [];
  const walk = (items: readonly ItemModel[]): void => {
    for (const it of items) {
      if (it.number) numbered.push(it);
      walk(it.items);
    }
  };
  walk(ctx.a.model.items);
  return numbered.map((it, i) => ({ label: it.number!, kind: 'value' as const, detail: it.title, insertText: it.number!, replace, sortText: String(i).padStart(5, '0') }));
}

function exemptCompletions(ctx: Ctx): CompletionEntry[] | null {
  const m = /^EXEMPT:[ \t]*(\d?)$/.exec(ctx.before);
  if (!m) return null;
  const replace = ctx.at(ctx.before.length - m[1].length);
  return EXEMPT_PARAGRAPHS.map((doc, i) => ({ label: String(i + 1), kind: 'value' as const, detail: `Schedule 12A, paragraph ${i + 1}`, documentation: doc, insertText: String(i + 1), replace, sortText: String(i) }));
}

function attendanceCompletions(ctx: Ctx): CompletionEntry[] | null {
  const onKeywordLine = /^(PRESENT|APOLOGIES|ABSENT|IN ATTENDANCE):/.test(ctx.before);
  if (!onKeywordLine && !(/^[ \t]/.test(ctx.before) && continuesAttendance(ctx))) return null;
  const lastBreak = Math.max(ctx.before.lastIndexOf(','), onKeywordLine ? ctx.before.indexOf(':') : -1);
  const entry = ctx.before.slice(lastBreak + 1);
  if (entry.trim() !== '') return [];
  return people(ctx, ctx.before.length, true);
}

/**
 * True on a wrapped line of an attendance list, or on a line of white space
 * that is about to become one (the list above ends with a comma; the tree
 * cannot say so yet, since a blank line ends the list).
 */
function continuesAttendance(ctx: Ctx): boolean {
  if (keywordBlockAt(ctx.a, ctx.offset)?.attendance) return true;
  if (ctx.line === 0 || ctx.a.lines.lineText(ctx.line).trim() !== '') return false;
  const above = ctx.a.lines.lineEnd(ctx.line - 1);
  return !!keywordBlockAt(ctx.a, above)?.attendance && /,\s*$/.test(ctx.a.lines.lineText(ctx.line - 1));
}

function ratingCompletions(ctx: Ctx): CompletionEntry[] | null {
  const cell = riskCellAt(ctx.a, ctx.offset);
  if (!cell) return null;
  if (cell.headerRow || cell.column !== cell.ratingColumn) return [];
  const typed = /[^|]*$/.exec(ctx.before)![0];
  const from = ctx.before.length - typed.trimStart().length;
  const matrix = documentMatrix(ctx.a);
  return allRatings(matrix).map((r, i) => {
    const read = readRating(r, matrix)!;
    return { label: r, kind: 'rating' as const, detail: `likelihood ${read.likelihood}, impact ${read.impact} (${matrix.text})`, insertText: r, replace: ctx.at(from), sortText: String(i).padStart(3, '0') };
  });
}

function lineStartCompletions(ctx: Ctx): CompletionEntry[] | null {
  const { before } = ctx;
  if (/^#{1,2}[ \t]*$/.test(before)) return itemSnippets(ctx);
  // One word, or the start of the one keyword with a space in it: a capital "I " opening a sentence is not a keyword.
  if (!/^[A-Za-z]*$/.test(before) && !(/^[A-Z]+ [A-Z]*$/.test(before) && 'IN ATTENDANCE'.startsWith(before))) return null;
  const inItem = itemAt(ctx.a, ctx.offset) !== null;
  const keywords = (Object.keys(KEYWORD_DOCS) as Keyword[]).map((k, i) => {
    const preamble = PREAMBLE_KEYWORDS.includes(k);
    return {
      label: `${k}:`,
      kind: 'keyword' as const,
      documentation: KEYWORD_DOCS[k],
      insertText: `${k}: `,
      replace: ctx.at(0),
      sortText: `${preamble === inItem ? 1 : 0}${String(i).padStart(2, '0')}`,
      retrigger: k === 'VOTE' || k === 'EXEMPT' || k === 'ACTION',
    };
  });
  const snippets = before === '' ? itemSnippets(ctx) : [];
  if (!ctx.a.ast.header && ctx.line === 0) snippets.push(skeletonEntry(ctx));
  return [...keywords, ...snippets];
}

function itemSnippets(ctx: Ctx): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  const top = itemSnippet(ctx.a, ctx.offset, 1);
  out.push({ label: `# ${top.number} agenda item`, kind: 'snippet', detail: 'a new agenda item', insertText: top.text, snippet: true, replace: ctx.at(0), filterText: '# agenda item', sortText: '2' });
  if (itemAt(ctx.a, ctx.offset)) {
    const sub = itemSnippet(ctx.a, ctx.offset, 2);
    out.push({ label: `## ${sub.number} sub-item`, kind: 'snippet', detail: 'a new sub-item of this item', insertText: sub.text, snippet: true, replace: ctx.at(0), filterText: '## sub-item', sortText: '3' });
  }
  return out;
}

function skeletonEntry(ctx: Ctx): CompletionEntry {
  return { label: 'new meeting', kind: 'snippet', detail: 'a whole meeting: header, people, attendance, first item', insertText: meetingSkeleton(), snippet: true, replace: ctx.at(0), filterText: 'new meeting minutes', sortText: '4' };
}
