/**
 * Calendar checks done by arithmetic, not by `Date` parsing: `new Date` rolls
 * 2022-02-30 over to March and accepts forms a clerk never meant.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a `YYYY-MM-DD` date that exists in the calendar. */
export function isRealDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True when `text` has the shape of an ISO date, real or not. */
export function isIsoShaped(text: string): boolean {
  return ISO.test(text);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Today's date in ISO form, from a clock the caller passes in (the core reads none). */
export function isoDate(date: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** `HH:MM`, 00:00 to 23:59; returns minutes past midnight or null. */
export function parseClock(text: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}
