/**
 * The action register as an iCalendar file (RFC 5545), written by the ical.js
 * library: one VTODO per action with a due date, its id as the UID, the task
 * as the summary, the owner, where it was set and its history in the
 * description, the due date as a date, and the status mapped to the VTODO's
 * (open NEEDS-ACTION, in progress IN-PROCESS, done COMPLETED, cancelled
 * CANCELLED). Loaded with the exports (server/src/exports.ts), not at the
 * CLI's start: the library is larger than the rest of the registers.
 */
import ICAL from 'ical.js';
import type { ActionStatus } from '../vocabulary';
import type { ActionRegister } from './register-types';

/** Keyed by the vocabulary's statuses, so that a status added there must be given its VTODO status here. */
const STATUS: Record<ActionStatus, string> = { open: 'NEEDS-ACTION', 'in progress': 'IN-PROCESS', done: 'COMPLETED', cancelled: 'CANCELLED' };

/**
 * The calendar text, CRLF line endings. `stamp` is the DTSTAMP, an ISO date
 * (the day the register was made): passed in, since the core reads no clock.
 */
export function formatIcs(reg: ActionRegister, stamp: string): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', '-//minutes-language//action register//EN');
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  const dtstamp = ICAL.Time.fromDateTimeString(`${stamp}T00:00:00Z`);
  for (const a of reg.actions) {
    if (a.due === null) continue;
    const todo = new ICAL.Component('vtodo');
    todo.addPropertyWithValue('uid', `${a.id}@minutes-language`);
    todo.addPropertyWithValue('dtstamp', dtstamp);
    todo.addPropertyWithValue('summary', a.task ?? `Action ${a.id}`);
    const history = a.history.map((h) => `${h.date}${h.item === null ? '' : ` item ${h.item}`}: ${h.status}${h.due ? `, due ${h.due}` : ''} (${h.file}:${h.line})`);
    todo.addPropertyWithValue('description', [`Owner: ${a.owner}`, `Action ${a.id}, set at ${a.setAt.date}${a.setAt.item === null ? '' : ` item ${a.setAt.item}`}`, ...history].join('\n'));
    todo.addPropertyWithValue('due', ICAL.Time.fromDateString(a.due));
    todo.addPropertyWithValue('status', STATUS[a.status]);
    if (a.status === 'done') todo.addPropertyWithValue('percent-complete', 100);
    cal.addSubcomponent(todo);
  }
  // ical.js counts the 75 octets of a folded line without the space that starts the next one, which
  // would make that one 76 (RFC 5545 3.1: at most 75, the line break aside): fold one octet sooner.
  const fold = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${cal.toString()}\r\n`;
  } finally {
    ICAL.foldLength = fold;
  }
}
