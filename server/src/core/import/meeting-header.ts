/**
 * The header of an imported file, read from the source's own words: the
 * ModernGov meeting line (`Meeting: 30/09/2021 - Cabinet (Item 54)`), a
 * minutes' opening sentence (`Minutes of the meeting of the Planning
 * Committee held on Tuesday, 16 November 2021 at 6.30 pm`), `Venue:`,
 * `Date:` and `Time:` lines, and an officer's report's title page (the
 * committee and the date in capitals, `Report from:`, `Author:`). Dates and
 * times are turned into the header's ISO forms; a date that does not exist
 * in the calendar is not taken.
 */
import { isRealDate } from '../model/dates';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';

/** A date written out (`Thursday, 30th September, 2021`, `1 OCTOBER 2020`, `30/09/2021`, `2021-09-30`) as ISO, or null. */
export function readDate(text: string): string | null {
  return firstDate(text)?.iso ?? null;
}

/** The first date in a text, with where it is. */
export function firstDate(text: string): { iso: string; index: number; length: number } | null {
  const patterns: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
    [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => [+m[1], +m[2], +m[3]]],
    [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, (m) => [+m[3], +m[2], +m[1]]],
    [new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), (m) => [+m[3], monthOf(m[2]), +m[1]]],
    [new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), (m) => [+m[3], monthOf(m[1]), +m[2]]],
  ];
  let best: { iso: string; index: number; length: number } | null = null;
  for (const [re, parts] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isRealDate(iso) && (!best || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

function monthOf(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

/** A clock time (`2.00 pm`, `10am`, `18:30`, `6.30 p.m.`) as `HH:MM`, or null. */
export function readClock(text: string): string | null {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/i.exec(text.trim());
  if (!m || (!m[2] && !m[3])) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  const half = m[3]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const CLOCK = '\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?';

/** A time or a time range in a text (`at 6.30 pm`, `2.00 - 4.25 pm`), as the header's `HH:MM` or `HH:MM-HH:MM`. */
export function readTimes(text: string): string | null {
  const range = new RegExp(`\\b(${CLOCK})\\s*(?:-|–|to)\\s*(${CLOCK})`, 'i').exec(text);
  if (range) {
    const endHalf = /[ap]\.?m/i.exec(range[2])?.[0] ?? '';
    const a = readClock(/[ap]\.?m/i.test(range[1]) ? range[1] : `${range[1]} ${endHalf}`);
    const b = readClock(range[2]);
    if (a && b && a < b) return `${a}-${b}`;
  }
  const one = new RegExp(`\\b(${CLOCK})(?![\\d/])`, 'gi');
  for (let m = one.exec(text); m; m = one.exec(text)) {
    const c = readClock(m[1]);
    if (c && (/[ap]\.?m/i.test(m[1]) || m[1].includes(':'))) return c;
  }
  return null;
}

/** ModernGov's meeting line: `Meeting: 30/09/2021 - Cabinet (Item 54)`. */
export function readMeetingLine(text: string): { date: string; committee: string; item: string | null } | null {
  const m = /^Meeting:\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*-\s*(.+?)(?:\s*\(Item\s+([\w/().]+?)\.?\))?$/i.exec(text);
  const date = m && readDate(m[1]);
  return m && date ? { date, committee: m[2].trim(), item: m[3] ?? null } : null;
}

/**
 * A minutes' opening sentence: `Minutes of the meeting of the Planning
 * Committee held on Tuesday, 16 November 2021 at 6.30 pm in the Council
 * Chamber` gives the committee, the date, the time and the venue.
 */
export function readOpeningSentence(text: string): { committee: string; date: string; time: string | null; venue: string | null } | null {
  const m = /^(?:(?:the )?(?:draft |confirmed |approved )?minutes of (?:the |a )?(?:(?:annual |extraordinary |special |ordinary |remote )?meeting of (?:the )?)?)(.+?),? held (?:on|at|in) (.+)$/i.exec(text);
  if (!m) return null;
  const rest = m[2];
  const date = firstDate(rest);
  if (!date) return null;
  const after = rest.slice(date.index + date.length);
  const venue = /\b(?:at|in) (?:the )?((?:[A-Z][\w'’&-]*[ ,]*){1,12})\.?$/.exec(after.replace(/\bat \d.*?(?:pm|am|p\.m\.|a\.m\.)/i, ''));
  // The venue's trailing spaces and commas are matched from the start of their run only: [ ,]+$ alone rescanned a long run from each of its characters (quadratic).
  return { committee: m[1].replace(/^the /i, '').trim(), date: date.iso, time: readTimes(after), venue: venue ? venue[1].replace(/(?<![ ,])[ ,]+$/, '') : null };
}

/** ModernGov's meeting title: `Cabinet - Thursday, 7th October, 2021 2.00 pm`. */
export function readMeetingTitle(text: string): { committee: string; date: string; time: string | null; venue: null } | null {
  const m = /^(.{3,80}?)\s+[-–]\s+(.+)$/.exec(text);
  const date = m && firstDate(m[2]);
  if (!m || !date || date.index > 0) return null;
  return { committee: m[1].trim(), date: date.iso, time: readTimes(m[2].slice(date.index + date.length)), venue: null };
}
