/**
 * Who is in the room as the meeting goes on (docs/language.md#arrivals-and-departures).
 * The attendance lists say who was there at the start: the PRESENT members
 * (less any also listed under APOLOGIES or ABSENT) and the IN ATTENDANCE
 * attendees, who do not vote or count for the quorum. Each ARRIVED, LEFT or
 * RETURNED line changes that from its line on; someone arriving who is on no
 * list is a member arriving late. The model's `items[].present` is read with
 * the tracker below as the model is built; the rules and completion ask
 * `presenceOf(analysis)` (or `presentAt`) about any line afterwards.
 *
 * A person is one person by handle; a plain name is the person whose
 * declared display name it is (ignoring case and spacing), or else that
 * name, as attendance-conflict matches them. Nothing here judges a change
 * (an arrival of someone already there is attendance-conflict's to report):
 * an arrival makes a person present, a departure absent, whatever they were.
 */
import type { DocumentNode } from '../syntax/ast';
import { documentBlocks } from '../syntax/walk';
import type { LineIndex } from '../text/line-index';
import { readChanges } from './attendance-changes';
import type { AttendanceChangeModel, AttendanceModel, MinutesModel, NameRef, PersonModel } from './types';

/** A person as the lists name them: a display name and, when written as one, a handle (without `@`). */
export interface PersonRef {
  readonly name: string;
  readonly handle?: string | null;
}

interface PersonState {
  readonly ref: NameRef;
  /** Order of first listing: the PRESENT list's order, then arrivals as they come. */
  readonly order: number;
  /** A member (PRESENT, APOLOGIES, ABSENT or arriving unlisted), as opposed to an attendee. */
  readonly member: boolean;
  here: boolean;
}

/** Lower case, white space runs as one space: how two plain names are compared. */
function normal(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The display names of the PEOPLE declarations, normalised, to their handles (the first declaration wins). */
function handlesByName(people: readonly PersonModel[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of people) if (!out.has(normal(p.name))) out.set(normal(p.name), p.handle);
  return out;
}

function nameRef(p: PersonRef): NameRef {
  return p.handle ? { name: p.name, handle: p.handle } : { name: p.name };
}

/**
 * Who is present, replayed one change at a time in document order. The model
 * builder applies each ARRIVED/LEFT/RETURNED line as it reaches it and takes
 * `members()` when an item's opening attendance lines are read.
 */
export class PresenceTracker {
  private readonly byName: ReadonlyMap<string, string>;
  private readonly people = new Map<string, PersonState>();
  /** The keys of the members present now, so that a snapshot costs the members present, not everyone ever named. */
  private readonly hereMembers = new Set<string>();

  constructor(attendance: AttendanceModel, people: readonly PersonModel[]) {
    this.byName = handlesByName(people);
    for (const e of attendance.present) this.list(e, true, true);
    for (const e of [...attendance.apologies, ...attendance.absent]) {
      const st = this.list(e, true, false);
      // Listed present and also sent apologies or absent: not counted present (attendance-conflict reports it).
      this.setHere(this.keyOf(e), st, false);
    }
    for (const e of attendance.inAttendance) this.list(e, false, true);
  }

  /** The key that makes two references one person: `@handle`, or `name:` and the normalised name. */
  keyOf(p: PersonRef): string {
    if (p.handle) return `@${p.handle}`;
    const name = normal(p.name);
    const handle = this.byName.get(name);
    return handle ? `@${handle}` : `name:${name}`;
  }

  /** Applies one ARRIVED, LEFT or RETURNED change. */
  apply(change: AttendanceChangeModel): void {
    const key = this.keyOf(change);
    const st = this.people.get(key) ?? this.list(change, true, false);
    this.setHere(key, st, change.kind !== 'left');
  }

  /** The members present now, in the order they were first listed. */
  members(): NameRef[] {
    const states: PersonState[] = [];
    for (const k of this.hereMembers) states.push(this.people.get(k)!);
    states.sort((a, b) => a.order - b.order);
    return states.map((s) => s.ref);
  }

  /** True when the person is present now as a member (one who votes and counts for the quorum). */
  isMemberPresent(p: PersonRef): boolean {
    return this.hereMembers.has(this.keyOf(p));
  }

  /** True when the person is in the room now, as a member or an attendee. */
  isHere(p: PersonRef): boolean {
    return this.people.get(this.keyOf(p))?.here ?? false;
  }

  /** True when the person is (or, once they arrive, will be) a member rather than an attendee. */
  isMember(p: PersonRef): boolean {
    return this.people.get(this.keyOf(p))?.member ?? true;
  }

  /** True when the person is named by the attendance lists or an earlier change. */
  isKnown(p: PersonRef): boolean {
    return this.people.has(this.keyOf(p));
  }

  private list(p: PersonRef, member: boolean, here: boolean): PersonState {
    const key = this.keyOf(p);
    const known = this.people.get(key);
    if (known) return known;
    const st: PersonState = { ref: nameRef(p), order: this.people.size, member, here: false };
    this.people.set(key, st);
    this.setHere(key, st, here);
    return st;
  }

  private setHere(key: string, st: PersonState, here: boolean): void {
    st.here = here;
    if (here && st.member) this.hereMembers.add(key);
    else this.hereMembers.delete(key);
  }
}

/** Questions about who was present at a line, answered from a built model. */
export interface Presence {
  /** Every ARRIVED, LEFT and RETURNED change of the document (before the first item too), in line order. */
  readonly changes: readonly AttendanceChangeModel[];
  /** The members present at a 0-based line: after every change on an earlier line, before any on it. */
  at(line: number): NameRef[];
  /** True when the person was present as a member at the line (a vote's voter must be). */
  isPresent(person: PersonRef, line: number): boolean;
  /** True when the person was in the room at the line, as a member or an attendee (someone leaving must be). */
  isHere(person: PersonRef, line: number): boolean;
  /** True when the attendance lists or a change before the line name the person at all. */
  isKnown(person: PersonRef, line: number): boolean;
  /** The key that makes two references one person (`@handle` or `name:` and the normalised name). */
  keyOf(person: PersonRef): string;
}

const cache = new WeakMap<MinutesModel, Presence>();

/**
 * Who was present where, for one model: made once per model and shared.
 * Each question about one person at one line is a binary search among that
 * person's own changes, so a rule may ask it for every voter of a long
 * document; `at` replays the changes before the line.
 */
export function presenceOf(doc: PresenceSource): Presence {
  let p = cache.get(doc.model);
  if (!p) {
    p = makePresence(doc.model, documentChanges(doc));
    cache.set(doc.model, p);
  }
  return p;
}

/** The members present at a 0-based line of the document (see Presence.at). */
export function presentAt(doc: PresenceSource, line: number): NameRef[] {
  return presenceOf(doc).at(line);
}

/** What presence is read from: an Analysis, or a rule's context. */
export interface PresenceSource {
  readonly ast: DocumentNode;
  readonly model: MinutesModel;
  readonly lines: LineIndex;
}

/**
 * Every ARRIVED, LEFT and RETURNED change of the document in source order,
 * before the first item too (the model keeps those only in the preamble's
 * content), one per person named.
 */
export function documentChanges(doc: PresenceSource): AttendanceChangeModel[] {
  const names = new Map<string, string>();
  for (const p of doc.model.people) if (!names.has(p.handle)) names.set(p.handle, p.name);
  const lineOf = (offset: number): number => doc.lines.lineAt(offset);
  const out: AttendanceChangeModel[] = [];
  const blocks = documentBlocks(doc.ast);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'keyword' && b.changes) for (const c of readChanges(b, names, lineOf)) out.push(c);
  }
  return out;
}

interface Event {
  readonly line: number;
  readonly here: boolean;
  readonly member: boolean;
}

function makePresence(model: MinutesModel, changes: readonly AttendanceChangeModel[]): Presence {
  const start = new PresenceTracker(model.attendance, model.people);
  // Each person's state after each of their changes, in line order.
  const replay = new PresenceTracker(model.attendance, model.people);
  const events = new Map<string, Event[]>();
  for (const ch of changes) {
    replay.apply(ch);
    const key = replay.keyOf(ch);
    const list = events.get(key) ?? [];
    if (!list.length) events.set(key, list);
    list.push({ line: ch.line, here: replay.isHere(ch), member: replay.isMember(ch) });
  }
  /** The person's state at a line: their last change before it, else the lists. */
  const stateAt = (p: PersonRef, line: number): Event | null => {
    const list = events.get(start.keyOf(p));
    let lo = 0;
    let hi = list ? list.length : 0;
    // The number of changes on lines before `line`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list![mid].line < line) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) return list![lo - 1];
    if (!start.isKnown(p)) return null;
    return { line: -1, here: start.isHere(p), member: start.isMember(p) };
  };
  return {
    changes,
    at(line) {
      const t = new PresenceTracker(model.attendance, model.people);
      for (const ch of changes) {
        if (ch.line >= line) break;
        t.apply(ch);
      }
      return t.members();
    },
    isPresent: (p, line) => {
      const st = stateAt(p, line);
      return !!st && st.here && st.member;
    },
    isHere: (p, line) => stateAt(p, line)?.here ?? false,
    isKnown: (p, line) => stateAt(p, line) !== null,
    keyOf: (p) => start.keyOf(p),
  };
}

