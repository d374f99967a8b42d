/**
 * Hover: what the thing under the cursor means, in Markdown.
 *
 * - an @handle: the person's name, role, attendance and declared interests;
 * - a rating in a RISKS table: what its likelihood and impact steps mean
 *   under the document's matrix, and its band (as the preview shows it);
 * - an item heading: how many resolutions, votes and actions it holds (and
 *   with its sub-items, when it has any);
 * - a MOTION or AMENDMENT line, a VOTE line or the label of a recorded
 *   vote's line: movers, amendments, outcome, counts and names
 *   (hover-proceedings.ts);
 * - a block keyword or a header key: what it means (keyword-docs.ts);
 * - a diagnostic: the rule's description and a link to its documentation.
 *
 * Several may apply at once (a misspelt handle has a diagnostic too); the
 * sections are joined, the most specific first.
 */
import { riskBand } from '../model/risk-band';
import type { Analysis } from '../index';
import { readRating } from '../model/risk-matrix';
import type { ItemModel } from '../model/types';
import type { Span } from '../syntax/ast';
import { ruleById } from '../validate/registry';
import { ruleDocsUrl } from '../rule-docs';
import { ATTENDANCE_LISTS, isHeaderKey, isOpen, VOTE_LABELS } from '../vocabulary';
import { proceedingHover } from './hover-proceedings';
import { HEADER_KEY_DOCS, KEYWORD_DOCS } from './keyword-docs';
import { documentMatrix, itemAt, itemLabel, keywordBlockAt, referenceAt, riskCellAt, touches } from './locate';

export interface HoverResult {
  /** Markdown. */
  readonly contents: string;
  readonly span: Span;
}

/** The hover at an offset, or null when nothing there has anything to say. */
export function hoverAt(a: Analysis, offset: number): HoverResult | null {
  const sections: { text: string; span: Span }[] = [];
  const ref = referenceAt(a, offset);
  if (ref) sections.push({ text: personHover(a, ref.handle), span: ref.span });
  const cell = riskCellAt(a, offset);
  if (cell?.cell && !cell.headerRow && cell.column === cell.ratingColumn && cell.cell.text && touches(cell.cell.span, offset))
    sections.push({ text: ratingHover(a, cell.cell.text), span: cell.cell.span });
  const item = itemAt(a, offset);
  if (item && touches(item.node.headingSpan, offset) && !ref) sections.push({ text: itemHover(item.model), span: item.node.headingSpan });
  const proceeding = proceedingHover(a, offset);
  if (proceeding) sections.push(proceeding);
  const word = wordHover(a, offset);
  if (word) sections.push(word);
  for (const d of a.diagnostics) {
    if (offset < d.start || offset > d.end) continue;
    sections.push({ text: ruleHover(d.ruleId), span: { start: d.start, end: d.end } });
  }
  if (!sections.length) return null;
  return { contents: sections.map((s) => s.text).join('\n\n---\n\n'), span: sections[0].span };
}

/** The meaning of the block keyword or header key under the cursor. */
function wordHover(a: Analysis, offset: number): { text: string; span: Span } | null {
  const block = keywordBlockAt(a, offset);
  if (block && touches(block.keywordText.span, offset))
    return { text: `**${block.keyword}:** ${KEYWORD_DOCS[block.keyword]}`, span: block.keywordText.span };
  const label = block?.voteLines?.find((l) => touches(l.label.span, offset));
  const side = label && VOTE_LABELS.find((l) => l.side === label.side);
  if (label && side) return { text: `**${side.label}:** ${side.doc}`, span: label.label.span };
  const entry = a.ast.header?.entries.find((e) => touches(e.key.span, offset));
  const key = entry?.key.text.toLowerCase() ?? '';
  return entry && isHeaderKey(key) ? { text: `**${entry.key.text}:** ${HEADER_KEY_DOCS[key]}`, span: entry.key.span } : null;
}

/** A person's name, role, attendance and interests. */
export function personHover(a: Analysis, handle: string): string {
  const person = a.model.people.find((p) => p.handle === handle);
  if (!person) return `\`@${handle}\` is not declared in PEOPLE.`;
  const lines = [`**${person.name}** \`@${handle}\``];
  if (person.role) lines.push(person.role);
  lines.push(`Attendance: ${attendanceOf(a, handle)}`);
  for (const d of a.model.declarations.filter((x) => x.person === handle))
    lines.push(`Declared an interest${d.item ? ` in item ${d.item}` : ''}: ${d.text}`);
  return lines.join('\n\n');
}

function attendanceOf(a: Analysis, handle: string): string {
  const found = ATTENDANCE_LISTS.flatMap(({ field, says }) =>
    a.model.attendance[field].filter((e) => e.handle === handle).map((e) => (e.note ? `${says} (${e.note})` : says)),
  );
  return found.length ? found.join('; ') : 'not recorded';
}

/** What a rating means under the document's matrix and the configured scale names. */
export function ratingHover(a: Analysis, rating: string): string {
  const matrix = documentMatrix(a);
  const read = readRating(rating, matrix);
  if (!read) return `\`${rating}\` is not a rating under the **${matrix.text}** matrix.`;
  const names = a.config.risk;
  const l = matrix.likelihood.steps.indexOf(read.likelihood) + 1;
  const i = matrix.impact.steps.indexOf(read.impact) + 1;
  const step = (name: string | undefined, n: number, of: number): string => (name ? `${name} (step ${n} of ${of})` : `step ${n} of ${of}`);
  const lines = [
    `**Risk rating ${rating.trim()}** (matrix ${matrix.text})`,
    `Likelihood ${read.likelihood}: ${step(names.likelihood?.[read.likelihood], l, matrix.likelihood.steps.length)}`,
    `Impact ${read.impact}: ${step(names.impact?.[read.impact], i, matrix.impact.steps.length)}`,
  ];
  const band = riskBand(rating, matrix.text, names);
  lines.push(band ? `Score ${l * i}, band **${band.name}**` : `Score ${l * i}`);
  return lines.join('\n\n');
}

/** An item's outcome at a glance. */
export function itemHover(item: ItemModel): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const open = item.actions.filter((x) => isOpen(x.status)).length;
  const lines = [
    `**Item ${itemLabel(item)}**`,
    [
      count(item.resolutions.length, 'resolution', 'resolutions'),
      count(item.votes.length, 'vote', 'votes'),
      `${count(item.actions.length, 'action', 'actions')}${item.actions.length ? ` (${open} open)` : ''}`,
      item.items.length ? count(item.items.length, 'sub-item', 'sub-items') : '',
    ]
      .filter(Boolean)
      .join(' · '),
  ];
  // An item whose business is all in its sub-items (a board's "Finance" with
  // 5.1 and 5.2 under it) would read "0 resolutions · 0 actions": the totals
  // with the sub-items say what the heading stands for.
  if (item.items.length) {
    const all = withSubItems(item);
    const openAll = all.actions.filter((x) => isOpen(x.status)).length;
    lines.push(
      `With its sub-items: ${[
        count(all.resolutions.length, 'resolution', 'resolutions'),
        count(all.votes.length, 'vote', 'votes'),
        `${count(all.actions.length, 'action', 'actions')}${all.actions.length ? ` (${openAll} open)` : ''}`,
      ].join(' · ')}`,
    );
  }
  if (item.resolutions.length) lines.push(`Resolutions: ${item.resolutions.map((r) => r.id).join(', ')}`);
  if (item.exempt !== null) lines.push(`Exempt information, paragraph ${item.exempt} of Schedule 12A`);
  return lines.join('\n\n');
}

/** The resolutions, votes and actions of an item and of all its sub-items, in document order. */
function withSubItems(item: ItemModel): Pick<ItemModel, 'resolutions' | 'votes' | 'actions'> {
  const out: { resolutions: ItemModel['resolutions'][number][]; votes: ItemModel['votes'][number][]; actions: ItemModel['actions'][number][] } = { resolutions: [], votes: [], actions: [] };
  // A loop, not push(...list): the core spreads no list into call arguments (tidy-core.test.ts).
  const walk = (it: ItemModel): void => {
    for (const r of it.resolutions) out.resolutions.push(r);
    for (const v of it.votes) out.votes.push(v);
    for (const x of it.actions) out.actions.push(x);
    for (const sub of it.items) walk(sub);
  };
  walk(item);
  return out;
}

/** A rule's documentation: its id, description and link. */
export function ruleHover(ruleId: string): string {
  const rule = ruleById(ruleId);
  const about = rule ? ` — ${rule.description}` : '';
  return `**${ruleId}**${about}\n\n[Documentation of ${ruleId}](${ruleDocsUrl(ruleId)})`;
}
