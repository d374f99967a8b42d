/**
 * The wording every export shares, so that the HTML page, the Markdown, the
 * Word document and the PDF say the same thing in the same words: dates the
 * way printed minutes give them, the header fields, the vote sentence, the
 * withheld-item note, action statuses, risk table columns, and content
 * grouped for rendering (consecutive ACTION lines become one table).
 * Everything here returns plain text; each renderer escapes it its own way.
 */
import { isRealDate, parseClock } from '../model/dates';
import { isKeyword, keywordWord } from '../vocabulary';
import type { ActionModel, AttendanceEntryModel, ColumnAlign, ContentBlock, KeywordContent, MetaValue, MinutesModel, VoteModel } from '../model/types';
import type { Names } from './inline';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `2021-11-16` as `Tuesday 16 November 2021`; anything else as written. */
export function longDate(iso: string): string {
  if (!isRealDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** `2021-11-16` as `16 November 2021`; anything else as written. */
export function shortDate(iso: string): string {
  if (!isRealDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `18:30` as `6.30 pm`, `18:30-21:10` as `6.30 pm to 9.10 pm`; anything else as written. */
export function clockTime(text: string): string {
  // White space before the dash is taken only from the start of its run: an unanchored \s* rescanned a long run from each character.
  const parts = text.split(/(?:(?<!\s)\s+)?[-–]\s*/);
  const read = parts.map(parseClock);
  if (parts.length > 2 || read.some((m) => m === null)) return text;
  return read.map((m) => twelveHour(m!)).join(' to ');
}

function twelveHour(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, '0');
  if (h === 12 && mm === '00') return '12 noon';
  if (h === 0 && mm === '00') return '12 midnight';
  return `${h % 12 === 0 ? 12 : h % 12}.${mm} ${h < 12 ? 'am' : 'pm'}`;
}

// v2's meta holds null for a key not given and a boolean for `executive`: neither is text to print.
const str = (v: MetaValue | undefined): string | undefined =>
  v === undefined || v === null || typeof v === 'boolean' || v === '' ? undefined : String(v);

/** What the document is: minutes of a meeting, or an officer's report. */
export function isReport(model: Pick<MinutesModel, 'meta'>): boolean {
  return String(model.meta.type ?? '').toLowerCase() === 'report';
}

/** The main heading: the committee for minutes, the title for a report. */
export function documentTitle(model: Pick<MinutesModel, 'meta'>): string {
  const m = model.meta;
  if (isReport(model)) return str(m.title) ?? str(m.committee) ?? 'Report';
  return str(m.committee) ?? str(m.title) ?? 'Minutes';
}

/** The line under the heading: `Minutes of the meeting held on Tuesday 16 November 2021`. */
export function documentSubtitle(model: Pick<MinutesModel, 'meta'>): string | null {
  const m = model.meta;
  const date = str(m.date);
  if (isReport(model)) {
    const to = str(m.committee);
    return to ? `Report to the ${to}` : null;
  }
  return date ? `Minutes of the meeting held on ${longDate(date)}` : 'Minutes of the meeting';
}

/** The header facts, in the order printed minutes give them, as label and text. */
export function headerFields(model: Pick<MinutesModel, 'meta'>): { label: string; text: string }[] {
  const m = model.meta;
  const out: { label: string; text: string }[] = [];
  const add = (label: string, text: string | undefined): void => {
    if (text !== undefined) out.push({ label, text });
  };
  if (isReport(model)) {
    add('Report from', str(m.from));
    add('Author', str(m.author));
  }
  add('Date', str(m.date) && longDate(String(m.date)));
  add('Time', str(m.time) && clockTime(String(m.time)));
  add('Venue', str(m.venue));
  add('Status', statusText(model));
  return out;
}

/** `Approved as a correct record on 14 December 2021`, `Draft: subject to approval`, or none. */
export function statusText(model: Pick<MinutesModel, 'meta'>): string | undefined {
  const status = str(model.meta.status)?.toLowerCase();
  if (status === 'approved') {
    const on = str(model.meta.approvedOn);
    return on ? `Approved as a correct record on ${shortDate(on)}` : 'Approved as a correct record';
  }
  if (status === 'draft') return 'Draft: subject to approval';
  return str(model.meta.status);
}

/** Display names by handle, for the inline renderers. */
export function namesOf(model: Pick<MinutesModel, 'people'>): Names {
  const names = new Map<string, string>();
  for (const p of model.people) if (!names.has(p.handle)) names.set(p.handle, p.name);
  return names;
}

/**
 * The role to print after a name in an attendance list: the role given in
 * PEOPLE (`@nair  Dr Vikram Nair — Non-Executive Director`), for members as
 * for officers, since a board's or a cabinet's printed minutes name each
 * member's post, and the exports print the role nowhere else. Left out when
 * the entry's note already says it (`@okafor (Chair)` for a Chair).
 */
export function attendanceRole(entry: AttendanceEntryModel, model: Pick<MinutesModel, 'people'>): string | null {
  const role = entry.handle ? model.people.find((p) => p.handle === entry.handle)?.role : null;
  if (!role) return null;
  return entry.note?.trim().toLowerCase() === role.trim().toLowerCase() ? null : role;
}

/** `Item 84/21 was considered in private under paragraph 5 of Schedule 12A; its minutes are withheld.` */
export function withheldSentence(item: { number: string | null; exempt: number | null }): string {
  const which = item.number ? `Item ${item.number}` : 'This item';
  const where = item.exempt !== null ? ` under paragraph ${item.exempt} of Schedule 12A` : '';
  return `${which} was considered in private${where}; its minutes are withheld.`;
}

/** The notice on an exempt item that an export includes in full. */
export function exemptNotice(paragraph: number | null): string {
  const which = paragraph !== null ? `paragraph ${paragraph} of ` : '';
  return `Not for publication: exempt information under ${which}Part 1 of Schedule 12A to the Local Government Act 1972.`;
}

/**
 * The vote as minutes print it (`Carried: 7 for, 2 against, 1 abstention`;
 * `0 abstentions`, the noun agreeing with its number), or null when it could
 * not be read.
 */
export function voteSentence(vote: VoteModel): string | null {
  const counts: string[] = [];
  if (vote.for !== null) counts.push(`${vote.for} for`);
  if (vote.against !== null) counts.push(`${vote.against} against`);
  if (vote.abstain !== null) counts.push(`${vote.abstain} ${vote.abstain === 1 ? 'abstention' : 'abstentions'}`);
  const how = vote.unanimous ? ' unanimously' : vote.nemCon ? ' nem. con.' : '';
  const outcome = vote.outcome === 'carried' ? `Carried${how}` : vote.outcome === 'lost' ? `Lost${how}` : '';
  if (!outcome && !counts.length) return null;
  const list = counts.join(', ');
  if (!outcome) return list.charAt(0).toUpperCase() + list.slice(1);
  return counts.length ? `${outcome}: ${list}` : outcome;
}

/** The due date of an action as printed: a date, the text as written when it is not one, or none. */
export function dueLabel(action: ActionModel): string {
  if (action.due) return shortDate(action.due);
  return action.dueText ?? '';
}

/** A keyword as a label (the vocabulary's): `Report`, `Urgent business`, and RESOLVED and NOTED in capitals as councils print them. */
export function keywordLabel(keyword: string): string {
  return isKeyword(keyword) ? keywordWord(keyword).label : keyword.charAt(0) + keyword.slice(1).toLowerCase();
}

/** Content to render: blocks in order, with consecutive ACTION lines gathered into one table. */
export type RenderBlock = ContentBlock | { readonly kind: 'actions'; readonly actions: readonly ActionModel[]; readonly line: number };

export function groupContent(content: readonly ContentBlock[]): RenderBlock[] {
  const out: RenderBlock[] = [];
  let run: ActionModel[] | null = null; // the open table's actions, added to in place (a copy per action was quadratic)
  for (const b of content) {
    if (b.kind === 'keyword' && b.keyword === 'ACTION' && b.action) {
      if (run) run.push(b.action);
      else {
        run = [b.action];
        out.push({ kind: 'actions', actions: run, line: b.line });
      }
      continue;
    }
    run = null;
    out.push(b);
  }
  return out;
}

/** The heading of each risk column as the table names it, in the order the exports print them. */
export interface RiskColumns {
  readonly risk: string;
  readonly description: string;
  readonly mitigation: string;
  readonly extra: readonly string[];
  readonly rating: string;
  /** Each printed column's alignment from the table's separator row, in print order (risk, description, mitigation, extra, rating). */
  readonly align: readonly ColumnAlign[];
}

/** Risk column headings from the RISKS table's own header row, with plain names where it has none. */
export function riskColumns(block: KeywordContent): RiskColumns {
  const table = block.body.find((b) => b.kind === 'table');
  const header = table?.kind === 'table' && table.header && table.rows.length ? table.rows[0] : [];
  const byName = header.findIndex((h) => /rating/i.test(h));
  const ratingAt = byName >= 0 ? byName : header.length - 1;
  const named = header.map((_, i) => i).filter((i) => i !== ratingAt);
  const at = (n: number, fallback: string): string => (named[n] !== undefined && header[named[n]]) || fallback;
  const extra = new Set<string>();
  for (const r of block.risks ?? []) for (const k of Object.keys(r.extra)) extra.add(k);
  // An extra column is kept under its header name, or `column N` when it has none (model/risks.ts).
  const extraAt = (k: string): number => (header.includes(k) ? header.indexOf(k) : Number(/^column (\d+)$/.exec(k)?.[1] ?? 0) - 1);
  const alignOf = (i: number | undefined): ColumnAlign => (table?.kind === 'table' && i !== undefined && i >= 0 ? (table.align?.[i] ?? null) : null);
  return {
    risk: at(0, 'Risk'),
    description: at(1, 'Description'),
    mitigation: at(2, 'Mitigation'),
    extra: [...extra],
    rating: (ratingAt >= 0 && header[ratingAt]) || 'Rating',
    align: [named[0], named[1], named[2], ...[...extra].map(extraAt), ratingAt].map(alignOf),
  };
}
