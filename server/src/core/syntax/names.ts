/**
 * Reading a person's name as written in a list of names (attendance lists,
 * ARRIVED/LEFT/RETURNED lines, declarations, movers and voters): where the
 * name ends and a bracketed note begins.
 *
 * Councils tell apart members who share a surname by their initials in
 * brackets, `Cllr Collins (B)` and `Cllr Collins (J)`. Such a bracket, one to
 * three capital letters with dots or spaces allowed, is part of the name
 * (docs/language.md#who-was-there); read as a note, both councillors became
 * "Cllr Collins" and were reported as one person listed twice. Any other
 * bracket after the name is a note: `Cllr Collins (B) (Chairman)` is the name
 * `Cllr Collins (B)` with the note `Chairman`.
 */
import type { TextPiece } from './ast';
import { trimmedPiece } from './lines';

/** The inside of a bracket of initials: `B`, `J.`, `A.B.`, `J R`. As a pattern source, without anchors. */
export const INITIALS_SOURCE = '(?:[A-Z]\\.?[ ]?){0,2}[A-Z]\\.?';

/** A whole bracket of initials, `(B)` or `(J. R.)`, as a pattern source without anchors. */
export const INITIALS_BRACKET_SOURCE = `\\(${INITIALS_SOURCE}\\)`;

const INITIALS_BRACKET = new RegExp(`^${INITIALS_BRACKET_SOURCE}`);

/** True when the text at `at` opens a bracket of initials (`(B)` in `Collins (B)`). */
export function opensInitials(text: string, at: number): boolean {
  // The longest bracket of initials is `(A. B. C.)`, 11 characters: look no further.
  return text.charCodeAt(at) === 40 && INITIALS_BRACKET.test(text.slice(at, at + 12));
}

/**
 * Where a name's note starts: the first `(` that does not open a bracket of
 * initials, or -1 when there is none.
 */
export function noteStart(text: string): number {
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) if (!opensInitials(text, at)) return at;
  return -1;
}

/**
 * Parts one entry of a list of names into the name and its note:
 * `Councillor Quayle (7.20 pm)` is the name `Councillor Quayle` and the note
 * `7.20 pm`; a bracket of initials stays in the name. The note is the text
 * from the first other bracket to the closing bracket that ends the entry;
 * an entry that does not end on `)` has no note.
 */
export function splitNameNote(part: TextPiece): { readonly name: TextPiece; readonly note: TextPiece | null } {
  const text = part.text;
  if (!text.endsWith(')')) return { name: part, note: null };
  const open = noteStart(text);
  if (open <= 0) return { name: part, note: null };
  const name = trimmedPiece(text.slice(0, open), part.span.start);
  const note = trimmedPiece(text.slice(open + 1, -1), part.span.start + open + 1);
  return { name, note };
}
