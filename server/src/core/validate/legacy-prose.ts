/**
 * Legacy prose of motions and resolutions, as councils' minutes print it and
 * clerks paste it from Word: `It was moved by Councillor A, seconded by
 * Councillor B and RESOLVED that …`, `RESOLVED THAT:`, `And Resolved:`,
 * `Unanimously resolved:` (docs/language.md#motions-and-amendments). The
 * parser leaves these as narrative; keyword-form reads them here and offers
 * the standard lines. Each reader returns null unless the reading is
 * certain, so a fix built from it never changes what the minutes say.
 *
 * The readers look for fixed words with indexOf and anchored patterns, never
 * a pattern with two open-ended parts in a row, so a long paragraph is read
 * in linear time.
 */

/** A moved-and-seconded sentence, read: who moved it, who seconded it, what was resolved. */
export interface MovedProse {
  readonly mover: string;
  readonly seconder: string | null;
  readonly unanimously: boolean;
  /** The words after "RESOLVED that", as written. */
  readonly resolution: string;
}

const MOVED_HEAD = /^(?:It was )?(?:moved|proposed) by /i;
const SECONDED = /,? (?:and )?seconded by /gi;
// `… and RESOLVED that the report be noted`, or with a colon and the resolution after it,
// `… and RESOLVED: That the report be noted` (the resolution then keeps its own "That").
const RESOLVED_THAT = /,? and (?:it was )?(unanimously )?resolved(?: (unanimously))?(?: that\b[:,]?|[ \t]*:)[ \t]*/gi;

/** True when the line opens as a moved-and-seconded sentence does (`It was moved by`, `Proposed by`). */
export function startsMovedProse(line: string): boolean {
  return MOVED_HEAD.test(line);
}

/** Reads `It was moved by A, seconded by B and RESOLVED that …` or `… and RESOLVED: That …` (the seconder may be left out); null otherwise. */
export function readMovedProse(text: string): MovedProse | null {
  const head = MOVED_HEAD.exec(text);
  if (!head) return null;
  RESOLVED_THAT.lastIndex = head[0].length;
  const resolved = RESOLVED_THAT.exec(text);
  if (!resolved) return null;
  SECONDED.lastIndex = head[0].length;
  const seconded = SECONDED.exec(text);
  const second = seconded && seconded.index < resolved.index ? seconded : null;
  const mover = text.slice(head[0].length, second ? second.index : resolved.index).trim();
  const seconder = second ? text.slice(second.index + second[0].length, resolved.index).trim() : null;
  const after = text.slice(resolved.index + resolved[0].length).trim();
  // After a colon the resolution is written whole: its own leading "That" is the one every reading adds.
  const resolution = resolved[0].trimEnd().endsWith(':') && !/that:$/i.test(resolved[0].trimEnd()) ? after.replace(/^that\b[ \t]*/i, '') : after;
  return { mover, seconder, unanimously: !!(resolved[1] || resolved[2]), resolution };
}

/** A legacy RESOLVED head at the start of a line: `RESOLVED THAT:`, `And Resolved:`, `Unanimously resolved:`. */
export interface ResolvedHead {
  /** The length of the head as written, its punctuation included. */
  readonly length: number;
  /** The replacement: `RESOLVED:`, or `RESOLVED: That` keeping the "that" the wording leans on. */
  readonly replacement: string;
  readonly unanimously: boolean;
}

const RESOLVED_HEAD = /^(?:(and)[ \t]+)?(?:(unanimously)[ \t]+)?(resolved)(?:[ \t]+(unanimously))?(?:[ \t]+(that))?[ \t]*(:-?|[-\u2013\u2014](?![-\u2013\u2014])|(?=[ \t]))/i;

/**
 * Reads a legacy RESOLVED head that the lexer does not take as a keyword;
 * null for anything else. A bare `Resolved:` or `Resolved -` is the lexer's
 * (it reads those as RESOLVED), and `Resolved that the hall be let …` may
 * be narrative: without punctuation only `RESOLVED that` with RESOLVED in
 * capitals is a head.
 */
export function readResolvedHead(line: string): ResolvedHead | null {
  const m = RESOLVED_HEAD.exec(line);
  if (!m) return null;
  const [, and, before, resolved, after, that, punct] = m;
  if (!and && !before && !after && !that) return null;
  if (!punct && !(that && resolved === 'RESOLVED')) return null;
  const word = that ? ` ${that === 'THAT' ? 'That' : that}` : '';
  return { length: m[0].length, replacement: `RESOLVED:${word}`, unanimously: !!(before || after) };
}

/** True when the text is one sentence: no full stop, semicolon or question mark inside it followed by more words. */
export function isOneSentence(text: string): boolean {
  return !/[.;!?][ \t]+\S/.test(text);
}

/** The text with its first letter in capitals (`the report be noted` → `The report be noted`). */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
