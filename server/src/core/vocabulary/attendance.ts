/**
 * The attendance lists (docs/language.md#who-was-there): the keyword that
 * opens each, the field of the model's `attendance` that holds it, the label
 * the exports and the outline print, and how hover says a person is on it.
 * Also the words a clerk writes for a list with nobody on it.
 *
 * A new list is one new row, plus its field in model/types.ts.
 */
import type { Keyword } from './keywords';

/** One row of the attendance table. */
export interface AttendanceListWord {
  /** The keyword that opens the list. */
  readonly keyword: Keyword;
  /** The field of the model's `attendance` (and the JSON export's) that holds the list. */
  readonly field: string;
  /** The label the exports and the outline print (`In attendance`). */
  readonly label: string;
  /** How a sentence says a person is on the list (`sent apologies`). */
  readonly says: string;
}

/** The table itself, read for its types; the rest of the core reads ATTENDANCE_LISTS. */
const TABLE = [
  { keyword: 'PRESENT', field: 'present', label: 'Present', says: 'present' },
  { keyword: 'APOLOGIES', field: 'apologies', label: 'Apologies', says: 'sent apologies' },
  { keyword: 'ABSENT', field: 'absent', label: 'Absent', says: 'absent' },
  { keyword: 'IN ATTENDANCE', field: 'inAttendance', label: 'In attendance', says: 'in attendance (not voting)' },
] as const satisfies readonly AttendanceListWord[];

/** A field of the model's `attendance`. */
export type AttendanceField = (typeof TABLE)[number]['field'];

/** A keyword that opens an attendance list. */
export type AttendanceKeyword = (typeof TABLE)[number]['keyword'];

/** An attendance list, its field and keyword typed. */
export type AttendanceList = AttendanceListWord & { readonly keyword: AttendanceKeyword; readonly field: AttendanceField };

/** The attendance lists, in the order the exports print them. */
export const ATTENDANCE_LISTS: readonly AttendanceList[] = TABLE;

const BY_KEYWORD: ReadonlyMap<string, AttendanceList> = new Map(ATTENDANCE_LISTS.map((l) => [l.keyword, l]));

/** The attendance list a keyword opens, or undefined for any other keyword. */
export function attendanceList(keyword: string): AttendanceList | undefined {
  return BY_KEYWORD.get(keyword);
}

/** True for a keyword that opens an attendance list. */
export function isAttendanceKeyword(keyword: string): keyword is AttendanceKeyword {
  return BY_KEYWORD.has(keyword);
}

/**
 * What clerks write for an empty list (`APOLOGIES: None`): none, nil, none
 * received, no apologies, n/a, in any case with an optional full stop.
 */
export const NOBODY = /^(?:none(?: received)?|nil|n\/a|no apologies(?: received)?)\.?$/i;
