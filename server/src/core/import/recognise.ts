/**
 * The heart of the importer: the source's blocks in, the body of a
 * `.minutes` file out, line by line, each line knowing the source block it
 * came from. It drops page furniture (furniture.ts), reads the header's
 * values (meeting-header.ts), and writes what it recognises in the
 * language: item headings, keyword lines in the forms the source used
 * (writer.ts then has the core's keyword-form fix write them in the
 * standard form), attendance lists, contacts, list entries, tables, votes
 * and actions. What it guesses it says in a `// import:` comment above the
 * line; what it cannot place stays narrative, escaped where it would
 * otherwise read as something else.
 */
import { KEYWORD_HEADS } from '../syntax/tokens';
import { BULLET_CLASS, LIST_MARKER_SOURCE } from '../vocabulary';
import type { ReadResult, SourceBlock, TextBlock } from './blocks';
import { extraKeyword, readActionLine, readContact, readContactLine, readMover, readNumberedHeading, readVoteWords } from './classify';
import { Emitter, type OutLine } from './emitter';
import { splitDocumentLink } from './furniture';
import type { HeaderValues } from './header';
import { readClock } from './meeting-header';
import { escape, isTitleLike, keywordOf, markerKind, motionProseFixed, nextLetter, splitMoverAndResolved, withoutBullet } from './line-forms';
import { NameBook } from './people';
import type { ImportReport } from './report';
import { readTitlePage, type TitlePage } from './title-page';

export type { OutLine } from './emitter';


export interface Recognised {
  readonly header: HeaderValues;
  readonly headerNotes: Record<string, string>;
  readonly body: OutLine[];
  readonly names: NameBook;
}

const LIST_START = new RegExp(`^(?:${LIST_MARKER_SOURCE})(?=[ \\t]|$)`);
/** A bullet put in front of a numbered marker by a conversion (`- 1.1. This report ...`). */
const BULLET_BEFORE_NUMBER = new RegExp(`^${BULLET_CLASS}\\s+(?=\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s)`);
const BODY_KEYWORDS = new Set(['RESOLVED', 'RECOMMENDED', 'NOTED']);
/** A sentence saying a vote was unanimous, without counts. */
const UNANIMOUS = /\b(?:carried|agreed|approved|accepted) unanimously\b|\bunanimously (?:carried|agreed|approved)\b/i;

/** Reads the blocks into a header and a body, adding what it found, guessed and dropped to the report. */
export function recognise(read: ReadResult, report: ImportReport): Recognised {
  const header: HeaderValues = {};
  const names = new NameBook();
  const r = new Walk(header, names, report);
  for (const d of read.dropped ?? []) report.dropped.push({ at: d.at, text: d.text, note: d.reason });
  Object.assign(header, read.meta ?? {});
  const title = readTitlePage(read.blocks, header, r.headerNotes, report);
  r.walk(title);
  return { header, headerNotes: r.headerNotes, body: r.out, names };
}

/** The walk's state: where it is (before the first item, in an item, in a keyword's body or a list). */
class Walk extends Emitter {
  readonly headerNotes: Record<string, string> = {};
  private items = 0;
  private itemNumber: string | null = null;
  private itemPage = false;
  private blocks: readonly SourceBlock[] = [];
  /** The kind of marker the current list started with, and its last marker, to tell a sub-list in a text copy. */
  private listKind: string | null = null;
  private lastMarker: string | null = null;
  /** The last marker of the list's own level, which a sub-list does not change. */
  private lastOuter: string | null = null;
  private index = 0;
  /** The heading level of the first item: headings at it are items (`#`), deeper ones sub-items (`##`). */
  private topLevel = 0;

  constructor(
    private readonly header: HeaderValues,
    names: NameBook,
    report: ImportReport,
  ) {
    super(names, report);
  }

  walk(page: TitlePage): void {
    const blocks = page.kept;
    this.itemPage = page.itemPage;
    this.itemNumber = page.itemNumber;
    this.blocks = blocks;
    const first = blocks.findIndex((b) => b.kind === 'text');
    const anyHeading = blocks.some((b) => b.kind === 'text' && (b.heading || readNumberedHeading(b.text)));
    blocks.forEach((b, i) => {
      if (b.kind === 'table') return this.table(b.rows, b.at);
      // The title of an item page (ModernGov's "Agenda item" page, or a page of one item's minutes) is its first line.
      if (i === first && this.header.type !== 'report' && (this.itemPage || b.hint === 'item-title' || (!anyHeading && isTitleLike(b.text)))) {
        if (!this.itemPage && b.hint !== 'item-title') this.guess(b.at, `read "${b.text.slice(0, 60)}" as the item's title`);
        return this.heading(1, this.itemNumber, b.text, b.at);
      }
      this.index = i;
      this.block(b);
    });
    this.flushAttendance();
    this.flushDocuments();
    this.flushVote(null);
  }

  private block(b: TextBlock): void {
    const text = b.text.replace(BULLET_BEFORE_NUMBER, '');
    if (this.pendingAttendance && this.attendanceEntry(b)) return;
    this.flushAttendance();
    if (this.recordedList(b)) return;
    if (this.pendingVote) {
      // The sentence after the lists may give the outcome (`The motion was carried.`); it is written after the vote.
      this.flushVote(/\b(?:carried|agreed|approved)\b/i.test(text) ? 'carried' : /\b(?:lost|fell|defeated|rejected)\b/i.test(text) ? 'lost' : null);
    }
    const doc = splitDocumentLink(withoutBullet(text));
    if (doc) {
      this.drop({ ...b, text: doc.furniture }, "a document link's icon and size");
      return this.document(doc.name, b.at);
    }
    this.flushDocuments();
    const extra = extraKeyword(text);
    if (extra) {
      this.rewrite(b.at, extra.written, extra.replacement, extra.note);
      return this.keyword('RESOLVED', text.replace(extra.written, extra.replacement), b.at);
    }
    const early = keywordOf(text);
    if (b.heading && early) return this.keyword(early, text, b.at);
    // A heading that ends in a colon is a label (`Purpose:`, `Reasons for the decision:`), not an item.
    if (b.heading && !/:$/.test(text)) {
      const numbered = /^(\d{1,3}(?:\/\d{2,4})?(?:\([a-z0-9]{1,3}\))*[a-z]?\.?)\s+(.+)$/.exec(text);
      return this.heading(b.heading, numbered ? numbered[1].replace(/\.$/, '') : null, numbered ? numbered[2] : text, b.at);
    }
    const numbered = this.headingAllowed(b) ? readNumberedHeading(text) : null;
    if (numbered && (this.items > 0 || this.header.type === 'report' || /^[^a-z]+$/.test(numbered.title) || !LIST_START.test(text) || b.hint === 'bold' || !this.nextIsEntry())) {
      return this.heading(/\(|\.\d/.test(numbered.number) ? 2 : 1, numbered.number, numbered.title, b.at);
    }
    // A line that starts in lower case right after a list entry is the entry's text run on across a page break.
    if (this.glue === 'list' && /^[a-z]/.test(text) && !LIST_START.test(text)) {
      this.found(b.at, text, 'the list entry above, continued');
      this.out.push({ text, at: b.at });
      return;
    }
    if (this.glue === 'list' && !LIST_START.test(text)) this.glue = 'none';
    if (this.items === 0 && this.attendance(b, text)) return;
    const contact = readContact(text);
    if (contact && this.items > 0) {
      this.names.add(contact.name);
      this.found(b.at, text, 'contact');
      this.rewrite(b.at, text, `CONTACT: ${contact.name}, ${contact.means}`, 'a contact in brackets is a CONTACT line');
      return this.line(`CONTACT: ${contact.name}, ${contact.means}`, b.at, 'own');
    }
    const contactLine = this.items > 0 ? readContactLine(text)?.replace(/\.$/, '') : null;
    if (contactLine) {
      this.found(b.at, text, 'contact');
      this.rewrite(b.at, text, `CONTACT: ${contactLine}`, 'the contact label is the CONTACT keyword');
      return this.line(`CONTACT: ${contactLine}`, b.at, 'own');
    }
    const action = readActionLine(text);
    if (action) return this.action(action, text, b.at);
    const keyword = keywordOf(text);
    if (keyword) return this.keyword(keyword, text, b.at);
    if (LIST_START.test(text)) return this.entry(text, b);
    this.paragraph(text, b.at);
  }

  /** True when the next block is a list entry (so a numbered line before it is one too). */
  private nextIsEntry(): boolean {
    const next = this.blocks[this.index + 1];
    return next?.kind === 'text' && LIST_START.test(next.text);
  }

  /**
   * A numbered line may be an item heading unless it is a keyword's body,
   * follows a line that introduces a list (`namely:`), or continues a list
   * of the same kind (a report's `2. Background` after `1.2.` is a heading).
   */
  private headingAllowed(b: TextBlock): boolean {
    if (this.glue === 'body') return false;
    const last = this.lastText();
    // A blank line in a text copy, or bold in a Word document or a page, sets an item's number off from a list above it.
    if (this.glue === 'list') return /^\s*\d{1,3}\.\d/.test(last) || ((!!b.gap || b.hint === 'bold') && (markerKind(b.text, null) !== this.listKind || /^\d+\/\d+/.test(b.text)));
    return !/:$/.test(last);
  }

  private heading(level: number, number: string | null, title: string, at: number): void {
    this.flushAttendance();
    this.flushDocuments();
    this.blank();
    if (this.items === 0) this.topLevel = level;
    this.itemTitle = title;
    const marker = level <= this.topLevel ? '#' : '##';
    const text = `${marker} ${number ? `${number}. ` : ''}${title}`.replace(/\.\.\s/, '. ');
    this.out.push({ text: number && /[.)]$/.test(number) ? `${marker} ${number} ${title}` : text, at });
    this.items++;
    this.found(at, title, number ? `item ${number}` : 'item');
    this.glue = 'none';
  }

  private keyword(keyword: string, text: string, at: number): void {
    this.found(at, text, keyword === 'RESOLVED' ? 'resolution' : keyword.toLowerCase());
    const rest = text.replace(KEYWORD_HEADS.get(keyword as never)!, '').trim();
    this.line(text, at, 'own');
    if (BODY_KEYWORDS.has(keyword) && (rest === '' || /[:,]$|\bthat$/i.test(rest))) this.glue = 'body';
    else if (keyword === 'MINUTES') this.glue = 'body';
    else this.glue = 'none';
  }

  private action(task: string, text: string, at: number): void {
    const split = /^((?:the |The )?[A-Z][\w'’.-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|of|and|for|the)){0,5})\s+(to\s+\w.*)$/.exec(task);
    this.found(at, text, 'action');
    if (split) {
      this.names.add(split[1]);
      this.guess(at, `read "${split[1]}" as the action's owner`);
      this.rewrite(at, text, `ACTION: ${split[1]} — ${split[2]}`, 'an action marked in the source');
      return this.line(`ACTION: ${split[1]} — ${split[2]}`, at, 'own');
    }
    if (/^[A-Z]/.test(task) && task.split(' ').length <= 8) this.names.add(task);
    if (!text.startsWith('ACTION:')) this.rewrite(at, text, `ACTION: ${task}`, 'an action marked in the source');
    this.line(`ACTION: ${task}`, at, 'own');
  }

  private entry(text: string, b: TextBlock): void {
    const glued = this.glue !== 'none';
    const marker = /^\S+/.exec(text)![0];
    // `(c)` after `(ii)` is the outer list's next letter, not the roman numeral 100: it follows the outer list's last marker.
    const resumes = glued && this.glue !== 'body' && this.listKind === 'alpha' && nextLetter(this.lastOuter, marker);
    const kind = resumes ? 'alpha' : markerKind(text, glued ? this.lastMarker : null);
    // A text copy loses indentation: an entry of another kind inside a list (`(i)` under `(a)`) is its sub-entry.
    if (!glued || this.glue === 'body') this.listKind = kind;
    const nested = b.depth === undefined && glued && this.listKind !== null && kind !== this.listKind ? 1 : 0;
    const indent = '   '.repeat((b.depth ?? 0) + nested);
    this.lastMarker = marker;
    if (!nested) this.lastOuter = marker;
    if (!glued) this.blank();
    this.out.push({ text: indent + text, at: b.at });
    this.glue = 'list';
    this.afterText(text, b.at);
  }

  private paragraph(text: string, at: number): void {
    // The core's keyword-form fix writes a one-sentence motion and its resolution as MOTION: and RESOLVED:
    // lines (writer.ts applies it); only what it leaves is split here, so that the resolution is still one.
    const split = motionProseFixed(text) ? null : splitMoverAndResolved(text);
    if (motionProseFixed(text)) {
      this.names.add(readMover(text)?.mover ?? '');
      this.names.add(readMover(text)?.seconder ?? '');
      this.found(at, text, 'motion and resolution');
      this.line(text, at, this.glue === 'none' ? 'own' : 'glued');
      this.glue = 'none';
      return;
    }
    if (split) {
      this.noteMover(text, at);
      this.line(escape(split.before), at, this.glue === 'none' ? 'own' : 'glued');
      this.out.push({ text: split.resolved, at });
      this.found(at, split.resolved, 'resolution');
      this.glue = /[:,]$|\bthat$/i.test(split.resolved) ? 'body' : 'none';
      return;
    }
    // The note goes on the line above the sentence it is about.
    if (this.glue === 'none') this.noteMover(text, at);
    this.line(escape(text), at, this.glue === 'none' ? 'own' : 'glued');
    this.glue = 'none';
    this.afterText(text, at);
    this.closing(text, at);
    this.declaration(text, at);
    this.attendanceChange(text, at);
  }

  /** `The meeting closed at 9.05 pm.` near the end: a CLOSED: line after it (docs/language.md#the-end-of-the-meeting), when the header's times allow it. */
  private closing(text: string, at: number): void {
    const m = /^The meeting (?:closed|ended|finished|concluded) at (\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)\.?$/i.exec(text);
    const clock = m && readClock(m[1]);
    if (!clock || this.index < this.blocks.length - 3) return;
    const [start, end] = (this.header.time ?? '').split('-');
    if ((start && clock <= start) || (end && clock !== end)) return;
    this.found(at, text, 'the time the meeting closed');
    this.out.push({ text: `CLOSED: ${clock}`, at });
  }

  /** After a paragraph or entry: a vote or a mover in its words gets its line or note. */
  private afterText(text: string, at: number): void {
    for (const m of text.matchAll(/\b(?:Councillor|Cllr\.?)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}/g)) this.names.add(m[0]);
    const vote = readVoteWords(text) ?? (UNANIMOUS.test(text) ? { line: 'unanimous', outcomeGuessed: false } : null);
    if (vote) {
      this.found(at, text, 'vote');
      this.guess(at, `the vote in the sentence above${vote.outcomeGuessed ? ', its outcome worked out from the counts' : ''}`);
      this.out.push({ text: `VOTE: ${vote.line}`, at });
      this.glue = 'none';
    }
  }

  private noteMover(text: string, at: number): void {
    const mover = readMover(text);
    if (!mover) return;
    if (mover.mover) this.names.add(mover.mover);
    if (mover.seconder) this.names.add(mover.seconder);
    this.found(at, text, 'motion');
    const parts = [mover.mover && `moved by ${mover.mover}`, mover.seconder && `seconded by ${mover.seconder}`].filter(Boolean).join(', ');
    this.comment(at, `${parts}: kept as narrative (a MOTION: or AMENDMENT: line needs the motion's own words, which the sentence does not give apart)`);
  }

}

