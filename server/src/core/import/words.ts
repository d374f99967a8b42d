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

/** A dropped piece of the source, or words changed. */
export interface WordEdit {
  readonly from: string;
  readonly to: string;
}

/**
 * The source's words after the edits: each edit's `from` words are found
 * in order from where the last edit was found and replaced by its `to`
 * words. Returns the edit that could not be found, if any: the report
 * named words that are not there.
 */
export function applyWordEdits(source: readonly string[], edits: readonly WordEdit[]): { words: string[]; missing: WordEdit | null } {
  const words = [...source];
  let from = 0;
  for (const e of edits) {
    const want = wordsOf(e.from);
    if (!want.length) continue;
    const at = findRun(words, want, from) ?? findRun(words, want, 0);
    if (at === null) return { words, missing: e };
    const put = wordsOf(e.to);
    words.splice(at, want.length, ...put);
    from = at + put.length;
  }
  return { words, missing: null };
}

function findRun(words: readonly string[], want: readonly string[], from: number): number | null {
  outer: for (let i = from; i + want.length <= words.length; i++) {
    for (let k = 0; k < want.length; k++) if (words[i + k] !== want[k]) continue outer;
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
