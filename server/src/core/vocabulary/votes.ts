/**
 * The labels of a recorded (named) vote: the `FOR:`, `AGAINST:` and
 * `ABSTAIN:` lines indented under a VOTE that name how each member voted
 * (docs/language.md#recorded-votes). Clerks print them in any case and with
 * the words of their own standing orders, `In favour:`, `Abstentions:`; a
 * row holds the side a label records, the canonical label and every word
 * read as it. The lexer's token for such a line, the tree's reading of it,
 * completion, hover and semantic tokens all read this table.
 */

/** The three sides of a vote, as the model names them (`recorded.for`, `recorded.against`, `recorded.abstain`). */
export type VoteSide = 'for' | 'against' | 'abstain';

/** One row of the table. */
export interface VoteLabelWord {
  readonly side: VoteSide;
  /** The canonical label, without the colon, as completion offers it. */
  readonly label: string;
  /** Every spelling read as this side (any case; a space may be any run of spaces or tabs). */
  readonly words: readonly string[];
  /** What the label means, for hover and completion. */
  readonly doc: string;
}

export const VOTE_LABELS: readonly VoteLabelWord[] = [
  {
    side: 'for',
    label: 'FOR',
    words: ['for', 'in favour', 'in favor', 'voting for', 'votes for'],
    doc: 'The members who voted for, comma-separated handles or names.',
  },
  {
    side: 'against',
    label: 'AGAINST',
    words: ['against', 'voting against', 'votes against'],
    doc: 'The members who voted against, comma-separated handles or names.',
  },
  {
    side: 'abstain',
    label: 'ABSTAIN',
    words: ['abstain', 'abstained', 'abstaining', 'abstention', 'abstentions'],
    doc: 'The members who abstained, comma-separated handles or names.',
  },
];

/** The words of every label, longest first, as one regular expression source (no anchors, no flags; match it case-insensitively). */
export const VOTE_LABEL_SOURCE: string = VOTE_LABELS.flatMap((l) => l.words)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[ \\t]+'))
  .join('|');

/**
 * A label and its colon at the start of a text (after any indentation):
 * `FOR:`, `In favour:`, `Against (2):` with the count a clerk sometimes
 * adds in brackets. The white space runs are each taken whole, so no run can
 * be split two ways.
 */
const LABEL = new RegExp(`^[ \\t\\u00A0]*(${VOTE_LABEL_SOURCE})(?![A-Za-z])[ \\t]*(?:\\(\\d+\\)[ \\t]*)?:`, 'i');

const BY_WORD: ReadonlyMap<string, VoteLabelWord> = new Map(VOTE_LABELS.flatMap((l) => l.words.map((w) => [w, l] as const)));

/**
 * The label a line starts with: its side, where the label word starts and
 * how long the head (indentation, word, colon) is; null when the line does
 * not start with a vote label.
 */
export function voteLabelOf(text: string): { readonly side: VoteSide; readonly start: number; readonly word: string; readonly length: number } | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const row = BY_WORD.get(m[1].toLowerCase().replace(/[ \t]+/g, ' '));
  if (!row) return null;
  return { side: row.side, start: m[0].indexOf(m[1]), word: m[1], length: m[0].length };
}
