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

export interface VoteModel {
  readonly for: number | null;
  readonly against: number | null;
  readonly abstain: number | null;
  readonly unanimous: boolean;
  readonly nemCon: boolean;
  readonly outcome: VoteOutcome | null;
  readonly text: string;
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
  readonly line: number;
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
  readonly items: readonly ItemModel[];
  readonly content: readonly ContentBlock[];
  readonly range: LineRange;
  /** Set on exempt items withheld from a public export. */
  readonly withheld?: true;
}

export interface MinutesModel {
  readonly schema: 'minutes/1';
  readonly meta: Readonly<Record<string, string | number>>;
  readonly people: readonly PersonModel[];
  readonly attendance: AttendanceModel;
  readonly declarations: readonly DeclarationModel[];
  /** Blocks before the first item (a report's summary, say). */
  readonly preamble: readonly ContentBlock[];
  readonly items: readonly ItemModel[];
  readonly actions: readonly ActionModel[];
  readonly risks: readonly RiskModel[];
}
