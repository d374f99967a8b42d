/**
 * The shape of a file's summary: the small, serialisable record of one
 * `.minutes` file that every cross-file question of the series is answered
 * from (docs/language.md, the series). A language server or a lint cache can
 * keep thousands of these instead of whole analyses. Lines are 0-based, as in
 * the document model; the registers turn them into 1-based lines.
 */
import type { ActionStatus } from '../vocabulary';

/** 0-based line and UTF-16 column. */
export interface SummaryPosition {
  readonly line: number;
  readonly character: number;
}

/** A span of text: 0-based start and end (exclusive) positions. */
export interface SummaryRange {
  readonly start: SummaryPosition;
  readonly end: SummaryPosition;
}

/** An agenda item or sub-item, flattened in document order. */
export interface SummaryItem {
  /** The number as the model keeps it (`5`, `77/21`, `78/21(a)`), or null. */
  readonly number: string | null;
  readonly title: string;
  /** 1 for `#`, 2 for `##`. */
  readonly level: number;
  /** 0-based line of the heading, and of the item's last line. */
  readonly line: number;
  readonly endLine: number;
  /** The votes of the item, as the decision register prints them. */
  readonly votes: readonly SummaryVote[];
}

/** A VOTE line of an item. */
export interface SummaryVote {
  readonly for: number | null;
  readonly against: number | null;
  readonly abstain: number | null;
  readonly unanimous: boolean;
  readonly nemCon: boolean;
  readonly outcome: 'carried' | 'lost' | null;
  /** The VOTE line's text as written. */
  readonly text: string;
  readonly line: number;
}

/** A resolution, with the item it belongs to. */
export interface SummaryResolution {
  /** `48(2)`, `79/21(b)`. */
  readonly id: string;
  /** The number of the item it belongs to. */
  readonly item: string | null;
  readonly text: string;
  readonly line: number;
}

/** The `from minute N [of DATE]` part of an action line. */
export interface SummaryFromPart {
  /** The part as written: `from minute 5 of 2024-03-12`. */
  readonly text: string;
  /** The item number it names. */
  readonly number: string;
  /** The meeting it names (ISO), or null. */
  readonly meeting: string | null;
  readonly range: SummaryRange;
}

/** An ACTION line, as the series matches it with the lines of other meetings. */
export interface SummaryAction {
  /** `2024-03-12/5/1`, or null when the file has no date. */
  readonly id: string | null;
  /** The owner as the model prints it (handles replaced by display names). */
  readonly owner: string;
  /** The owner segment as written, for matching owners without handles. */
  readonly ownerText: string;
  readonly handles: readonly string[];
  /** The task without its `from minute` part. */
  readonly task: string | null;
  readonly due: string | null;
  readonly status: ActionStatus;
  /** Whether the line wrote a status word (a report without one is `open`). */
  readonly statusWritten: boolean;
  readonly item: string | null;
  /** 1-based place among its item's actions. */
  readonly index: number;
  readonly line: number;
  readonly from: SummaryFromPart | null;
}

/** A citation in the text of an item (`minute 48(2)`, `min. 5 of 12 March 2024`). */
export interface SummaryCitation {
  readonly text: string;
  /** The item number or resolution id cited. */
  readonly number: string;
  /** The meeting named, ISO, or null. */
  readonly meeting: string | null;
  /** The number of the item the citation is written in (null before the first item). */
  readonly item: string | null;
  readonly range: SummaryRange;
  /** True when it is the `from minute` part of an ACTION line. */
  readonly inAction: boolean;
}

/** A resolution approving earlier minutes (docs/language.md, approving the previous minutes). */
export interface SummaryApproval {
  readonly item: string | null;
  /** The resolution's id and 0-based line. */
  readonly resolution: string;
  readonly line: number;
  /** The meeting date the text names (ISO), or null when it says "the previous meeting". */
  readonly meeting: string | null;
  /** Where the date is written, to point a warning at it; null without a date. */
  readonly dateRange: SummaryRange | null;
}

/** A person in an attendance list: display name, handle without `@`. */
export interface SummaryPerson {
  readonly name: string;
  readonly handle?: string;
}

/** The four attendance lists of the header. */
export interface SummaryAttendance {
  readonly present: readonly SummaryPerson[];
  readonly apologies: readonly SummaryPerson[];
  readonly absent: readonly SummaryPerson[];
  readonly inAttendance: readonly SummaryPerson[];
}

/** Where a header key is written (0-based line) and its value's columns. */
export interface SummaryHeaderKey {
  readonly line: number;
  readonly value: string;
  readonly valueRange: SummaryRange;
}

/** Everything the series needs to know about one file. JSON-safe. */
export interface FileSummary {
  readonly schema: 'minutes-summary/1';
  /** The path the caller names the file by (the CLI: relative to the working folder, with `/`). */
  readonly file: string;
  readonly type: 'minutes' | 'report';
  readonly authority: string | null;
  readonly committee: string | null;
  /** The header date when it is a real ISO date, else null (such a file is left out of its series). */
  readonly date: string | null;
  /** The start time `HH:MM` (of `HH:MM-HH:MM` too), or null. */
  readonly time: string | null;
  readonly status: string | null;
  readonly approvedOn: string | null;
  /** The header's keys (lower case, as written) with their lines; empty without a header. */
  readonly header: Readonly<Record<string, SummaryHeaderKey>>;
  /** 0-based line of the header's closing `---`, or null (no header, or not closed). */
  readonly headerEnd: number | null;
  readonly items: readonly SummaryItem[];
  readonly resolutions: readonly SummaryResolution[];
  readonly actions: readonly SummaryAction[];
  readonly citations: readonly SummaryCitation[];
  readonly approvals: readonly SummaryApproval[];
  readonly attendance: SummaryAttendance;
  /** Display names of the declared people, by handle. */
  readonly people: Readonly<Record<string, string>>;
}
