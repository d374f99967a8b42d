/**
 * Reading a VOTE line: `for 7, against 2, abstain 1 — carried`, `unanimous`,
 * `nem. con.`. Loose by design; the vote-invalid rule judges the result.
 *
 * Clerks print the counts both ways round, `For: 7, Against: 2,
 * Abstentions: 1` and `7 for, 2 against, 1 abstention`, and say `in favour`
 * as often as `for`; some mix the two (`for 7, against 2, 1 abstention`).
 * Where commas or semicolons part the counts, each part is read on its own
 * and its own first number decides its order. Within one part the order is
 * taken from the part's first number (`7 for` or `for 7`), so that
 * `for 7 against 2` is never read as "7 against".
 */
import type { VoteModel, VoteOutcome } from './types';

export type VoteCount = 'for' | 'against' | 'abstain';

const WORDS: Readonly<Record<VoteCount, string>> = {
  for: '(?:for|in[ \\t]+favou?r)',
  against: 'against',
  abstain: 'abst(?:ain(?:ed|ing|s)?|entions?)',
};

// Built once: number-first (`7 for`, `7 votes for`) and word-first (`for 7`,
// `For: 7`). A number-first match starts only where a run of digits starts,
// and the space around a colon is one run then an optional `:` and its own
// run: either pattern otherwise rescans a long run of digits or spaces from
// each of its characters (quadratic).
const NUMBER_FIRST = pattern((w) => `(?<!\\d)(\\d+)[ \\t]*(?:votes?[ \\t]+)?${w}\\b`);
const WORD_FIRST = pattern((w) => `\\b${w}[ \\t]*(?::[ \\t]*)?(\\d+)`);

const ANY_WORD = `(?:${WORDS.for}|${WORDS.against}|${WORDS.abstain})`;
const COUNT_THEN_WORD = new RegExp(`^\\d+[ \\t]*(?:votes?[ \\t]+)?${ANY_WORD}\\b`, 'i');
const A_WORD = new RegExp(`\\b${ANY_WORD}\\b`, 'i');

/**
 * Whether the line writes its counts number-first: its first number is
 * followed by a count's word and comes before any such word (`for 7 against
 * 2` has `7 against` in it, but starts with `for`).
 */
function numberFirst(text: string): boolean {
  const first = /\d/.exec(text);
  return !!first && !A_WORD.test(text.slice(0, first.index)) && COUNT_THEN_WORD.test(text.slice(first.index));
}

function pattern(shape: (word: string) => string): Readonly<Record<VoteCount, RegExp>> {
  return {
    for: new RegExp(shape(WORDS.for), 'i'),
    against: new RegExp(shape(WORDS.against), 'i'),
    abstain: new RegExp(shape(WORDS.abstain), 'i'),
  };
}

/** Where one count is written in a VOTE line (offset and length of the whole `for 7`), or null. */
export function findCount(text: string, which: VoteCount): { index: number; length: number; value: number } | null {
  return countIn(readParts(text), which);
}

/** One stretch of a line, with the patterns its order calls for. */
interface Part {
  readonly start: number;
  readonly piece: string;
  readonly shapes: Readonly<Record<VoteCount, RegExp>>;
}

/** The line's stretches, each sliced and its order decided once for all three counts. */
function readParts(text: string): Part[] {
  return parts(text).map((p) => {
    const piece = text.slice(p.start, p.end);
    return { start: p.start, piece, shapes: numberFirst(piece) ? NUMBER_FIRST : WORD_FIRST };
  });
}

function countIn(list: readonly Part[], which: VoteCount): { index: number; length: number; value: number } | null {
  for (const part of list) {
    const m = part.shapes[which].exec(part.piece);
    if (m) return { index: part.start + m.index, length: m[0].length, value: Number(m[1]) };
  }
  return null;
}

/** The stretches of a line between commas and semicolons, in order (the whole line when it has none). */
function parts(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || c === ',' || c === ';') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

export function parseVote(text: string, line: number): VoteModel {
  const list = readParts(text);
  const count = (which: VoteCount): number | null => countIn(list, which)?.value ?? null;
  const unanimous = /\bunanimous(ly)?\b/i.test(text);
  const nemCon = /\bnem\.?\s*con\.?/i.test(text);
  let outcome: VoteOutcome | null = null;
  // "not carried" must be read before "carried".
  if (/\b(lost|fell|defeated|not carried)\b/i.test(text)) outcome = 'lost';
  else if (/\bcarried\b/i.test(text)) outcome = 'carried';
  else if (unanimous || nemCon) outcome = 'carried';
  return {
    for: count('for'),
    against: count('against'),
    abstain: count('abstain'),
    unanimous,
    nemCon,
    outcome,
    text,
    line,
    // Which question it decides and its names are filled in by the item's reader (motions.ts).
    on: null,
    motion: null,
    amendment: null,
    recorded: null,
  };
}
