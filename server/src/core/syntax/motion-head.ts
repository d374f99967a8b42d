/**
 * Reading the keyword line of a MOTION or AMENDMENT
 * (docs/language.md#motions-and-amendments): `moved by @a, seconded by @b`,
 * either part optional, `by` optional, each a handle or a plain name, and a
 * final ` — withdrawn` when the motion was withdrawn before the vote.
 * Clerks also write `proposed` for `moved`, and `and seconded`; both are
 * read. What else the line holds is the motion's first words
 * (`MOTION: That the Council adopts the plan.`).
 *
 * The line is cut at the dashes that part an ACTION line (` — `, ` – `,
 * ` -- `), so that `moved by @a — That the Council …` keeps its text apart
 * from the mover. Every scan here is a single pass or an anchored match: a
 * long head line costs linear time.
 */
import type { AttendanceEntryNode, MotionHeadNode, TextPiece } from './ast';
import { splitSegments, trimmedPiece } from './lines';
import { readAttendance } from './roll-lines';

const MOVED = /^(?:moved|proposed)(?![A-Za-z])[ \t]*(?:by(?![A-Za-z]))?/i;
const SECONDED_AT_START = /^seconded(?![A-Za-z])/i;
/** `seconded` as a word anywhere: the character before it (if any) is not a letter. */
const SECONDED = /(?<![A-Za-z])seconded(?![A-Za-z])/i;
const BY = /^[ \t]*by(?![A-Za-z])/i;
/** ` — withdrawn`, perhaps with a note in brackets (`withdrawn (with the consent of the meeting)`). */
const WITHDRAWN = /^withdrawn\.?(?:[ \t]*\([^()]*\))?$/i;
const DASH_WITHDRAWN = /^[-\u2013\u2014]+[ \t]*(withdrawn\.?(?:[ \t]*\([^()]*\))?)$/i;

/**
 * The parts of a MOTION or AMENDMENT keyword line (`inline`, the text after
 * the keyword), or an empty head for a keyword line with nothing after it.
 */
export function readMotionHead(inline: TextPiece | null): MotionHeadNode {
  if (!inline) return { mover: null, seconder: null, withdrawn: null, text: null };
  const { segments } = splitSegments(inline);
  let last = segments.length - 1;
  let withdrawn: TextPiece | null = null;
  if (WITHDRAWN.test(segments[last].text)) {
    withdrawn = segments[last];
    last--;
  } else if (last === 0) {
    // `MOTION: — withdrawn`: the dash had nothing before it to part.
    const m = DASH_WITHDRAWN.exec(segments[0].text);
    if (m) {
      withdrawn = trimmedPiece(m[1], segments[0].span.start + m[0].length - m[1].length);
      last = -1;
    }
  }
  let first = 0;
  let mover: AttendanceEntryNode | null = null;
  let seconder: AttendanceEntryNode | null = null;
  if (last >= 0 && isHead(segments[0].text)) {
    ({ mover, seconder } = readMovers(segments[0]));
    first = 1;
  }
  let text: TextPiece | null = null;
  if (first <= last) {
    // The text runs from its first segment to its last, dashes between kept as written.
    const from = segments[first].span.start - inline.span.start;
    const to = segments[last].span.end - inline.span.start;
    text = trimmedPiece(inline.text.slice(from, to), inline.span.start + from);
    if (!text.text) text = null;
  }
  return { mover, seconder, withdrawn, text };
}

/** True when a keyword line's text (or its first dash-parted part) names a mover or a seconder. */
export function isHead(text: string): boolean {
  return MOVED.test(text) || SECONDED_AT_START.test(text);
}

/**
 * True when a MOTION or AMENDMENT keyword line says nothing but who moved and
 * seconded it (and perhaps that it was withdrawn): its text is then all
 * below it, and the parser lets blank lines stand between, as after a bare
 * `RESOLVED:`.
 */
export function isHeadOnly(lineText: string, keywordLength: number): boolean {
  const rest = trimmedPiece(lineText.slice(keywordLength), keywordLength);
  if (!rest.text) return false;
  const head = readMotionHead(rest);
  return head.text === null && (head.mover !== null || head.seconder !== null || head.withdrawn !== null);
}

function readMovers(piece: TextPiece): { mover: AttendanceEntryNode | null; seconder: AttendanceEntryNode | null } {
  const t = piece.text;
  const moved = MOVED.exec(t);
  const sec = SECONDED.exec(t);
  const secAt = sec ? sec.index : t.length;
  const mover = moved && moved[0].length <= secAt ? person(piece, moved[0].length, secAt) : null;
  let seconder: AttendanceEntryNode | null = null;
  if (sec) {
    let from = sec.index + sec[0].length;
    const by = BY.exec(t.slice(from));
    if (by) from += by[0].length;
    seconder = person(piece, from, t.length);
  }
  return { mover, seconder };
}

/** The name between two offsets of the head, without the commas, a closing full stop or the `and` around it. */
function person(piece: TextPiece, from: number, to: number): AttendanceEntryNode | null {
  const t = piece.text;
  let a = from;
  let b = to;
  while (a < b && isFiller(t.charCodeAt(a))) a++;
  for (;;) {
    while (b > a && isFiller(t.charCodeAt(b - 1))) b--;
    // `moved by @a and seconded by @b`: the `and` belongs to neither.
    if (b - a >= 4 && /^[ \t]and$/i.test(t.slice(b - 4, b))) b -= 4;
    else break;
  }
  if (b > a && t[b - 1] === '.') b--;
  if (b <= a) return null;
  const name = trimmedPiece(t.slice(a, b), piece.span.start + a);
  const entries = readAttendance([name]);
  // A name with a comma in it (`Cllr Lee, Leader`) is one mover, read whole.
  return entries.length === 1 ? entries[0] : { handle: null, name, note: null, span: name.span };
}

/** White space, commas, semicolons and colons around a name (`Moved: @a, Seconded: @b`). */
function isFiller(c: number): boolean {
  return c === 32 || c === 9 || c === 44 || c === 59 || c === 58;
}
