/**
 * Reading citations of other minutes in a document's text (docs/language.md,
 * citing another minute): `minute` or `min.` (any case), then an item number or
 * a resolution id, optionally `of` and a meeting date, ISO (`2024-03-12`) or
 * written out (`12 March 2024`). This is the per-file half: what each citation
 * says, where it is. What it points at across files is the series' job
 * (core/series/citations.ts); the model keeps a target only when the cited
 * minute is in the same file and no other meeting is named.
 */
import { isRealDate } from './dates';

/** 0-based line and UTF-16 column. */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

/** A citation as written: its text, the number or id it names, the meeting date it names (ISO) and where it is. */
export interface CitationReading {
  /** The whole citation as written: `minute 7(1) of 12 March 2024`. */
  readonly text: string;
  /** The item number or resolution id cited, as written: `7(1)`, `79/21(b)`. */
  readonly number: string;
  /** The meeting named after `of`, as an ISO date; null when none is named. */
  readonly meeting: string | null;
  readonly range: { readonly start: TextPosition; readonly end: TextPosition };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// The number forms of item headings and resolution ids: 5, 4(a), 77/21, 78/21(a), 3.1, 5.2(1), A1.
const NUMBER = String.raw`[A-Z]?\d+(?:\.\d+)*(?:\/\d{2,4})?(?:\([a-z0-9]{1,6}\))*`;
const LONG_DATE = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s+\d{4}`;
const CITATION = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:minute|min\.)\s+(?:no\.?\s+)?(${NUMBER})(?:\s+of\s+(?:the\s+meeting\s+(?:held\s+)?on\s+)?(\d{4}-\d{2}-\d{2}|${LONG_DATE}))?`,
  'gi',
);

const MAYBE = /min(?:ute\s|\.)/i;

/**
 * The citations on one line of text (0-based `line`). The caller leaves out
 * comment lines (`// ...`), which are not citations.
 */
export function citationsInLine(text: string, line: number): CitationReading[] {
  // Most lines cite nothing: a test for the two words rules them out before the full pattern runs.
  if (!MAYBE.test(text)) return [];
  const out: CitationReading[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(text); m; m = CITATION.exec(text)) {
    let whole = m[0];
    const number = m[1];
    let meeting: string | null = null;
    if (m[2] !== undefined) {
      meeting = readMeetingDate(m[2]);
      // A date that is not a real one is not part of the citation: `minute 5` stands alone.
      if (meeting === null) whole = whole.slice(0, whole.indexOf(number) + number.length);
    }
    out.push({
      text: whole,
      number,
      meeting,
      range: { start: { line, character: m.index }, end: { line, character: m.index + whole.length } },
    });
  }
  return out;
}

/** `2024-03-12`, `12 March 2024`, `12th Mar. 2024` as an ISO date, or null when it is not a real date. */
export function readMeetingDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isRealDate(t) ? t : null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(t);
  if (!m) return null;
  const word = m[2].toLowerCase();
  const month = MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
  if (month === -1) return null;
  const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}
