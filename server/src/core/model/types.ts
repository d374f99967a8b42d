/**
 * The document model: what the minutes mean, as plain JSON data (every field
 * in docs/json-model.md). It is the one source for the outline, the preview and every export;
 * `minutes export --to json` prints it as is. Handles are stored without the
 * `@`; free text keeps inline markup (`**bold**`, `@handle`) as written, and
 * the renderers turn it into formatting and display names.
 */
import type { ActionStatus } from '../vocabulary';

/** 0-based first and last line of a construct. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

export interface PersonModel {
  readonly handle: string;
  readonly name: string;
  readonly role: string | null;
}

export interface AttendanceEntryModel {
  readonly name: string;
  readonly handle?: string;
  readonly note?: string;
}

export interface AttendanceModel {
  readonly present: readonly AttendanceEntryModel[];
  readonly apologies: readonly AttendanceEntryModel[];
  readonly absent: readonly AttendanceEntryModel[];
  readonly inAttendance: readonly AttendanceEntryModel[];
}

export interface DeclarationModel {
  /** The handle without `@`, or the name as written. */
  readonly person: string;
  readonly item: string | null;
  readonly text: string;
}

export interface ResolutionModel {
  /** As councils cite it: `48(2)`, `79/21(b)`, `5.2(1)`. */
  readonly id: string;
  readonly text: string;
  readonly line: number;
}

export type VoteOutcome = 'carried' | 'lost';

/** A person named in a v2 list (a recorded vote, the members present at an item): display name, handle without `@`. */
export interface NameRef {
  readonly name: string;
  readonly handle?: string;
}

/** A recorded (named) vote: the FOR:/AGAINST:/ABSTAIN: lines indented under a VOTE, in order. */
export interface RecordedVoteModel {
  readonly for: readonly NameRef[];
  readonly against: readonly NameRef[];
  readonly abstain: readonly NameRef[];
}

/** Which question a VOTE decides: a motion, an amendment, or (null) the item as in v1. */
export type VoteOn = 'motion' | 'amendment' | null;

export interface VoteModel {
  readonly for: number | null;
  readonly against: number | null;
  readonly abstain: number | null;
  readonly unanimous: boolean;
  readonly nemCon: boolean;
  readonly outcome: VoteOutcome | null;
  readonly text: string;
  readonly line: number;
  /** What the vote decides: the motion or amendment right before it, or null for an item vote. */
  readonly on: VoteOn;
  /** 1-based number (within the item) of the motion decided, or of the amendment's motion; null for an item vote. */
  readonly motion: number | null;
  /** 1-based number of the amendment decided, or null. Amendments are numbered within the item, across its motions. */
  readonly amendment: number | null;
  /** The names under a recorded vote, or null when none are recorded. */
  readonly recorded: RecordedVoteModel | null;
}

/** An amendment (or, with its amendments, a motion): its text, who moved and seconded it, the votes on it. */
export interface AmendmentModel {
  readonly text: string;
  /** Display names (a handle's PEOPLE name, or the name as written), or null when not given. */
  readonly mover: string | null;
  readonly seconder: string | null;
  readonly moverHandle: string | null;
  readonly seconderHandle: string | null;
  /** The head line ends ` — withdrawn`. */
  readonly withdrawn: boolean;
  /** 0-based indexes into the item's votes of the votes on it. */
  readonly votes: readonly number[];
  /** 0-based line of the MOTION:/AMENDMENT: keyword. */
  readonly line: number;
}

export interface MotionModel extends AmendmentModel {
  readonly amendments: readonly AmendmentModel[];
}

export type AttendanceChangeKind = 'arrived' | 'left' | 'returned';

/** An ARRIVED:/LEFT:/RETURNED: line: who joined or left the meeting there. */
export interface AttendanceChangeModel {
  readonly kind: AttendanceChangeKind;
  readonly name: string;
  readonly handle: string | null;
  readonly note: string | null;
  readonly line: number;
}

/** An ACTION's status: open, in progress, done or cancelled (the vocabulary's table). */
export type { ActionStatus };

export interface ActionModel {
  /** The owner as a reader sees it: handles replaced by display names. */
  readonly owner: string;
  readonly handles: readonly string[];
  readonly task: string | null;
  /** ISO date, or null when absent or not a real date (see dueText). */
  readonly due: string | null;
  /** The due segment as written after `due`, when there is one. */
  readonly dueText: string | null;
  readonly status: ActionStatus;
  readonly item: string | null;
  readonly line: number;
  /**
   * The meeting's date, the item number and the action's 1-based place among
   * that item's actions: `2024-03-12/5/1` (docs/json-model.md). Null when the
   * header has no real date.
   */
  readonly id: string | null;
  /**
   * The id of the action as first set, when a `from minute N` part names an
   * earlier action of this same file; null otherwise (an action of another
   * meeting is the series' to find: core/series).
   */
  readonly from: string | null;
}

/** A citation of a minute (`minute 48(2)`, `min. 5 of 12 March 2024`) in an item's text. */
export interface CitationModel {
  /** The citation as written. */
  readonly text: string;
  /**
   * The item number or resolution id cited, when this file holds it and the
   * citation names no other meeting; null otherwise.
   */
  readonly target: string | null;
  /** The meeting named after `of`, as an ISO date; null when none is named. */
  readonly meeting: string | null;
  /** 0-based lines and UTF-16 columns. */
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
}

export interface RiskModel {
  readonly risk: string;
  readonly description: string;
  readonly mitigation: string;
  readonly rating: string;
  readonly item: string | null;
  /** Further columns, under their header names. */
  readonly extra: Readonly<Record<string, string>>;
  readonly line: number;
}

/** Ordered content of an item, for the renderers. */
export type ContentBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly line: number }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly entries: readonly ListEntryModel[]; readonly line: number }
  | TableContent
  | KeywordContent;

export interface ListEntryModel {
  readonly marker: string;
  readonly text: string;
  readonly line: number;
  /**
   * How far the entry is nested under the entries before it (1 under a
   * top-level entry, 2 under that), read from indentation as resolution ids
   * are; left out at the top level. The entries stay one flat list in source
   * order, so a reader that ignores nesting still has every entry.
   */
  readonly depth?: number;
}

/** A column's alignment, from the colons of a pipe table's `|:---|---:|:---:|` row. */
export type ColumnAlign = 'left' | 'right' | 'center' | null;

export interface TableContent {
  readonly kind: 'table';
  readonly rows: readonly (readonly string[])[];
  readonly header: boolean;
  /** Per column, when the separator row aligns any column; left out otherwise. */
  readonly align?: readonly ColumnAlign[];
  readonly line: number;
}

/** A keyword block in reading order, with what the model made of it. */
export interface KeywordContent {
  readonly kind: 'keyword';
  readonly keyword: string;
  readonly text: string | null;
  readonly body: readonly ContentBlock[];
  readonly resolutions?: readonly ResolutionModel[];
  readonly vote?: VoteModel;
  readonly action?: ActionModel;
  readonly risks?: readonly RiskModel[];
  /** On a MOTION or AMENDMENT block: its numbers, mover, seconder and whether it was withdrawn. */
  readonly motion?: KeywordMotion;
  /** On an ARRIVED, LEFT or RETURNED line: a change per person it names (usually one). */
  readonly changes?: readonly AttendanceChangeModel[];
  readonly line: number;
}

/**
 * What a renderer needs at a MOTION or AMENDMENT block: `number` is the
 * motion's 1-based number in the item (for an amendment, its motion's; null
 * for an amendment with no motion before it), `amendment` the amendment's
 * number in the item (null for a motion).
 */
export interface KeywordMotion {
  readonly number: number | null;
  readonly amendment: number | null;
  readonly mover: string | null;
  readonly seconder: string | null;
  readonly withdrawn: boolean;
}

export interface ItemModel {
  readonly number: string | null;
  readonly title: string;
  readonly exempt: number | null;
  readonly urgent: string | null;
  readonly report: string | null;
  readonly contact: string | null;
  readonly documents: readonly string[];
  readonly recommended: readonly string[];
  readonly resolutions: readonly ResolutionModel[];
  readonly noted: string | null;
  readonly votes: readonly VoteModel[];
  readonly actions: readonly ActionModel[];
  readonly risks: readonly RiskModel[];
  /** The item's motions in order, each with its amendments. */
  readonly motions: readonly MotionModel[];
  /** The members present when the item started (after the attendance lines that open it). */
  readonly present: readonly NameRef[];
  /** ARRIVED/LEFT/RETURNED lines of the item, in order. */
  readonly attendanceChanges: readonly AttendanceChangeModel[];
  readonly reasons: string | null;
  readonly alternatives: string | null;
  /** The citations of other minutes in the item's own text (not its sub-items'), in order; not in comments. */
  readonly citations: readonly CitationModel[];
  readonly items: readonly ItemModel[];
  readonly content: readonly ContentBlock[];
  readonly range: LineRange;
  /** Set on exempt items withheld from a public export. */
  readonly withheld?: true;
}

export type MetaValue = string | number | boolean | null;

export interface MinutesModel {
  readonly schema: 'minutes/2';
  /** The header keys camel-cased, plus `closed` (HH:MM or null), `executive` (boolean) and `contact` (text or null). */
  readonly meta: Readonly<Record<string, MetaValue>>;
  readonly people: readonly PersonModel[];
  readonly attendance: AttendanceModel;
  readonly declarations: readonly DeclarationModel[];
  /** Blocks before the first item (a report's summary, say). */
  readonly preamble: readonly ContentBlock[];
  readonly items: readonly ItemModel[];
  readonly actions: readonly ActionModel[];
  readonly risks: readonly RiskModel[];
}
