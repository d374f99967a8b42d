/**
 * What every reader hands the importer: the source as a list of blocks, one
 * per paragraph, list entry, heading or table, each with the place it came
 * from. The text reader makes one from each line of a text copy, the HTML
 * reader one from each block element, the Word reader one from each
 * paragraph (its automatic number written back in front of its text). The
 * recogniser reads only these, so every format is recognised alike.
 */

/** A paragraph-level piece of the source. */
export interface TextBlock {
  readonly kind: 'text';
  /** The text on one line, white space collapsed; a list entry keeps its marker in front (`(a) That ...`). */
  readonly text: string;
  /** Where it came from: a 1-based line (text, HTML) or paragraph number (Word). */
  readonly at: number;
  /** Set when the source marks it as a heading (`<h2>`, Word's Heading 1), with its level. */
  readonly heading?: number;
  /** Set for an entry of a source list (`<li>`) nested this deep (0 at the top). */
  readonly depth?: number;
  /** Set when a blank line comes before it in a text copy (a list does not run on across it into a new numbering). */
  readonly gap?: boolean;
  /** A class or style name that says what the block is (`mgSubItemTitleTxt`, `Heading 1`), for the recogniser's hints. */
  readonly hint?: string;
}

/** A table: rows of cell texts. */
export interface TableBlock {
  readonly kind: 'table';
  readonly rows: readonly (readonly string[])[];
  readonly at: number;
}

export type SourceBlock = TextBlock | TableBlock;

/** What a reader returns: the blocks, and what it left out as it read (scripts are not minutes text and are not listed). */
export interface ReadResult {
  readonly blocks: readonly SourceBlock[];
  /** Header values the page gives in its own fields (ModernGov's meeting line, our own export's header). */
  readonly meta?: Readonly<Record<string, string>>;
  /** Page furniture the reader dropped itself (navigation, icons), with where it was. */
  readonly dropped?: readonly { readonly at: number; readonly text: string; readonly reason: string }[];
  /** Set when the source is already in the language (our own HTML export): the body's lines, written as they are. */
  readonly minutes?: readonly string[];
  /** Set when the reading is best effort (text from a PDF), with why. */
  readonly bestEffort?: string;
}

/** Collapses runs of white space (no-break spaces and tabs too) to one space and trims. */
export function clean(text: string): string {
  return text.replace(/[\s\u00A0\u2007\u202F\u200B\uFEFF]+/g, ' ').trim();
}
