/**
 * The attendance record (`minutes attendance`, `minutes-attendance/1`): per
 * person per series, the meetings they were expected at (those whose PRESENT,
 * APOLOGIES or ABSENT list names them; IN ATTENDANCE is not membership), how
 * many they were present at, sent apologies to or were absent from, and the
 * percentage present. A person is the same across meetings by handle, a plain
 * name by its text (case and white space ignored).
 */
import type { SeriesSet } from './build-series';
import type { AttendanceRegister, AttendanceRegisterEntry } from './register-types';
import type { SummaryPerson } from './summary-types';

const LISTS = ['present', 'apologies', 'absent'] as const;

function personKey(p: SummaryPerson): string {
  return p.handle !== undefined ? `@${p.handle}` : p.name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The attendance record of a set of series: series in order, people by name within each. */
export function attendanceRegister(set: SeriesSet): AttendanceRegister {
  const people: AttendanceRegisterEntry[] = [];
  for (const series of set.series) {
    const rows = new Map<string, { name: string; handle: string | null; present: number; apologies: number; absent: number }>();
    for (const m of series.meetings) {
      // One mark per person per meeting: present over apologies over absent, should a list repeat someone.
      const marks = new Map<string, { person: SummaryPerson; list: (typeof LISTS)[number] }>();
      for (const list of LISTS) for (const p of m.attendance[list]) if (!marks.has(personKey(p))) marks.set(personKey(p), { person: p, list });
      for (const [key, { person, list }] of marks) {
        const row = rows.get(key) ?? { name: person.name, handle: person.handle ?? null, present: 0, apologies: 0, absent: 0 };
        row.name = person.name; // the latest meeting's display name
        row[list]++;
        rows.set(key, row);
      }
    }
    const list = [...rows.values()].map((r): AttendanceRegisterEntry => {
      const expected = r.present + r.apologies + r.absent;
      return { name: r.name, handle: r.handle, committee: series.committee, expected, present: r.present, apologies: r.apologies, absent: r.absent, percent: Math.round((r.present / expected) * 1000) / 10 };
    });
    list.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.handle ?? '').localeCompare(b.handle ?? ''));
    for (const p of list) people.push(p);
  }
  return { schema: 'minutes-attendance/1', people };
}
