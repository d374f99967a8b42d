/**
 * The headings of a Markdown file and the anchors GitHub gives them, so that
 * a link or a source comment citing `docs/language.md#actions` can be checked
 * against the page it names, and a rule page can print the heading's words.
 *
 * GitHub's anchor for a heading: its text lower-cased, inline code kept
 * without the backticks, every character that is not a letter, a digit, a
 * space, a hyphen or an underscore dropped, and each space made a hyphen
 * (so `A — B` gives `a--b`). A second heading with the same anchor gets
 * `-1`, a third `-2`. Lines inside fenced code blocks are not headings: the
 * language reference shows many `# 1. Item` lines in its examples.
 */

/** One ATX heading of a Markdown text. */
export interface Heading {
  /** 1 for `#`, 2 for `##`, and so on. */
  readonly level: number;
  /** The heading as written, without the `#`s. */
  readonly text: string;
  /** The anchor GitHub links it by, without the `#`. */
  readonly anchor: string;
}

/** The anchor GitHub gives a heading's text (before any `-1` for a repeat). */
export function githubAnchor(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/** The headings of a Markdown text, in order, outside fenced code blocks. */
export function headingsOf(markdown: string): Heading[] {
  const out: Heading[] = [];
  const seen = new Map<string, number>();
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!m) continue;
    const base = githubAnchor(m[2]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({ level: m[1].length, text: m[2], anchor: n === 0 ? base : `${base}-${n}` });
  }
  return out;
}
