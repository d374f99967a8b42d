/**
 * The outline of one document, so that the editor's outline and breadcrumbs
 * read like the agenda: the meeting at the root; under it the agenda items
 * first, then one node holding the roll (the people, the attendance lists,
 * the declarations and any arrival or departure before the first item), so
 * that a long PEOPLE list does not push the agenda out of view. Under each
 * item its sub-items and, in reading order, its motions (with their
 * amendments and the votes on each, outline-motions.ts), resolutions (by
 * their citation ids such as 48(2)), votes, actions and risks.
 *
 * Names come from the model (display names, resolution ids) and spans from
 * the tree; the server converts the spans into LSP ranges.
 */
import type { Analysis } from '../index';
import { readRiskTable } from '../model/risks';
import type { ActionModel, KeywordContent, VoteModel } from '../model/types';
import type { KeywordBlockNode, Span } from '../syntax/ast';
import { attendanceList, isAttendanceKeyword } from '../vocabulary';
import { clip, itemLabel, type LocatedItem } from './locate';
import { blocksByLine } from './motions';
import { motionSymbols, nestUnderMotions } from './outline-motions';
import type { OutlineKind, OutlineSymbol } from './outline-symbol';

export type { OutlineKind, OutlineSymbol };

/** The outline: one meeting symbol holding everything else, the agenda items first. */
export function documentSymbols(a: Analysis): OutlineSymbol[] {
  const meta = a.model.meta;
  const title = String(meta.committee ?? meta.title ?? meta.authority ?? 'Minutes');
  const date = typeof meta.date === 'string' ? meta.date : '';
  const items = a.ast.items.map((node, i) => itemSymbol(a, { node, model: a.model.items[i] }));
  const roll = rollSymbol(a);
  const children = roll ? [...items, roll] : items;
  const whole = { start: 0, end: a.text.length };
  const selection = a.ast.header ? a.ast.header.span : { start: 0, end: a.lines.lineEnd(0) };
  const detail = [date, typeof meta.authority === 'string' ? meta.authority : ''].filter(Boolean).join(', ');
  return [{ name: title, detail, kind: 'meeting', span: whole, selection, children }];
}

/** The name of an action as the outline shows it: owner and task. */
export function actionName(action: ActionModel): string {
  return clip(`Action: ${action.owner || '(no owner)'}${action.task ? ` — ${action.task}` : ''}`);
}

/** The name of a vote: its result as written. */
export function voteName(vote: VoteModel): string {
  return clip(`Vote: ${vote.text || '(empty)'}`);
}

/**
 * The roll as one node after the items: PEOPLE with a row per person, the
 * attendance lists, DECLARATIONS and the arrivals and departures written
 * before the first item. Null when the preamble holds none of them. The
 * node spans its first entry to its last, so that every entry lies inside
 * it as the editor requires.
 */
function rollSymbol(a: Analysis): OutlineSymbol | null {
  const children = a.ast.preamble.flatMap((b) => (b.kind === 'keyword' ? rollEntry(b) : []));
  if (!children.length) return null;
  const span = { start: children[0].span.start, end: children[children.length - 1].span.end };
  const people = a.model.people.length;
  const present = a.model.attendance.present.length;
  const detail = [people ? `${people} ${people === 1 ? 'person' : 'people'}` : '', present ? `${present} present` : ''].filter(Boolean).join(', ');
  return { name: 'People and attendance', detail, kind: 'roll', span, selection: children[0].selection, children };
}

function rollEntry(b: KeywordBlockNode): OutlineSymbol[] {
  const selection = b.keywordText.span;
  if (b.people) {
    const children = b.people.map<OutlineSymbol>((p) => ({
      name: `@${p.handle.text}`,
      detail: [p.name.text, p.role?.text].filter(Boolean).join(' — '),
      kind: 'person',
      span: p.span,
      selection: p.handle.span,
      children: [],
    }));
    return [{ name: 'People', detail: `${b.people.length} declared`, kind: 'people', span: b.span, selection, children }];
  }
  if (b.attendance && isAttendanceKeyword(b.keyword)) {
    const detail = b.attendance.map((e) => (e.handle ? `@${e.handle.text}` : e.name.text)).join(', ');
    return [{ name: attendanceList(b.keyword)?.label ?? b.keyword, detail: clip(detail), kind: 'attendance', span: b.span, selection, children: [] }];
  }
  if (b.keyword === 'DECLARATIONS') {
    const count = b.declarations?.length ?? 0;
    return [{ name: 'Declarations', detail: count ? `${count}` : 'none', kind: 'declarations', span: b.span, selection, children: [] }];
  }
  const change = changeSymbol(b);
  return change ? [change] : [];
}

/** The keywords of an arrival or departure, and how the outline names each. */
const CHANGES: Readonly<Record<string, string>> = { ARRIVED: 'Arrived', LEFT: 'Left', RETURNED: 'Returned' };

/** An ARRIVED, LEFT or RETURNED line: who, and the note. */
function changeSymbol(b: KeywordBlockNode): OutlineSymbol | null {
  const label = CHANGES[b.keyword];
  if (!label) return null;
  const who = b.inline?.text.trim() ?? '';
  return { name: clip(`${label}: ${who || '(nobody named)'}`), detail: '', kind: 'change', span: b.span, selection: b.keywordText.span, children: [] };
}

function itemSymbol(a: Analysis, it: LocatedItem): OutlineSymbol {
  const { node, model } = it;
  const keywordBlocks = node.blocks.filter((b): b is KeywordBlockNode => b.kind === 'keyword');
  const contents = model.content.filter((c): c is KeywordContent => c.kind === 'keyword');
  const own = keywordBlocks.flatMap((b, i) => blockSymbols(a, b, contents[i]));
  const motions = motionSymbols(it, blocksByLine(a, node.blocks));
  const subs = node.children.map((child, i) => itemSymbol(a, { node: child, model: model.items[i] }));
  const children = nestUnderMotions([...motions, ...own, ...subs]);
  const detail = model.exempt !== null ? `exempt, paragraph ${model.exempt}` : model.urgent !== null ? 'urgent' : '';
  return { name: itemLabel(model), detail, kind: 'item', span: node.span, selection: node.headingSpan, children };
}

/** The symbols one keyword block contributes to its item. */
function blockSymbols(a: Analysis, b: KeywordBlockNode, content: KeywordContent | undefined): OutlineSymbol[] {
  if (!content) return [];
  const leaf = (name: string, detail: string, kind: OutlineKind, span: Span): OutlineSymbol => ({
    name,
    detail,
    kind,
    span,
    selection: span,
    children: [],
  });
  switch (b.keyword) {
    case 'RESOLVED': {
      const entries = entrySpansByLine(a, b);
      return (content.resolutions ?? []).map((r) => leaf(r.id, clip(r.text), 'resolution', entries.get(r.line) ?? b.span));
    }
    case 'VOTE':
      return content.vote ? [leaf(voteName(content.vote), content.vote.outcome ?? '', 'vote', b.span)] : [];
    case 'ACTION': {
      const action = content.action;
      if (!action) return [];
      const detail = [action.due ? `due ${action.due}` : action.dueText ? `due ${action.dueText}` : '', action.status].filter(Boolean).join(', ');
      return [leaf(actionName(action), detail, 'action', b.span)];
    }
    case 'RISKS':
      return riskSymbols(b);
    default:
      return [];
  }
}

/**
 * The spans of a block's list entries by their first line (the first list
 * wins), so that a resolution finds its entry at once: a RESOLVED block may
 * have thousands of entries, and searching them per resolution was quadratic.
 * A resolution without an entry (one paragraph) takes the whole block.
 */
function entrySpansByLine(a: Analysis, b: KeywordBlockNode): Map<number, Span> {
  const byLine = new Map<number, Span>();
  for (const x of b.body) {
    if (x.kind !== 'list') continue;
    for (const e of x.entries) {
      const line = a.lines.positionAt(e.span.start).line;
      if (!byLine.has(line)) byLine.set(line, e.span);
    }
  }
  return byLine;
}

function riskSymbols(b: KeywordBlockNode): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const table of b.body) {
    if (table.kind !== 'table') continue;
    const shape = readRiskTable(table);
    const [riskColumn] = shape.header.map((_, i) => i).filter((i) => i !== shape.ratingColumn);
    for (const row of shape.rows) {
      const first = row.sources[0].span;
      const span = { start: first.start, end: row.sources[row.sources.length - 1].span.end };
      const name = clip(row.cells[riskColumn ?? 0] || '(unnamed risk)');
      const rating = row.cells[shape.ratingColumn];
      out.push({ name, detail: rating ? `rating ${rating}` : 'no rating', kind: 'risk', span, selection: first, children: [] });
    }
  }
  return out;
}
