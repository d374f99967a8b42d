/**
 * `summarize(analysis, file)`: the FileSummary (summary-types.ts) of one
 * analysed file, read from its model and header. Everything a cross-file
 * question needs is copied out, so that the analysis itself can be dropped.
 */
import type { Analysis } from '../analysis';
import { fromPartOf } from '../model/action';
import { buildModel } from '../model/build';
import { citationsInLine } from '../model/citations';
import { parse } from '../syntax/parse';
import { LineIndex } from '../text/line-index';
import { ACTION_SEPARATOR_DASHES, actionSeparatorPattern, readStatus } from '../vocabulary';
import { isRealDate } from '../model/dates';
import type { ItemModel, MinutesModel } from '../model/types';
import { findApprovals } from './approval-text';
import type {
  FileSummary,
  SummaryAction,
  SummaryCitation,
  SummaryHeaderKey,
  SummaryItem,
  SummaryPerson,
  SummaryResolution,
} from './summary-types';

/** What summarize reads of an analysis: the tree, the model and the lines (not the rules' findings). */
export type SummarySource = Pick<Analysis, 'ast' | 'model' | 'lines'>;

/**
 * The summary of a text without running the rules: what the registers need,
 * in about half the time of a whole analysis (the rules are most of it).
 */
export function summarizeText(source: string, file: string): FileSummary {
  // As analyze() reads it: a lone CR ends a line, read as LF (same length, so offsets agree).
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  const lines = new LineIndex(text);
  const { ast } = parse(text);
  return summarize({ ast, lines, model: buildModel(ast, lines) }, file);
}

/** The summary of one analysed file; `file` is the path it is known by (reports print it). */
export function summarize(analysis: SummarySource, file: string): FileSummary {
  const { model, lines, ast } = analysis;
  const header: Record<string, SummaryHeaderKey> = {};
  for (const e of ast.header?.entries ?? []) {
    const key = e.key.text.toLowerCase();
    if (key in header) continue;
    const start = lines.positionAt(e.value.span.start);
    const end = lines.positionAt(e.value.span.end);
    header[key] = { line: lines.lineAt(e.span.start), value: e.value.text.trim(), valueRange: { start, end } };
  }
  const headerEnd = ast.header?.closed ? lines.lineAt(Math.max(ast.header.span.start, ast.header.span.end - 1)) : null;
  const text = (key: string): string | null => {
    const v = model.meta[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  };
  const date = text('date');
  const time = text('time');
  const approvedOn = text('approvedOn');

  const items: SummaryItem[] = [];
  const resolutions: SummaryResolution[] = [];
  const citations: SummaryCitation[] = [];
  const actionLines = new Set(model.actions.map((a) => a.line));
  walkItems(model.items, 1, (it, level) => {
    items.push({
      number: it.number,
      title: it.title,
      level,
      line: it.range.start,
      endLine: it.range.end,
      votes: it.votes.map((v) => ({ for: v.for, against: v.against, abstain: v.abstain, unanimous: v.unanimous, nemCon: v.nemCon, outcome: v.outcome, text: v.text, line: v.line })),
    });
    for (const r of it.resolutions) resolutions.push({ id: r.id, item: it.number, text: r.text, line: r.line });
    for (const c of it.citations) {
      // The model keeps the citation's text; its number is read again from that text, as the model read it.
      const number = citationsInLine(c.text, 0)[0]?.number ?? c.text;
      citations.push({ text: c.text, number, meeting: c.meeting, item: it.number, range: c.range, inAction: actionLines.has(c.range.start.line) && /\bfrom\s+$/i.test(lines.lineText(c.range.start.line).slice(0, c.range.start.character)) });
    }
  });

  const places = new Map<string | null, number>();
  const actions: SummaryAction[] = model.actions.map((a) => {
    const place = (places.get(a.item) ?? 0) + 1;
    places.set(a.item, place);
    return {
      id: a.id,
      owner: a.owner,
      ownerText: ownerSegment(lines.lineText(a.line)),
      handles: a.handles,
      task: a.task,
      due: a.due,
      status: a.status,
      statusWritten: statusWritten(lines.lineText(a.line)),
      item: a.item,
      index: place,
      line: a.line,
      from: fromOfLine(lines.lineText(a.line), a.line),
    };
  });

  return {
    schema: 'minutes-summary/1',
    file,
    type: model.meta.type === 'report' ? 'report' : 'minutes',
    authority: text('authority'),
    committee: text('committee'),
    date: date !== null && isRealDate(date) ? date : null,
    time: time !== null && /^\d{1,2}:\d{2}/.test(time) ? /^\d{1,2}:\d{2}/.exec(time)![0].padStart(5, '0') : null,
    status: text('status'),
    approvedOn: approvedOn !== null && isRealDate(approvedOn) ? approvedOn : null,
    header,
    headerEnd,
    items,
    resolutions,
    actions,
    citations,
    approvals: findApprovals(model, lines),
    attendance: {
      present: people(model.attendance.present),
      apologies: people(model.attendance.apologies),
      absent: people(model.attendance.absent),
      inAttendance: people(model.attendance.inAttendance),
    },
    people: Object.fromEntries(model.people.map((p) => [p.handle, p.name])),
  };
}

function walkItems(list: readonly ItemModel[], level: number, visit: (it: ItemModel, level: number) => void): void {
  for (const it of list) {
    visit(it, level);
    walkItems(it.items, level + 1, visit);
  }
}

function people(list: MinutesModel['attendance']['present']): SummaryPerson[] {
  return list.map((e) => (e.handle ? { name: e.name, handle: e.handle } : { name: e.name }));
}

/** The separator of the model's own reading of ACTION lines (vocabulary/action.ts). */
const SEPARATOR = actionSeparatorPattern();
/** The dashes that part an ACTION line, as an alternation, and as the characters a segment cannot hold. */
const DASHES = ACTION_SEPARATOR_DASHES.join('|');
const DASH_CHARS = ACTION_SEPARATOR_DASHES.filter((d) => d.length === 1).join('');

/** The ACTION line's first segment, as written. */
function ownerSegment(line: string): string {
  const body = line.replace(/^\s*ACTION\s*:\s*/i, '');
  return body.split(SEPARATOR)[0].trim();
}

/** True when a segment after the owner is a status word (the vocabulary's, as the model reads them). */
function statusWritten(line: string): boolean {
  const segments = line.replace(/^\s*ACTION\s*:\s*/i, '').split(SEPARATOR).slice(1);
  return segments.some((s) => readStatus(s.trim()) !== null);
}

/** The `from minute N [of DATE]` segment of an ACTION line, with its columns. */
function fromOfLine(line: string, lineNo: number): SummaryAction['from'] {
  const re = new RegExp(`(?:${DASHES})\\s+(from\\s+(?:minute|min\\.)\\s[^${DASH_CHARS}]*?)\\s*(?=(?:${DASHES})|$)`, 'gi');
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const part = fromPartOf(m[1]);
    if (!part) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const written = m[1].replace(/[.;,]$/, '');
    return { text: written, number: part.number, meeting: part.meeting, range: { start: { line: lineNo, character: start }, end: { line: lineNo, character: start + written.length } } };
  }
  return null;
}
