/**
 * The completion providers for a meeting's proceedings
 * (docs/language.md, motions, recorded votes, arrivals and departures):
 *
 * - on a MOTION or AMENDMENT line: `moved by` and `seconded by`, the people
 *   after each (the members present at the line first; the seconder not the
 *   mover) and `withdrawn` after a final dash;
 * - on a line indented under a VOTE: the labels FOR, AGAINST and ABSTAIN
 *   (those not yet used first), and after a label the members present when
 *   the vote is taken, less those the vote already names on any side;
 * - after ARRIVED, LEFT and RETURNED: the people each can name (those not
 *   present, those present, those who left), the others after them;
 * - after CLOSED: the end of the header's `time`, where it gives one.
 *
 * Who is present at a line is the model's answer (model/presence.ts). Each
 * provider returns null when the cursor is not its kind of place, as those
 * of completion-providers.ts do.
 */
import { presenceOf, type PersonRef } from '../model/presence';
import type { NameRef } from '../model/types';
import type { KeywordBlockNode } from '../syntax/ast';
import { ACTION_SEPARATOR_DASHES, VOTE_LABELS, voteLabelOf } from '../vocabulary';
import type { CompletionContext, CompletionEntry } from './completion-context';
import { keywordBlockAt } from './locate';

/** A person who may be offered, and whether they come first. */
interface Candidate {
  readonly ref: NameRef;
  readonly first: boolean;
}

/** Entries for candidates replacing the entry typed from column `from` (an `@` there is replaced too). */
function personEntries(ctx: CompletionContext, from: number, candidates: readonly Candidate[]): CompletionEntry[] {
  const roles = new Map(ctx.a.model.people.map((p) => [p.handle, p]));
  return candidates.map(({ ref, first }, i) => {
    const person = ref.handle ? roles.get(ref.handle) : undefined;
    const label = ref.handle ? `@${ref.handle}` : ref.name;
    return {
      label,
      kind: 'person' as const,
      detail: person ? [person.name, person.role].filter(Boolean).join(' — ') : ref.name,
      insertText: label,
      replace: ctx.at(from),
      filterText: ref.handle ? `@${ref.handle} ${ref.name}` : ref.name,
      sortText: `${first ? 0 : 1}${String(i).padStart(5, '0')}`,
    };
  });
}

/** The declared people, then any member present at the line who is named without a handle. */
function everyone(ctx: CompletionContext): NameRef[] {
  const out: NameRef[] = ctx.a.model.people.map((p) => ({ name: p.name, handle: p.handle }));
  const presence = presenceOf(ctx.a);
  const declared = new Set(out.map((r) => presence.keyOf(r)));
  for (const r of presence.at(ctx.line)) if (!declared.has(presence.keyOf(r))) out.push(r);
  return out;
}

/** The entry being typed after the last comma (or from `start`): its column, or -1 when it is past a note or holds a space after a handle. */
function entryStart(before: string, start: number): number {
  const comma = before.lastIndexOf(',');
  let from = Math.max(start, comma + 1);
  while (from < before.length && /[ \t]/.test(before[from])) from++;
  const typed = before.slice(from);
  return /[()]/.test(typed) || /^@\S*\s/.test(typed) ? -1 : from;
}

const MOTION_HEAD = /^(?:MOTION|AMENDMENT):[ \t]*/;
const MOVER = /(?<![A-Za-z])(?:moved|proposed)(?:[ \t]+by)?[ \t]+(@?[^,\s]*)$/i;
const SECONDER = /(?<![A-Za-z])seconded(?:[ \t]+by)?[ \t]+(@?[^,\s]*)$/i;
/** After one of the dashes that part an ACTION line (vocabulary/action.ts), which also part `— withdrawn` from a motion's head. */
const AFTER_DASH = new RegExp(`[ \\t](?:${ACTION_SEPARATOR_DASHES.join('|')})[ \\t]*([a-z]*)$`, 'i');

export function motionHeadCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  const head = MOTION_HEAD.exec(ctx.before);
  if (!head) return null;
  const rest = ctx.before.slice(head[0].length);
  const presence = presenceOf(ctx.a);
  const present = (r: PersonRef): boolean => presence.isPresent(r, ctx.line);
  const mover = MOVER.exec(rest);
  if (mover) {
    const from = ctx.before.length - mover[1].length;
    return personEntries(ctx, from, everyone(ctx).map((ref) => ({ ref, first: present(ref) })));
  }
  const seconder = SECONDER.exec(rest);
  if (seconder) {
    const moved = /(?:moved|proposed)(?:[ \t]+by)?[ \t]+(@?)([^,\s]+)/i.exec(rest);
    const moverKey = moved ? presence.keyOf(moved[1] ? { name: moved[2], handle: moved[2] } : { name: moved[2] }) : null;
    const from = ctx.before.length - seconder[1].length;
    const others = everyone(ctx).filter((ref) => presence.keyOf(ref) !== moverKey);
    return personEntries(ctx, from, others.map((ref) => ({ ref, first: present(ref) })));
  }
  const dash = AFTER_DASH.exec(rest);
  if (dash) {
    const from = ctx.before.length - dash[1].length;
    return [{ label: 'withdrawn', kind: 'value', detail: 'withdrawn before the vote', insertText: 'withdrawn', replace: ctx.at(from), sortText: '0' }];
  }
  // The parts not written yet: as the head's first word, or after a mover or seconder already named.
  const named = /(?:moved|proposed|seconded)/i.test(rest);
  const word = (named ? /(?:^|[, \t])([a-z]*)$/i : /^([a-z]*)$/i).exec(rest);
  if (!word) return null;
  const from = ctx.before.length - word[1].length;
  const out: CompletionEntry[] = [];
  if (!/(?:moved|proposed)/i.test(rest))
    out.push({ label: 'moved by', kind: 'keyword', detail: 'who moved it', insertText: 'moved by ', replace: ctx.at(from), sortText: '0', retrigger: true });
  if (!/seconded/i.test(rest))
    out.push({ label: 'seconded by', kind: 'keyword', detail: 'who seconded it', insertText: 'seconded by ', replace: ctx.at(from), sortText: '1', retrigger: true });
  return out;
}

/** The VOTE whose recorded lines the cursor's line stands among: the keyword line above the indented lines, or null. */
function voteAbove(ctx: CompletionContext): KeywordBlockNode | null {
  for (let line = ctx.line - 1; line >= 0; line--) {
    const text = ctx.a.lines.lineText(line);
    if (/^[ \t]+\S/.test(text)) continue;
    if (!/^VOTE:/.test(text)) return null;
    const block = keywordBlockAt(ctx.a, ctx.a.lines.lineStart(line));
    return block?.keyword === 'VOTE' ? block : null;
  }
  return null;
}

export function voteLineCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  if (!/^[ \t]+/.test(ctx.before)) return null;
  const vote = voteAbove(ctx);
  if (!vote) return null;
  const used = vote.voteLines ?? [];
  const label = voteLabelOf(ctx.before);
  // A line that wraps the names of the line above (which ends with a comma) goes on naming.
  const wraps = !label && /,[ \t]*$/.test(ctx.a.lines.lineText(ctx.line - 1));
  const typedLabel = /^([ \t]+)([A-Za-z]*)$/.exec(ctx.before);
  if (typedLabel && !wraps) {
    const sides = new Set(used.map((l) => l.side));
    return VOTE_LABELS.map((l, i) => ({
      label: `${l.label}:`,
      kind: 'keyword' as const,
      documentation: l.doc,
      insertText: `${l.label}: `,
      replace: ctx.at(typedLabel[1].length),
      sortText: `${sides.has(l.side) ? 1 : 0}${i}`,
      retrigger: true,
    }));
  }
  if (!label && !wraps) return null;
  const headLength = label ? label.length : 0;
  const from = entryStart(ctx.before, headLength);
  if (from < 0) return [];
  const presence = presenceOf(ctx.a);
  const voteLine = ctx.a.lines.lineAt(vote.keywordText.span.start);
  const key = (name: string, handle?: string): string => presence.keyOf(handle ? { name, handle } : { name });
  // Everyone the vote names already, on any side, but the entry being typed.
  const named = new Set<string>();
  const typing = { start: ctx.lineStart + from, end: ctx.offset };
  for (const l of used) for (const n of l.names) if (n.span.end < typing.start || n.span.start > typing.end) named.add(key(n.name.text, n.handle?.text));
  // The line before the cursor too, in case the tree does not hold it yet.
  for (const part of ctx.before.slice(headLength, from).split(',')) {
    const handle = /^[ \t]*@([a-z0-9-]+)/.exec(part);
    // A plain name loses its note, but not a bracket of initials (`Collins (B)`).
    const name = withoutNote(part.trim());
    if (handle) named.add(key(handle[1], handle[1]));
    else if (name) named.add(key(name));
  }
  const present = presence.at(voteLine).filter((r) => !named.has(presence.keyOf(r)));
  return personEntries(ctx, from, present.map((ref) => ({ ref, first: true })));
}

/**
 * A name without a note in brackets at its end (`Cllr Lee (Chair)`), but
 * with a bracket of initials kept (`Collins (B)`), as
 * `/[ \t]*\((?![A-Z.]{1,6}\))[^)]*\)$/` strips it. Found by position: the
 * pattern rescanned a run of spaces or of opening brackets from each of its
 * characters (quadratic). The note opens at the first `(` after the last
 * `)` but one.
 */
function withoutNote(name: string): string {
  const close = name.length - 1;
  if (close < 1 || name[close] !== ')') return name;
  const open = name.indexOf('(', name.lastIndexOf(')', close - 1) + 1);
  if (open < 0 || /^[A-Z.]{1,6}$/.test(name.slice(open + 1, close))) return name;
  let start = open;
  while (start > 0 && (name[start - 1] === ' ' || name[start - 1] === '\t')) start--;
  return name.slice(0, start);
}

const CHANGE_HEAD = /^(ARRIVED|LEFT|RETURNED):[ \t]*/;

export function attendanceChangeCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  const head = CHANGE_HEAD.exec(ctx.before);
  if (!head) return null;
  const from = entryStart(ctx.before, head[0].length);
  if (from < 0) return [];
  const presence = presenceOf(ctx.a);
  const line = ctx.line;
  const left = new Set(presence.changes.filter((c) => c.kind === 'left' && c.line < line).map((c) => presence.keyOf(c)));
  // Who each line usually names: someone not yet there, someone there, someone who left and is still out.
  const fits: Readonly<Record<string, (r: PersonRef) => boolean>> = {
    ARRIVED: (r) => !presence.isHere(r, line),
    LEFT: (r) => presence.isHere(r, line),
    RETURNED: (r) => left.has(presence.keyOf(r)) && !presence.isHere(r, line),
  };
  const fit = fits[head[1]];
  return personEntries(ctx, from, everyone(ctx).map((ref) => ({ ref, first: fit(ref) })));
}

export function closedCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  const m = /^CLOSED:[ \t]*([\d:.]*)$/.exec(ctx.before);
  if (!m) return null;
  const time = ctx.a.model.meta.time;
  const end = typeof time === 'string' ? /[-\u2013][ \t]*(\d{1,2}:\d{2})[ \t]*$/.exec(time)?.[1] : undefined;
  if (!end) return [];
  return [{ label: end, kind: 'value', detail: 'the end time the header gives', insertText: end, replace: ctx.at(ctx.before.length - m[1].length), sortText: '0' }];
}
