/**
 * The completion providers for what is typed inside a line: people after
 * `@` and in attendance lists, an ACTION's owner, due date and status, the
 * forms of a VOTE, the EXEMPT paragraphs, the item a declaration cites and
 * the ratings of a RISKS table. Each returns null when the cursor is not
 * its kind of place, so completion.ts can try them in turn.
 */
import { flattenModelItems } from '../model/flatten-items';
import { allRatings, readRating } from '../model/risk-matrix';
import { ACTION_STATUS_NAMES, actionSeparatorPattern, ATTENDANCE_LISTS, BULLET_CLASS, readStatus } from '../vocabulary';
import { continuesAttendance, people, type CompletionContext, type CompletionEntry } from './completion-context';
import { EXEMPT_PARAGRAPHS, STATUS_DOCS } from './keyword-docs';
import { documentMatrix, keywordBlockAt, riskCellAt } from './locate';

/** Entries for the cursor, or null when it is not this provider's kind of place. */
export type Provider = (ctx: CompletionContext) => CompletionEntry[] | null;

export function handleCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  const m = /(?<![A-Za-z0-9._@-])@[a-z0-9-]*$/.exec(ctx.before);
  if (!m) return null;
  // `@` at the start of a line in PEOPLE declares a new handle: nothing to offer.
  const block = keywordBlockAt(ctx.a, ctx.offset);
  if (block?.keyword === 'PEOPLE' && /^\s*@[a-z0-9-]*$/.test(ctx.before)) return [];
  return people(ctx, m.index, true);
}

/** The ACTION separators, as the tree splits the line on them. */
const SEPARATOR = actionSeparatorPattern();

export function actionCompletions(ctx: CompletionContext): CompletionEntry[] | null {
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
  // The segments after the owner, the one being typed among them, read as the model reads them:
  // any status word (`completed`, `withdrawn.`) says the status is given.
  const given = ctx.a.lines.lineText(ctx.line).slice(head[0].length).split(SEPARATOR).slice(1).map((s) => s.trim());
  const out: CompletionEntry[] = [];
  if (!given.some((s) => /^due\b/i.test(s)))
    out.push({ label: 'due', kind: 'keyword', detail: 'due YYYY-MM-DD', documentation: 'The due date of the action.', insertText: 'due ', replace: ctx.at(segStart), sortText: '0', retrigger: true });
  if (!given.some((s) => readStatus(s) !== null))
    ACTION_STATUS_NAMES.forEach((s, i) => out.push({ label: s, kind: 'status', documentation: STATUS_DOCS[s], insertText: s, replace: ctx.at(segStart), sortText: `1${i}` }));
  return out;
}

/** Due dates from the meeting date on: the date itself, then one, two and four weeks, three months later. */
function dueDates(ctx: CompletionContext, from: number): CompletionEntry[] {
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

export function voteCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  const m = /^VOTE:[ \t]*(\S*)$/.exec(ctx.before);
  if (!m) return null;
  const from = ctx.before.length - m[1].length;
  const replace = ctx.at(from);
  return [
    { label: 'for, against, abstain — outcome', kind: 'snippet', detail: 'a counted vote', insertText: 'for ${1:0}, against ${2:0}, abstain ${3:0} — ${4|carried,lost|}', snippet: true, replace, filterText: 'for against abstain', sortText: '0' },
    { label: 'unanimous', kind: 'value', detail: 'carried with every member for', insertText: 'unanimous', replace, sortText: '1' },
    { label: 'nem. con.', kind: 'value', detail: 'carried with no one against', insertText: 'nem. con.', replace, sortText: '2' },
    // A recorded vote: the counts are the names on the FOR/AGAINST/ABSTAIN lines indented under it.
    { label: 'recorded — outcome', kind: 'snippet', detail: 'a recorded vote, the names on the lines under it', insertText: 'recorded — ${1|carried,lost|}\n  FOR: $0', snippet: true, replace, filterText: 'recorded', sortText: '3' },
  ];
}

/** A declaration entry up to its item number: `- @greaves (item 78/2`. */
const DECLARATION_ITEM = new RegExp(`^[ \\t]*${BULLET_CLASS}[ \\t]+@[a-z0-9-]+[ \\t]*\\(item[ \\t]+([^\\s)]*)$`, 'i');

export function declarationItemCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  const m = DECLARATION_ITEM.exec(ctx.before);
  if (!m) return null;
  const replace = ctx.at(ctx.before.length - m[1].length);
  // Items and sub-items in document order, so the list reads like the agenda.
  const numbered = flattenModelItems(ctx.a.model.items).filter((it) => it.number);
  return numbered.map((it, i) => ({ label: it.number!, kind: 'value' as const, detail: it.title, insertText: it.number!, replace, sortText: String(i).padStart(5, '0') }));
}

export function exemptCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  const m = /^EXEMPT:[ \t]*(\d?)$/.exec(ctx.before);
  if (!m) return null;
  const replace = ctx.at(ctx.before.length - m[1].length);
  return EXEMPT_PARAGRAPHS.map((doc, i) => ({ label: String(i + 1), kind: 'value' as const, detail: `Schedule 12A, paragraph ${i + 1}`, documentation: doc, insertText: String(i + 1), replace, sortText: String(i) }));
}

/** The head of an attendance list's keyword line (`IN ATTENDANCE:`). */
const ATTENDANCE_HEAD = new RegExp(`^(?:${ATTENDANCE_LISTS.map((l) => l.keyword).join('|')}):`);

export function attendanceCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  const onKeywordLine = ATTENDANCE_HEAD.test(ctx.before);
  if (!onKeywordLine && !(/^[ \t]/.test(ctx.before) && continuesAttendance(ctx))) return null;
  const lastBreak = Math.max(ctx.before.lastIndexOf(','), onKeywordLine ? ctx.before.indexOf(':') : -1);
  const entry = ctx.before.slice(lastBreak + 1);
  if (entry.trim() !== '') return [];
  return people(ctx, ctx.before.length, true);
}

export function ratingCompletions(ctx: CompletionContext): CompletionEntry[] | null {
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
