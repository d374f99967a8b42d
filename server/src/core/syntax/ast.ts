/**
 * The syntax tree of a `.minutes` file: plain readonly data with source spans.
 *
 * The tree says what the clerk wrote and where, never what it means: a date is
 * kept as the text typed, a handle is not resolved, an ACTION is split into
 * its segments but no segment is yet called "owner" or "due". Meaning lives in
 * the model (../model) and judgement in the rules (../validate).
 */
import type { Keyword, VoteSide } from '../vocabulary';

/** Half-open range of UTF-16 offsets into the source text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A piece of source text with the exact span it came from. */
export interface TextPiece {
  readonly text: string;
  readonly span: Span;
}

/** One `key: value` line of the front matter. */
export interface HeaderEntry {
  readonly key: TextPiece;
  readonly value: TextPiece;
  readonly span: Span;
}

/** The front matter between the first two `---` lines. */
export interface HeaderNode {
  readonly kind: 'header';
  readonly entries: readonly HeaderEntry[];
  /** Lines inside the fences that are not `key: value`. */
  readonly invalidLines: readonly TextPiece[];
  readonly closed: boolean;
  readonly span: Span;
}

/** Every block keyword, in its canonical spelling without the colon (the vocabulary's table). */
export type { Keyword };

/** The style of a list marker, used to number resolutions and to check sequences. */
export type MarkerStyle =
  | 'decimal' // 1.  1)  (1)
  | 'multilevel' // 3.1.  3.1
  | 'lower-alpha' // a)  (a)  a.
  | 'upper-alpha' // A)  (A)
  | 'lower-roman' // (i)  ii)
  | 'bullet'; // - * • ·

/** One entry of a list: its marker and its text over one or more lines. */
export interface ListEntry {
  readonly marker: TextPiece;
  readonly style: MarkerStyle;
  /** The marker's own value: "1", "b", "iv", "3.1"; empty for bullets. */
  readonly value: string;
  readonly indent: number;
  readonly lines: readonly TextPiece[];
  readonly span: Span;
}

export interface ParagraphNode {
  readonly kind: 'paragraph';
  readonly lines: readonly TextPiece[];
  readonly span: Span;
}

export interface ListNode {
  readonly kind: 'list';
  readonly entries: readonly ListEntry[];
  readonly span: Span;
}

/** One cell of a pipe table; its text is trimmed, its span covers the trimmed text. */
export interface TableCell {
  readonly text: string;
  readonly span: Span;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** A `|---|---|` row. */
  readonly separator: boolean;
  readonly span: Span;
}

export interface TableNode {
  readonly kind: 'table';
  readonly rows: readonly TableRow[];
  readonly span: Span;
}

/** A clerk's `// comment`: kept in the tree, left out of the model. */
export interface CommentNode {
  readonly kind: 'comment';
  readonly text: TextPiece;
  readonly span: Span;
}

/** A person declared in PEOPLE: `@handle  Display Name — Role`. */
export interface PersonDeclNode {
  readonly handle: TextPiece; // without the "@"; span covers the "@" too
  readonly name: TextPiece;
  readonly role: TextPiece | null;
  readonly span: Span;
}

/** One comma-separated entry of an attendance list. */
export interface AttendanceEntryNode {
  readonly handle: TextPiece | null; // without the "@"
  readonly name: TextPiece; // the handle text or the plain name as written
  readonly note: TextPiece | null; // inside the parentheses
  readonly span: Span;
}

/** One `- @person (item 3): text` line of DECLARATIONS. */
export interface DeclarationEntryNode {
  readonly person: TextPiece; // "@jabar" or a plain name, as written
  readonly item: TextPiece | null; // "3"
  readonly text: TextPiece;
  readonly span: Span;
}

/** An ACTION line split on its ` — `, ` – ` or ` -- ` separators. */
export interface ActionSegmentsNode {
  readonly segments: readonly TextPiece[];
  /** The separators as written, for the formatter. */
  readonly separators: readonly TextPiece[];
}

/**
 * The keyword line of a MOTION or AMENDMENT: `moved by @a, seconded by @b
 * — withdrawn`, each part optional. Names are read as attendance entries
 * (handle, or name as written, and a note).
 */
export interface MotionHeadNode {
  readonly mover: AttendanceEntryNode | null;
  readonly seconder: AttendanceEntryNode | null;
  /** The word `withdrawn` of a final ` — withdrawn`. */
  readonly withdrawn: TextPiece | null;
  /** Whatever else the keyword line says: the motion's first words, or null. */
  readonly text: TextPiece | null;
}

/** A line of a recorded vote, indented under its VOTE: `FOR: @ali, @benn`, wrapped lines included. */
export interface VoteLineNode {
  readonly side: VoteSide;
  /** The label as written, without its colon (`FOR`, `In favour`). */
  readonly label: TextPiece;
  readonly names: readonly AttendanceEntryNode[];
  readonly span: Span;
}

/**
 * A block that starts with a keyword line. `inline` is the rest of the
 * keyword's line; `body` the blocks that follow it and belong to it.
 */
export interface KeywordBlockNode {
  readonly kind: 'keyword';
  readonly keyword: Keyword;
  /** The keyword as written, with its colon or legacy punctuation. */
  readonly keywordText: TextPiece;
  /** True when written in a legacy form (`Resolved -`, `Minutes:`). */
  readonly legacy: boolean;
  readonly inline: TextPiece | null;
  readonly body: readonly BodyBlock[];
  readonly people?: readonly PersonDeclNode[];
  readonly attendance?: readonly AttendanceEntryNode[];
  readonly declarations?: readonly DeclarationEntryNode[];
  /** On ARRIVED, LEFT and RETURNED: who joins or leaves, as an attendance list reads them (usually one). */
  readonly changes?: readonly AttendanceEntryNode[];
  readonly action?: ActionSegmentsNode;
  /** On MOTION and AMENDMENT: the parts of the keyword line. */
  readonly motion?: MotionHeadNode;
  /** On a VOTE with FOR:/AGAINST:/ABSTAIN: lines indented under it: those lines, in order. */
  readonly voteLines?: readonly VoteLineNode[];
  readonly span: Span;
}

export type BodyBlock = ParagraphNode | ListNode | TableNode | CommentNode;
export type Block = BodyBlock | KeywordBlockNode;

/** An agenda item heading and everything up to the next heading of its level or above. */
export interface ItemNode {
  readonly kind: 'item';
  readonly level: number; // 1 for `#`, 2 for `##`, ...
  readonly marker: TextPiece; // "#", "##"
  readonly number: TextPiece | null; // as written, trailing dot included
  readonly title: TextPiece;
  readonly headingSpan: Span;
  readonly blocks: readonly Block[];
  readonly children: readonly ItemNode[];
  readonly span: Span;
}

/** A problem found while parsing: a line the grammar could not place. */
export interface SyntaxProblem {
  readonly message: string;
  readonly span: Span;
}

export interface DocumentNode {
  readonly kind: 'document';
  readonly header: HeaderNode | null;
  /** Blocks before the first item heading (people, attendance, declarations, ...). */
  readonly preamble: readonly Block[];
  readonly items: readonly ItemNode[];
  /** Every comment in source order, wherever it stands. */
  readonly comments: readonly CommentNode[];
  readonly span: Span;
}

/**
 * A node while a builder fills it in: writable, its arrays writable. Only the
 * builders (to-ast.ts, nest-items.ts) use it; the tree they hand out is the
 * readonly one above.
 */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
