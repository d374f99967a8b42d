/**
 * The text of `minutes actions --help`, `minutes decisions --help` and
 * `minutes attendance --help`. The README's CLI section says the same at
 * length; docs/registers.md gives the JSON shapes.
 */
import type { RegisterKind } from './register-args';

const WHAT: Record<RegisterKind, string> = {
  actions: `The action register: every ACTION of each committee's series with its id
(date/item/place), latest owner and wording, due date, status, whether it is
overdue (open or in progress, due before the "today" setting or the system
date), where it was set and last reported, and its history.`,
  decisions: `The decision register: every resolution with its meeting, item, text, the
votes of its item and every citation of it (or of its item) from other files.`,
  attendance: `The attendance record: per person per committee, the meetings they were
expected at (named in PRESENT, APOLOGIES or ABSENT), present, apologies,
absent and the percentage present.`,
};

export function registerHelp(register: RegisterKind): string {
  const formats = register === 'actions' ? 'table (default), json, csv, html or ics' : 'table (default), json, csv or html';
  const filters =
    register === 'actions'
      ? `
Filters:
  --status S,...              only these statuses: open, in-progress, done, cancelled
  --owner @handle             only actions the handle owns
  --overdue                   only overdue actions
`
      : '';
  return `Usage: minutes ${register} [paths, folders or "globs"...] [options]

${WHAT[register]}

The files are grouped into series by authority and committee and ordered by
date and time. Folders are searched for *.minutes files as minutes lint
searches them; with no paths, the current folder. A file that cannot be read,
or has no date or committee, is named on standard error and left out.
${filters}
Output:
  -f, --format FORMAT         ${formats}
  -o, --output FILE           write to FILE (atomically; never over a file read)

Input:
  -c, --config FILE           use FILE instead of the nearest .minutesrc.json
  --ignore-path FILE          use FILE instead of .minutesignore
  --no-ignore                 read ignored files too

  -h, --help                  this help

Exit codes: 0 every file read, 1 a file left out of the series (no date or
committee), 2 a usage problem or a file that could not be read.
`;
}
