/**
 * The importer's promise, checked: every word of the source's minutes text
 * is in the output, in order. Words are runs of letters
 * and digits, compared without case; punctuation and white space do not
 * count. The source's words are taken without the page furniture the
 * report lists as dropped and with the report's rewrites applied (each
 * names the words it changed); the output's are taken without its `//`
 * comments. The source's words must then be a subsequence of the output's:
 * the importer may add words (keywords, header keys, a `VOTE:` line), never
 * lose or reorder them.
 */

/** The words of a text, lower-cased, in order. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a `.minutes` text without its comment lines. */
export function outputWords(minutes: string): string[] {
  return wordsOf(
    minutes
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n'),
  );
}

/** A dropped piece of the source, or words changed, at a source line (or paragraph). */
export interface WordEdit {
  readonly at: number;
  readonly from: string;
  readonly to: string;
}

/** A word of the source and the line (or paragraph) it is on. */
export interface LocatedWord {
  readonly word: string;
  readonly at: number;
}

/** The located words of a text, one line at a time. */
export function lineWords(text: string): LocatedWord[] {
  return text.split(/\r\n|\r|\n/).flatMap((line, i) => wordsOf(line).map((word) => ({ word, at: i + 1 })));
}

/**
 * The source's words after the edits: each edit's `from` words are found
 * from the edit's own line (or paragraph) on, and replaced by its `to`
 * words. Returns the edit that could not be found there, if any: the
 * report named words that are not in the source where it says.
 */
export function applyWordEdits(source: readonly LocatedWord[], edits: readonly WordEdit[]): { words: string[]; missing: WordEdit | null } {
  let words: LocatedWord[] = [...source];
  for (const e of edits) {
    const want = wordsOf(e.from);
    if (!want.length) continue;
    const start = words.findIndex((w) => w.at >= e.at);
    const at = start === -1 ? null : findRun(words, want, start);
    if (at === null) return { words: words.map((w) => w.word), missing: e };
    const put = wordsOf(e.to).map((word) => ({ word, at: e.at }));
    words = words.slice(0, at).concat(put, words.slice(at + want.length));
  }
  return { words: words.map((w) => w.word), missing: null };
}

function findRun(words: readonly LocatedWord[], want: readonly string[], from: number): number | null {
  outer: for (let i = from; i + want.length <= words.length; i++) {
    for (let k = 0; k < want.length; k++) if (words[i + k].word !== want[k]) continue outer;
    return i;
  }
  return null;
}

/**
 * Checks that `expected` is a subsequence of `actual`. Returns null when it
 * is, or the first word not found with the words before it, for a message.
 */
export function missingWord(expected: readonly string[], actual: readonly string[]): { index: number; word: string; context: string } | null {
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    while (j < actual.length && actual[j] !== expected[i]) j++;
    if (j === actual.length) return { index: i, word: expected[i], context: expected.slice(Math.max(0, i - 6), i + 3).join(' ') };
    j++;
  }
  return null;
}
