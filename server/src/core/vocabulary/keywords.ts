/**
 * The block keywords: every word that opens a keyword line (`RESOLVED:`),
 * with what the lexer, completion and the exports need to know about it,
 * in one table. The lexer builds one token per row; completion offers the
 * rows in this order; the exports print each row's label.
 *
 * A new keyword is one new row: the `Keyword` type, the lexer's tokens and
 * the keyword list of completion follow from it, and the type checker then
 * asks for its hover text in features/keyword-docs.ts.
 */

/**
 * How a keyword line takes the lines under it: `one-line` keywords take
 * exactly their own line, `wrapping` ones may run on onto indented
 * continuation lines, and `body` keywords are followed by a body of lines,
 * lists or a table.
 */
export type KeywordLineKind = 'one-line' | 'wrapping' | 'body';

/** One row of the keyword table. */
export interface KeywordWord {
  /** The canonical spelling, without the colon (`IN ATTENDANCE`). */
  readonly word: string;
  /** How the keyword's line takes the lines under it. */
  readonly line: KeywordLineKind;
  /** True when the keyword belongs before the first agenda item (PEOPLE, the attendance lists, DECLARATIONS). */
  readonly preamble: boolean;
  /** The label the exports print for the keyword (`Urgent business`); RESOLVED and NOTED stay in capitals, as councils print them. */
  readonly label: string;
  /**
   * Old spellings pasted from Word, as a regular expression source tried
   * before the canonical `WORD:` (see LEGACY_FORMS below).
   */
  readonly legacy?: string;
  /** True when completion should ask again after inserting the keyword (it has values to offer). */
  readonly retrigger?: boolean;
}

/**
 * Legacy spellings that clerks paste from Word, recognised so that the block
 * still means what the clerk meant; the keyword-form rule offers the canonical
 * spelling. Kept deliberately narrow: a narrative line that merely starts with
 * "Resolved" and no punctuation stays narrative. `RESOLVED:-` (a colon and a
 * dash, as many councils print it) is legacy too; it is tried before the
 * canonical head, which would otherwise take its colon and leave the dash at
 * the start of the resolution.
 */
const LEGACY_FORMS = {
  RESOLVED:
    '(?:Resolved|RESOLVED):[ \\t]*[-\u2013\u2014](?![-\u2013\u2014])|It was (?:unanimously )?(?:resolved|RESOLVED|Resolved) that:?|(?:Resolved|RESOLVED)[ \\t]*[-\u2013\u2014:](?![-\u2013\u2014])',
  RECOMMENDED:
    '(?:Recommended|RECOMMENDED):[ \\t]*[-\u2013\u2014](?![-\u2013\u2014])|(?:Recommended|RECOMMENDED)[ \\t]*[-\u2013\u2014:](?![-\u2013\u2014])',
  MINUTES: 'Minutes:',
} as const;

/** The table itself, read for its types; the rest of the core reads KEYWORDS. */
const TABLE = [
  { word: 'PEOPLE', line: 'body', preamble: true, label: 'People' },
  { word: 'PRESENT', line: 'wrapping', preamble: true, label: 'Present' },
  { word: 'APOLOGIES', line: 'wrapping', preamble: true, label: 'Apologies' },
  { word: 'ABSENT', line: 'wrapping', preamble: true, label: 'Absent' },
  { word: 'IN ATTENDANCE', line: 'wrapping', preamble: true, label: 'In attendance' },
  { word: 'DECLARATIONS', line: 'body', preamble: true, label: 'Declarations' },
  { word: 'REPORT', line: 'one-line', preamble: false, label: 'Report' },
  { word: 'CONTACT', line: 'wrapping', preamble: false, label: 'Contact' },
  { word: 'EXEMPT', line: 'one-line', preamble: false, label: 'Exempt', retrigger: true },
  { word: 'URGENT', line: 'one-line', preamble: false, label: 'Urgent business' },
  { word: 'DOCUMENTS', line: 'wrapping', preamble: false, label: 'Documents' },
  { word: 'RECOMMENDED', line: 'body', preamble: false, label: 'Recommended', legacy: LEGACY_FORMS.RECOMMENDED },
  { word: 'MINUTES', line: 'one-line', preamble: false, label: 'Minutes', legacy: LEGACY_FORMS.MINUTES },
  // A motion put to the meeting and an amendment to it (docs/language.md#motions-and-amendments): blocks
  // like RESOLVED whose keyword line may name the mover and seconder; completion offers the people after it.
  { word: 'MOTION', line: 'body', preamble: false, label: 'Motion', retrigger: true },
  { word: 'AMENDMENT', line: 'body', preamble: false, label: 'Amendment', retrigger: true },
  { word: 'RESOLVED', line: 'body', preamble: false, label: 'RESOLVED', legacy: LEGACY_FORMS.RESOLVED },
  { word: 'NOTED', line: 'body', preamble: false, label: 'NOTED' },
  // An executive decision's record (docs/language.md#executive-decisions): blocks like NOTED.
  { word: 'REASONS', line: 'body', preamble: false, label: 'Reasons for the decision' },
  { word: 'ALTERNATIVES', line: 'body', preamble: false, label: 'Alternatives considered and rejected' },
  { word: 'VOTE', line: 'one-line', preamble: false, label: 'Vote', retrigger: true },
  { word: 'ACTION', line: 'one-line', preamble: false, label: 'Action', retrigger: true },
  { word: 'RISKS', line: 'body', preamble: false, label: 'Risks' },
  // Who joins or leaves during the meeting (docs/language.md#arrivals-and-departures): one line each,
  // in an item or before the first one; completion offers the people after the colon.
  { word: 'ARRIVED', line: 'one-line', preamble: false, label: 'Arrived', retrigger: true },
  { word: 'LEFT', line: 'one-line', preamble: false, label: 'Left', retrigger: true },
  { word: 'RETURNED', line: 'one-line', preamble: false, label: 'Returned', retrigger: true },
  // The time the meeting ended, after the last item (docs/language.md#the-end-of-the-meeting).
  { word: 'CLOSED', line: 'one-line', preamble: false, label: 'Closed' },
] as const satisfies readonly KeywordWord[];

/** Every block keyword, in its canonical spelling without the colon. */
export type Keyword = (typeof TABLE)[number]['word'];

/**
 * Every block keyword, in the order a clerk meets them (and the lexer tries
 * them: no keyword's spelling is the start of another's, so the order only
 * decides how completion lists them).
 */
export const KEYWORDS: readonly (KeywordWord & { readonly word: Keyword })[] = TABLE;

/** The canonical keywords, in the table's order. */
export const KEYWORD_WORDS: readonly Keyword[] = KEYWORDS.map((k) => k.word);

const BY_WORD: ReadonlyMap<string, (typeof KEYWORDS)[number]> = new Map(KEYWORDS.map((k) => [k.word, k]));

/** The table row of a keyword. */
export function keywordWord(keyword: Keyword): (typeof KEYWORDS)[number] {
  return BY_WORD.get(keyword)!;
}

/** True for a canonical keyword (`IN ATTENDANCE`), false for anything else (`In attendance`, `MOTION`). */
export function isKeyword(word: string): word is Keyword {
  return BY_WORD.has(word);
}

/** The keywords that belong before the first agenda item, in the table's order. */
export const PREAMBLE_KEYWORDS: readonly Keyword[] = KEYWORDS.filter((k) => k.preamble).map((k) => k.word);
