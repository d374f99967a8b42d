/**
 * Builds the document model (docs/json-model.md) from the syntax tree. Comments
 * are left out; values are read loosely (a bad due date becomes `due: null`
 * with its text kept) so that the rules, not the model, judge them. This file
 * reads the header, the roll, the items and the keyword blocks; paragraphs,
 * lists and tables become content in body-content.ts.
 */
import type { Block, DocumentNode, ItemNode, KeywordBlockNode } from '../syntax/ast';
import { joinLines } from '../syntax/join-lines';
import { documentBlocks, itemNumber } from '../syntax/walk';
import type { LineIndex } from '../text/line-index';
import { parseAction } from './action';
import { itemCitations, placeAction, resolveLocalCitations } from './citation-links';
import { inItemOpening, readChanges } from './attendance-changes';
import { isRealDate, parseClock } from './dates';
import { PresenceTracker } from './presence';
import { addBodyContent, bodyContent } from './body-content';
import { keywordBlockText, leadText } from './block-text';
import { ITEM_VOTE, MotionReader } from './motions';
import { completeVote, recordedVote } from './recorded-vote';
import { resolutionSources, topLevelCount } from './resolutions';
import { readRiskTable, risksOf } from './risks';
import type {
  ActionModel,
  AttendanceChangeModel,
  AttendanceEntryModel,
  ContentBlock,
  ItemModel,
  KeywordContent,
  MetaValue,
  MinutesModel,
  NameRef,
  PersonModel,
  ResolutionModel,
  RiskModel,
  VoteModel,
} from './types';
import { parseVote } from './vote';
import { ATTENDANCE_LISTS, attendanceList } from '../vocabulary';

/** The model of a parsed document; `lines` turns the tree's offsets into the 0-based lines the model records. */
export function buildModel(ast: DocumentNode, lines: LineIndex): MinutesModel {
  const lineOf = (offset: number): number => lines.lineAt(offset);
  const keywordBlocks: KeywordBlockNode[] = [];
  // An index loop: buildModel runs once per analysis, often before V8 optimises it, and the
  // unoptimised for-of over every block of the document allocated an iterator result per block.
  const blocks = documentBlocks(ast);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'keyword') keywordBlocks.push(b);
  }
  const people: PersonModel[] = [];
  for (const b of keywordBlocks) for (const p of b.people ?? []) people.push({ handle: p.handle.text, name: p.name.text, role: p.role?.text ?? null });
  const names = new Map<string, string>();
  for (const p of people) if (!names.has(p.handle)) names.set(p.handle, p.name);

  // One list per row of the vocabulary's attendance table, in its order (the JSON export's).
  const attendance: Record<string, AttendanceEntryModel[]> = Object.fromEntries(ATTENDANCE_LISTS.map((l) => [l.field, []]));
  for (const b of keywordBlocks) {
    const list = attendanceList(b.keyword);
    if (!b.attendance || !list) continue;
    for (const e of b.attendance) {
      const entry: { name: string; handle?: string; note?: string } = {
        name: e.handle ? (names.get(e.handle.text) ?? e.handle.text) : e.name.text,
      };
      if (e.handle) entry.handle = e.handle.text;
      if (e.note) entry.note = e.note.text;
      attendance[list.field].push(entry);
    }
  }

  const declarations: MinutesModel['declarations'][number][] = [];
  for (const b of keywordBlocks)
    for (const d of b.declarations ?? []) declarations.push({ person: d.person.text.replace(/^@/, ''), item: d.item?.text ?? null, text: d.text.text });

  const attendanceModel = attendance as unknown as MinutesModel['attendance'];
  const meta = buildMeta(ast);
  const date = typeof meta.date === 'string' && isRealDate(meta.date.trim()) ? meta.date.trim() : null;
  const ctx: BuildContext = {
    names, lineOf, lines, date, actions: [], risks: [], presence: new PresenceTracker(attendanceModel, people), closed: [], places: new Map(),
  };
  const preamble = contentOf(ast.preamble.filter((b) => !isPreambleStructure(b)), ctx, null, null);
  const items = ast.items.map((it) => buildItem(it, ctx));
  resolveLocalCitations(items, date);

  // The first CLOSED line is the closing time (header-invalid reports a second one, and a time not HH:MM).
  if (ctx.closed.length) meta.closed = parseClock(ctx.closed[0]) !== null ? ctx.closed[0] : null;
  return {
    schema: 'minutes/2',
    meta,
    people,
    attendance: attendanceModel,
    declarations,
    preamble,
    items,
    actions: ctx.actions,
    risks: ctx.risks,
  };
}

interface BuildContext {
  readonly names: ReadonlyMap<string, string>;
  readonly lineOf: (offset: number) => number;
  readonly lines: LineIndex;
  /** The header's date when it is a real one: the first part of every action id. */
  readonly date: string | null;
  readonly actions: ActionModel[];
  /** Actions so far by item number, for their places in the ids (null: before the first item, or no number). */
  readonly places: Map<string | null, number>;
  readonly risks: RiskModel[];
  /** Who is present as the blocks are read in order (ARRIVED, LEFT and RETURNED change it). */
  readonly presence: PresenceTracker;
  /** The text of each CLOSED line, in order. */
  readonly closed: string[];
}

/** The model keeps header keys camel-cased; quorum is a number when it is one. */
function buildMeta(ast: DocumentNode): Record<string, MetaValue> {
  const meta: Record<string, MetaValue> = { type: 'minutes' };
  for (const e of ast.header?.entries ?? []) {
    const key = e.key.text.toLowerCase().replace(/[-_]([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    meta[key] = key === 'quorum' && /^\d+$/.test(e.value.text) ? Number(e.value.text) : e.value.text;
  }
  // v2's keys are always there: the closing time (CLOSED:), whether the body is an executive, the contact.
  meta.closed ??= null;
  meta.executive = typeof meta.executive === 'string' ? /^(yes|true)$/i.test(meta.executive.trim()) : false;
  meta.contact ??= null;
  return meta;
}

function isPreambleStructure(b: Block): boolean {
  return b.kind === 'keyword' && (!!b.people || !!b.attendance || b.keyword === 'DECLARATIONS');
}

function buildItem(it: ItemNode, ctx: BuildContext): ItemModel {
  const number = itemNumber(it);
  const state: ItemState = { resolutions: [], topResolutions: 0, recommended: [], noted: [], votes: [], motions: new MotionReader(ctx.names, ctx.lineOf), actions: [], risks: [], present: null, changes: [], reasons: [], alternatives: [] };
  const content = contentOf(it.blocks, ctx, number, state);
  // The first block of each keyword, found in one pass rather than one scan per keyword.
  let exempt: KeywordBlockNode | undefined;
  let urgent: KeywordBlockNode | undefined;
  let report: KeywordBlockNode | undefined;
  let contact: KeywordBlockNode | undefined;
  let docs: KeywordBlockNode | undefined;
  for (const b of it.blocks) {
    if (b.kind !== 'keyword') continue;
    if (b.keyword === 'EXEMPT') exempt ??= b;
    else if (b.keyword === 'URGENT') urgent ??= b;
    else if (b.keyword === 'REPORT') report ??= b;
    else if (b.keyword === 'CONTACT') contact ??= b;
    else if (b.keyword === 'DOCUMENTS') docs ??= b;
  }
  const exemptText = exempt?.inline?.text ?? null;
  const exemptNumber = exemptText !== null ? /\d+/.exec(exemptText) : null;
  const documents = docs?.inline?.text ?? null;
  return {
    number,
    title: it.title.text,
    exempt: exemptNumber ? Number(exemptNumber[0]) : null,
    urgent: urgent?.inline?.text ?? null,
    report: report?.inline?.text ?? null,
    contact: contact?.inline?.text ?? null,
    // White space before a comma is taken from the start of its run only (a long run was quadratic).
    documents: documents && !/^none\.?$/i.test(documents) ? documents.split(/(?:(?<!\s)\s+)?,\s*/).filter(Boolean) : [],
    recommended: state.recommended,
    resolutions: state.resolutions,
    noted: state.noted.length ? state.noted.join('\n\n') : null,
    votes: state.votes,
    actions: state.actions,
    risks: state.risks,
    motions: state.motions.motions(),
    // Nothing but attendance lines in the item: those present after them all, before its sub-items.
    present: state.present ?? ctx.presence.members(),
    attendanceChanges: state.changes,
    reasons: state.reasons.length ? state.reasons.join('\n\n') : null,
    alternatives: state.alternatives.length ? state.alternatives.join('\n\n') : null,
    citations: itemCitations(it, ctx),
    items: it.children.map((c) => buildItem(c, ctx)),
    content,
    range: { start: ctx.lineOf(it.span.start), end: ctx.lineOf(it.span.end) },
  };
}

interface ItemState {
  resolutions: ResolutionModel[];
  /** Top-level resolutions so far (nested ones are cited through their parent): a plain RESOLVED numbers after them. */
  topResolutions: number;
  recommended: string[];
  noted: string[];
  votes: VoteModel[];
  /** The item's motions and amendments, and what its votes decide, read in order. */
  motions: MotionReader;
  actions: ActionModel[];
  risks: RiskModel[];
  /** The members present once the item's opening ARRIVED/LEFT/RETURNED lines are read; null until then. */
  present: NameRef[] | null;
  changes: AttendanceChangeModel[];
  reasons: string[];
  alternatives: string[];
}

function contentOf(blocks: readonly Block[], ctx: BuildContext, number: string | null, state: ItemState | null): ContentBlock[] {
  const out: ContentBlock[] = [];
  for (const b of blocks) {
    // The item's members present: after the attendance and item lines that open it, before its business.
    if (state && state.present === null && !inItemOpening(b)) state.present = ctx.presence.members();
    if (b.kind === 'comment') continue;
    if (b.kind === 'keyword' && b.keyword === 'CLOSED') {
      // Kept in meta.closed, not in the item: the exports print the closing line after the last item.
      ctx.closed.push(b.inline?.text ?? '');
      continue;
    }
    if (b.kind !== 'keyword') {
      state?.motions.other();
      addBodyContent(out, b, ctx.lineOf);
      continue;
    }
    out.push(keywordContent(b, ctx, number, state));
  }
  return out;
}

function keywordContent(b: KeywordBlockNode, ctx: BuildContext, number: string | null, state: ItemState | null): KeywordContent {
  const line = ctx.lineOf(b.span.start);
  // The keyword line's text and a paragraph running on from it are one (block-text.ts); a MOTION's
  // or AMENDMENT's line may hold its mover and seconder before (or instead of) its text.
  const lead = leadText(b, ctx.lineOf, b.motion ? b.motion.text : b.inline);
  const text = lead.text;
  const body = bodyContent(lead.body, ctx.lineOf);
  if (b.keyword !== 'MOTION' && b.keyword !== 'AMENDMENT' && b.keyword !== 'VOTE') state?.motions.other();
  // Each variant spells out the keys in the order of the plain one rather than spread it: V8
  // clones a spread object slowly, and this runs once per keyword block (the spreads were a
  // third of the model's time).
  switch (b.keyword) {
    case 'RESOLVED': {
      const sources = resolutionSources(b, number, state?.topResolutions ?? 0, () => keywordBlockText(b, ctx.lineOf));
      const resolutions = sources.map((r): ResolutionModel => ({ id: r.id, text: r.text, line: ctx.lineOf(r.start) }));
      if (state) state.topResolutions += topLevelCount(sources);
      for (const v of resolutions) state?.resolutions.push(v);
      return { kind: 'keyword', keyword: b.keyword, text, body, line, resolutions };
    }
    case 'RECOMMENDED': {
      const lists = b.body.filter((x) => x.kind === 'list');
      const texts = lists.length
        ? lists.flatMap((l) => (l.kind === 'list' ? l.entries.map((e) => joinLines(e.lines)) : []))
        : [keywordBlockText(b, ctx.lineOf)].filter(Boolean);
      for (const v of texts) state?.recommended.push(v);
      break;
    }
    case 'NOTED':
      state?.noted.push(keywordBlockText(b, ctx.lineOf));
      break;
    case 'REASONS':
      state?.reasons.push(keywordBlockText(b, ctx.lineOf));
      break;
    case 'ALTERNATIVES':
      state?.alternatives.push(keywordBlockText(b, ctx.lineOf));
      break;
    case 'ARRIVED':
    case 'LEFT':
    case 'RETURNED': {
      const changes = readChanges(b, ctx.names, ctx.lineOf);
      for (const c of changes) ctx.presence.apply(c);
      for (const c of changes) state?.changes.push(c);
      return { kind: 'keyword', keyword: b.keyword, text, body, line, changes };
    }
    case 'VOTE': {
      const question = state ? state.motions.vote(state.votes.length) : ITEM_VOTE;
      const vote = completeVote(parseVote(b.inline?.text ?? '', line), question, recordedVote(b, ctx.names), !!b.voteLines?.length);
      state?.votes.push(vote);
      return { kind: 'keyword', keyword: b.keyword, text, body, line, vote };
    }
    case 'MOTION':
    case 'AMENDMENT': {
      // The motion's text keeps its list markers: `(a)` and `(b)` are part of what was moved.
      const whole = keywordBlockText(b, ctx.lineOf, b.motion?.text ?? null, true);
      const reader = state?.motions ?? new MotionReader(ctx.names, ctx.lineOf);
      const motion = !state ? reader.loose(b, whole) : b.keyword === 'MOTION' ? reader.motion(b, whole) : reader.amendment(b, whole);
      return { kind: 'keyword', keyword: b.keyword, text, body, line, motion };
    }
    case 'ACTION': {
      const parsed = parseAction(b.action!, ctx.names, number, line);
      const place = (ctx.places.get(number) ?? 0) + 1;
      ctx.places.set(number, place);
      const action = placeAction(parsed, ctx.date, place, ctx.actions);
      state?.actions.push(action);
      ctx.actions.push(action);
      return { kind: 'keyword', keyword: b.keyword, text, body, line, action };
    }
    case 'RISKS': {
      const risks = b.body.flatMap((x) => (x.kind === 'table' ? risksOf(readRiskTable(x), number, ctx.lineOf) : []));
      for (const v of risks) state?.risks.push(v);
      for (const v of risks) ctx.risks.push(v);
      return { kind: 'keyword', keyword: b.keyword, text, body, line, risks };
    }
  }
  return { kind: 'keyword', keyword: b.keyword, text, body, line };
}
