/**
 * Inline documents shared by the protocol tests, with the cursor marked
 * where a test needs one (`$0`, since they hold pipe tables).
 */

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
