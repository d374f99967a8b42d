/**
 * The first pass over the blocks: take out the page furniture and the
 * blocks that give the header's values, and note whether the source is one
 * item's page. What gives a value: ModernGov's meeting line and meeting
 * title (`Cabinet - Thursday, 7th October, 2021 2.00 pm`), a minutes'
 * opening sentence, `Venue:`, `Date:` and `Time:` lines, a decision page's
 * `Decision Maker:` and `Date of decision:`, and an officer's report's
 * title page (the committee and the date in capitals, `Report from:`,
 * `Author:`). Each taken block is in the report's dropped list, saying
 * which header key it went to.
 */
import type { SourceBlock, TextBlock } from './blocks';
import { readNumberedHeading } from './classify';
import { furnitureReason } from './furniture';
import { ordinaryCase, type HeaderValues } from './header';
import { readDate, readMeetingLine, readMeetingTitle, readOpeningSentence, readTimes } from './meeting-header';
import type { ImportReport } from './report';

export interface TitlePage {
  /** The blocks left for the body. */
  readonly kept: SourceBlock[];
  /** True when the source is one item's page (ModernGov's `Agenda item`, an issue's meetings). */
  readonly itemPage: boolean;
  /** The item's number, when the meeting line gives it (`(Item 54)`). */
  readonly itemNumber: string | null;
}

const FIELD = /^(Report from|From|Author|Report author|Date|Time|Venue|Place|Location|Meeting venue|Committee|Authority|Council|Decision Maker|Date of decision)\s*:\s*(.+)$/i;
const FIELD_KEYS: Record<string, string> = {
  'report from': 'from',
  'report author': 'author',
  place: 'venue',
  location: 'venue',
  'meeting venue': 'venue',
  council: 'authority',
  'decision maker': 'committee',
  'date of decision': 'date',
};
/** Fields that are the header's wherever they stand (a decision page prints them after the decision). */
const ANYWHERE = new Set(['Decision Maker', 'Date of decision']);

/** Takes the header's values and the furniture out of the blocks. */
export function readTitlePage(blocks: readonly SourceBlock[], header: HeaderValues, notes: Record<string, string>, report: ImportReport): TitlePage {
  const kept: SourceBlock[] = [];
  let itemPage = false;
  let itemNumber: string | null = null;
  let leading = true;
  const drop = (b: TextBlock, note: string): void => void report.dropped.push({ at: b.at, text: b.text, note });
  for (const b of blocks) {
    if (b.kind !== 'text') {
      leading = false;
      kept.push(b);
      continue;
    }
    const why = b.hint === 'table-headings' ? "the items table's column headings" : furnitureReason(b.text);
    if (why) {
      drop(b, why);
      if (/agenda item|issue - |decision details/i.test(b.text)) itemPage = true;
      continue;
    }
    const meeting = readMeetingLine(b.text);
    if (meeting) {
      set(header, 'date', meeting.date);
      set(header, 'committee', meeting.committee);
      itemNumber = meeting.item;
      itemPage = true;
      drop(b, 'the meeting line, read into the header (committee, date) and the item number');
      continue;
    }
    const key = (leading || ANYWHERE.has(FIELD.exec(b.text)?.[1] ?? '')) && titleField(b, header, notes, report);
    if (key) {
      drop(b, `read into the header (${key})`);
      continue;
    }
    if (!b.heading && !readNumberedHeading(b.text) && !/^[A-Z ]+$/.test(b.text)) leading = kept.length < 3 && leading;
    kept.push(b);
  }
  return { kept, itemPage, itemNumber };
}

/** Reads one block of a title page into the header; returns the keys it set, or null. */
function titleField(b: TextBlock, header: HeaderValues, notes: Record<string, string>, report: ImportReport): string | null {
  const t = b.text;
  const field = FIELD.exec(t);
  if (field) {
    const key = FIELD_KEYS[field[1].toLowerCase()] ?? field[1].toLowerCase();
    const value = key === 'date' ? readDate(field[2]) : key === 'time' ? readTimes(field[2]) : field[2].trim();
    if (!value || header[key]) return null;
    if (key === 'from' || key === 'author') set(header, 'type', 'report');
    set(header, key, value);
    return key;
  }
  const opening = readOpeningSentence(t) ?? readMeetingTitle(t);
  if (opening && !header.date) {
    set(header, 'committee', ordinaryCase(opening.committee));
    set(header, 'date', opening.date);
    if (opening.time) set(header, 'time', opening.time);
    if (opening.venue) {
      set(header, 'venue', opening.venue);
      notes.venue = `the venue, read from "${t.slice(0, 100)}"`;
      report.guessed.push({ at: b.at, text: opening.venue, note: 'the venue, read from the opening sentence' });
    }
    return ['committee', 'date', opening.time && 'time', opening.venue && 'venue'].filter(Boolean).join(', ');
  }
  if (/^[^a-z]+$/.test(t) && /[A-Z]{3}/.test(t)) {
    const date = readDate(t);
    if (date && t.replace(/[^A-Za-z]/g, '').length <= 14 && !header.date) return set(header, 'date', date);
    // The council's own name in capitals (WESTBRIDGE TOWN COUNCIL) is the authority; the committee is in the line after it.
    if (/^[A-Z][A-Z' -]* (?:TOWN|DISTRICT|BOROUGH|COUNTY|CITY|PARISH|COMMUNITY|METROPOLITAN) COUNCIL$/.test(t) && !header.authority) return set(header, 'authority', ordinaryCase(t));
    if (/\b(?:COMMITTEE|BOARD|CABINET|COUNCIL|PANEL|FORUM|EXECUTIVE)$/.test(t) && !header.committee) return set(header, 'committee', ordinaryCase(t));
    if (/^REPORT\b/.test(t) && !header.title) {
      set(header, 'type', 'report');
      return set(header, 'title', ordinaryCase(t));
    }
  }
  return null;
}

function set(header: HeaderValues, key: string, value: string): string {
  if (!header[key]) header[key] = value;
  return key;
}
