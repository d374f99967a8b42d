/**
 * List markers (docs/language.md#lists): the numbers, letters and roman
 * numerals that open a numbered entry, and the bullets. The lexer's list
 * line, the tree's marker split and completion's declaration entry are all
 * built from these, so a line the lexer takes as a list entry is always one
 * the tree can split.
 */

/** The bullets: a hyphen, an asterisk, a bullet and a middle dot. */
export const BULLETS: readonly string[] = ['-', '*', '\u2022', '\u00B7'];

/** The bullets as a character class (the hyphen escaped, so it stays literal wherever it lands). */
export const BULLET_CLASS = `[${BULLETS.map((b) => (b === '-' ? '\\-' : b)).join('')}]`;

/**
 * A numbered marker: `1.` `1)` `(1)` `a)` `(a)` `a.` `(i)` `ii.` `3.1.` `3.1`.
 * Numbers stop at three digits so that a line opening with a year stays
 * text; roman numerals of two to six letters (a lone i, v or x is a letter
 * until its list shows it counts in roman numerals). A roman numeral with a
 * dot, `ii.` `xiv.`, must be a well-formed one up to 39 (`xxxix.`), so that a
 * line opening with a word such as `civic.` or `mill.` stays text.
 */
const NUMBERED =
  /\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{2,6})\)|\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+|[a-z]\.|(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3})\./.source;

/**
 * Any list marker, numbered or bullet, as a pattern source without anchors
 * or groups that capture: the caller adds what may come before and after
 * (a marker is followed by white space or the end of the line).
 */
export const LIST_MARKER_SOURCE = `${NUMBERED}|${BULLET_CLASS}`;

const BULLET = new RegExp(`^${BULLET_CLASS}$`);

/** True for a bullet marker (`-` `*` `•` `·`), as opposed to a number or letter. */
export function isBulletMarker(marker: string): boolean {
  return BULLET.test(marker);
}
