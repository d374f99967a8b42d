/**
 * A note in brackets at the end of an imported name (`Cllr Kim Lowe
 * (Chair)`), found by position rather than by a regular expression. The
 * pattern the importer used, /\s*\([^)]*\)$/, rescanned a run of white
 * space or of opening brackets from each of its characters, quadratic on
 * a long run; this reads the string from its end once.
 */

/**
 * The text without its closing note in brackets and the white space before
 * it, as `text.replace(/\s*\([^)]*\)\s*$/, '')` gives (or, with
 * `spaceAfter` false, `/\s*\([^)]*\)$/`): the note runs from the first `(`
 * after the last `)` but one. Text that does not end in such a note is
 * returned as it is.
 */
export function withoutTrailingNote(text: string, spaceAfter = false): string {
  const body = spaceAfter ? text.trimEnd() : text; // trimEnd strips what \s matches
  const close = body.length - 1;
  if (close < 0 || body[close] !== ')') return text;
  const open = close === 0 ? -1 : body.indexOf('(', body.lastIndexOf(')', close - 1) + 1);
  if (open < 0 || open > close) return text;
  return body.slice(0, open).trimEnd();
}
