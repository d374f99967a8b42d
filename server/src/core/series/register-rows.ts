/**
 * The registers as rows of text, the one shape the table, CSV and HTML forms
 * print (format-table.ts, format-csv.ts, format-html.ts): a title, the column
 * headings and a row of cells per entry, every cell a string. The JSON form
 * prints the register objects themselves (register-types.ts).
 */
import type { ActionRegister, AttendanceRegister, DecisionRegister, RegisterPlace, RegisterVote } from './register-types';

/** A register laid out as a table. */
export interface RegisterRows {
  /** `Action register`, `Decision register`, `Attendance record`. */
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns of long free text, which a terminal table may shorten. */
  readonly long: readonly number[];
  /** Columns of numbers, aligned right. */
  readonly numeric: readonly number[];
}

function where(p: RegisterPlace): string {
  return p.item === null ? p.date : `${p.date} item ${p.item}`;
}

/** A vote as a clerk writes it: `for 7, against 2, abstain 1 — carried`, `unanimous`. */
export function voteText(v: RegisterVote): string {
  const counts = v.unanimous ? 'unanimous' : v.nemCon ? 'nem. con.' : [v.for !== null ? `for ${v.for}` : '', v.against !== null ? `against ${v.against}` : '', v.abstain !== null ? `abstain ${v.abstain}` : ''].filter(Boolean).join(', ');
  const text = counts || v.text;
  return v.outcome ? `${text} — ${v.outcome}` : text;
}

/** The action register's rows: id, owner, task, due, status, overdue, where set and last reported, and the file. */
export function actionRows(reg: ActionRegister): RegisterRows {
  return {
    title: 'Action register',
    columns: ['Id', 'Owner', 'Task', 'Due', 'Status', 'Overdue', 'Set at', 'Last reported', 'File'],
    rows: reg.actions.map((a) => [a.id, a.owner, a.task ?? '', a.due ?? '', a.status, a.overdue ? 'overdue' : '', where(a.setAt), where(a.lastReported), a.lastReported.file]),
    long: [2],
    numeric: [],
  };
}

/** The decision register's rows: meeting, item, id, title, text, votes, citations and the file. */
export function decisionRows(reg: DecisionRegister): RegisterRows {
  return {
    title: 'Decision register',
    columns: ['Date', 'Committee', 'Item', 'Id', 'Title', 'Decision', 'Votes', 'Cited by', 'File'],
    rows: reg.decisions.map((d) => [
      d.date,
      d.committee,
      d.item ?? '',
      d.id,
      d.title,
      d.text,
      d.votes.map(voteText).join('; '),
      d.citedBy.map((c) => `${c.date}${c.item === null ? '' : ` item ${c.item}`} (${c.file}:${c.line})`).join('; '),
      d.file,
    ]),
    long: [4, 5, 7],
    numeric: [],
  };
}

/** The attendance record's rows: committee, person and the counts, the percentage to one decimal place. */
export function attendanceRows(reg: AttendanceRegister): RegisterRows {
  return {
    title: 'Attendance record',
    columns: ['Committee', 'Name', 'Handle', 'Expected', 'Present', 'Apologies', 'Absent', 'Present %'],
    rows: reg.people.map((p) => [p.committee, p.name, p.handle === null ? '' : `@${p.handle}`, String(p.expected), String(p.present), String(p.apologies), String(p.absent), p.percent.toFixed(1)]),
    long: [],
    numeric: [3, 4, 5, 6, 7],
  };
}
