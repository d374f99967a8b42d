/**
 * Documents for tests, and builders of them: `dedent` for fixtures written
 * indented inline, `meeting` for a short document around some lines of one
 * item, the CLI tests' clean, faulty and warning-only documents, and the
 * protocol tests' audit board meeting with the cursor marked where a test
 * needs one (`$0`, since it holds a pipe table).
 */

/**
 * Removes a common indentation when the source starts with a newline: the
 * common indentation of its non-blank lines is removed, the first newline and
 * a trailing blank line are dropped, so fixtures can sit indented in the test
 * file. Relative indentation, which continuation lines need, is kept.
 */
export function dedent(source: string): string {
  if (!source.startsWith('\n')) return source;
  const lines = source.slice(1).split('\n');
  if (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length))).join('\n') + '\n';
}

/** The parts of `meeting`'s document that a test may choose. */
export interface MeetingOptions {
  readonly committee?: string;
  readonly date?: string;
  /** The item's heading, after `# `. */
  readonly item?: string;
}

/**
 * A document of one item: a header with the committee and the date, the
 * item's heading, then `lines`, one per line, and a final newline.
 */
export function meeting(lines: readonly string[], o: MeetingOptions = {}): string {
  return ['---', `committee: ${o.committee ?? 'Executive'}`, `date: ${o.date ?? '2021-06-08'}`, '---', '', `# ${o.item ?? '1. Ofsted'}`, ...lines, ''].join('\n');
}

/** A small, valid minutes document with no problems. */
export const CLEAN_MINUTES = `---
committee: Parish Council
date: 2024-04-09
---

PEOPLE:
@ash    Councillor Pat Ash — Chair
@birch  Councillor Lee Birch

PRESENT: @ash (Chair), @birch

# 1. Apologies for absence

NOTED: There were no apologies.
`;

/** A document with one error (person-unknown) and one warning (keyword-form). */
export const FAULTY_MINUTES = `---
committee: Parish Council
date: 2024-04-09
---

PEOPLE:
@ash    Councillor Pat Ash — Chair

PRESENT: @ash (Chair), @elm

# 1. Grass cutting

Resolved - That the contract be renewed.
`;

/** A document with warnings only (keyword-form, twice). */
export const WARNING_MINUTES = `---
committee: Parish Council
date: 2024-04-09
---

PEOPLE:
@ash    Councillor Pat Ash — Chair

PRESENT: @ash (Chair)

# 1. Grass cutting

Resolved - That the contract be renewed.

# 2. Allotments

Resolved - That the rents stay the same.
`;


/** A small audit board meeting with a 1-5 x 1-5 risk table, people, a vote and an action. */
export const AUDIT = `
---
committee: Audit Board
date: 2024-07-16
risk-matrix: 1-5 x 1-5
---

PEOPLE:
@okafor   Councillor Grace Okafor — Chair
@chen     Laura Chen — Head of Audit

PRESENT: @okafor (Chair)
APOLOGIES: @chen

# 5. Risk management
## 5.1 Strategic risks
RISKS:
| Risk | Description | Mitigation | Rating |
|---|---|---|---|
| Cyber attack | Systems down for a week | Offline backups | 4x3 |

RESOLVED:
(a) That the register be noted.
(b) That @chen report again in October.

VOTE: unanimous

ACTION: @chen — Report the register — due 2024-10-15 — open
`;

/** AUDIT with `$0` put at the n-th occurrence of `needle`, moved on by `shift` characters. */
export function auditAt(needle: string, shift = 0, n = 1): string {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = AUDIT.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" #${n} is not in AUDIT`);
  }
  return AUDIT.slice(0, i + shift) + '$0' + AUDIT.slice(i + shift);
}

/** AUDIT with one line replaced (the first that starts with `start`), cursor markers allowed in `line`. */
export function auditWith(start: string, line: string): string {
  const lines = AUDIT.split('\n');
  const i = lines.findIndex((l) => l.startsWith(start));
  if (i < 0) throw new Error(`no line starts with "${start}"`);
  lines[i] = line;
  return lines.join('\n');
}
