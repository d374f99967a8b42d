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
import { LIST_MARKER_SOURCE } from '../vocabulary';
import type { ReadResult, SourceBlock, TextBlock } from './blocks';
import {
  attendanceEntries,
  readActionLine,
  readAttendance,
  readContact,
  readContactLine,
  readMover,
  readNumberedHeading,
  readVoteWords,
  extraKeyword,
} from './classify';
import { splitDocumentLink } from './furniture';
import type { HeaderValues } from './header';
import { NameBook } from './people';
import type { ImportReport } from './report';
import { readTitlePage, type TitlePage } from './title-page';

/** A line of the written body, and the source place it came from. */
export interface OutLine {
  readonly text: string;
  readonly at?: number;
}

export interface Recognised {
  readonly header: HeaderValues;
  readonly headerNotes: string[];
  readonly body: OutLine[];
  readonly names: NameBook;
}

const LIST_START = new RegExp(`^(?:${LIST_MARKER_SOURCE})(?=[ \\t]|$)`);
/** A bullet put in front of a numbered marker by a conversion (`- 1.1. This report ...`). */
const BULLET_BEFORE_NUMBER = /^[-•·*]\s+(?=\d{1,3}(?:\.\d{1,3})*\.?\s)/;
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
class Walk {
  readonly out: OutLine[] = [];
  readonly headerNotes: string[] = [];
  private items = 0;
  private itemNumber: string | null = null;
  /** The next block goes right under the last line, no blank line between (a keyword's body, a list's next entry). */
  private glue: 'none' | 'body' | 'list' = 'none';
  private itemPage = false;
  private pendingAttendance: { keyword: string; entries: string[]; at: number; label: string } | null = null;
  private pendingDocuments: { names: string[]; at: number } | null = null;
  private blocks: readonly SourceBlock[] = [];
  private index = 0;
  /** The heading level of the first item: headings at it are items (`#`), deeper ones sub-items (`##`). */
  private topLevel = 0;

  constructor(
    private readonly header: HeaderValues,
    private readonly names: NameBook,
    private readonly report: ImportReport,
  ) {}

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
  }

  private block(b: TextBlock): void {
    const text = b.text.replace(BULLET_BEFORE_NUMBER, '');
    if (this.pendingAttendance && this.attendanceEntry(b)) return;
    this.flushAttendance();
    const doc = splitDocumentLink(text.replace(/^[-•·*]\s+/, ''));
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
    const numbered = this.headingAllowed() ? readNumberedHeading(text) : null;
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
  private headingAllowed(): boolean {
    if (this.glue === 'body') return false;
    const last = [...this.out].reverse().find((l) => l.text !== '')?.text ?? '';
    if (this.glue === 'list') return /^\s*\d{1,3}\.\d/.test(last);
    return !/:$/.test(last);
  }

  /** A supporting document's link: its name goes on the item's DOCUMENTS line. */
  private document(name: string, at: number): void {
    if (!this.pendingDocuments) {
      this.pendingDocuments = { names: [], at };
      this.rewrite(at, name, `DOCUMENTS: ${name}`, 'the supporting documents are the DOCUMENTS line');
    }
    this.pendingDocuments.names.push(name.replace(/,\s*/g, ' '));
    this.found(at, name, 'document');
  }

  private flushDocuments(): void {
    const p = this.pendingDocuments;
    if (!p) return;
    this.pendingDocuments = null;
    this.line(`DOCUMENTS: ${p.names.join(', ')}`, p.at, 'own');
    this.glue = 'none';
  }

  private heading(level: number, number: string | null, title: string, at: number): void {
    this.flushAttendance();
    this.flushDocuments();
    this.blank();
    if (this.items === 0) this.topLevel = level;
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
    const split = /^((?:the |The )?[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,5})\s+(to\s+\w.*)$/.exec(task);
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
    const indent = '   '.repeat(b.depth ?? 0);
    const glued = this.glue !== 'none';
    if (!glued) this.blank();
    this.out.push({ text: indent + text, at: b.at });
    this.glue = 'list';
    this.afterText(text, b.at);
  }

  private paragraph(text: string, at: number): void {
    const split = splitMoverAndResolved(text);
    if (split) {
      this.noteMover(text, at);
      this.line(escape(split.before), at, this.glue === 'none' ? 'own' : 'glued');
      this.out.push({ text: split.resolved, at });
      this.found(at, split.resolved, 'resolution');
      this.glue = /[:,]$|\bthat$/i.test(split.resolved) ? 'body' : 'none';
      return;
    }
    this.line(escape(text), at, this.glue === 'none' ? 'own' : 'glued');
    this.glue = 'none';
    this.afterText(text, at);
  }

  /** After a paragraph or entry: a vote or a mover in its words gets its line or note. */
  private afterText(text: string, at: number): void {
    this.noteMover(text, at);
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
    this.comment(at, `${parts}: kept as narrative until the language's MOTION: lines are read by this version`);
  }

  private table(rows: readonly (readonly string[])[], at: number): void {
    this.flushAttendance();
    this.flushDocuments();
    this.blank();
    const head = rows[0] ?? [];
    const risk = head.some((c) => /^risks?$/i.test(c)) && head.some((c) => /rating/i.test(c));
    if (risk) this.out.push({ text: 'RISKS:', at });
    this.found(at, head.join(' | '), risk ? 'risk table' : 'table');
    this.report.recognised.tables++;
    rows.forEach((row, i) => {
      this.out.push({ text: `| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`, at });
      if (i === 0) this.out.push({ text: `|${row.map(() => '---').join('|')}|`, at });
    });
    this.glue = 'none';
  }

  private attendance(b: TextBlock, text: string): boolean {
    const a = readAttendance(text);
    if (!a) return false;
    this.pendingAttendance = { keyword: a.keyword, entries: attendanceEntries(a.rest), at: b.at, label: text };
    return true;
  }

  /** A name on its own line under an attendance label (ModernGov lists each member as a list entry). */
  private attendanceEntry(b: TextBlock): boolean {
    const p = this.pendingAttendance!;
    const t = b.text.replace(/^[-•·*]\s+/, '');
    if (b.heading || readAttendance(t) || readNumberedHeading(t) || LIST_START.test(b.text) !== (b.depth !== undefined)) return false;
    if (b.depth === undefined && !/^(?:[A-Z][\w'’.-]*|\([^)]*\)|and|of|the|for)(?:[ ,]+(?:[A-Z][\w'’.-]*|\([^)]*\)|and|of|the|for))*$/.test(t)) return false;
    p.entries.push(...attendanceEntries(t));
    p.label += ` ${b.text}`;
    return true;
  }

  private flushAttendance(): void {
    const p = this.pendingAttendance;
    if (!p) return;
    this.pendingAttendance = null;
    for (const e of p.entries) this.names.add(e);
    const line = `${p.keyword}: ${p.entries.length ? p.entries.join(', ') : 'none'}`;
    this.found(p.at, p.label, `attendance (${p.keyword.toLowerCase()})`);
    this.report.recognised.attendance += p.entries.length;
    this.rewrite(p.at, p.label, line, 'an attendance list, one entry per person');
    this.line(line, p.at, 'own');
    this.glue = 'none';
  }

  private line(text: string, at: number, how: 'own' | 'glued'): void {
    if (how === 'own' && this.glue === 'none') this.blank();
    this.out.push({ text, at });
  }

  /** A blank line, unless there is one already or the last line is an `// import:` note, which belongs right above its line. */
  private blank(): void {
    const last = this.out[this.out.length - 1];
    if (last && last.text !== '' && !last.text.startsWith('// import:')) this.out.push({ text: '' });
  }

  private guess(at: number, note: string): void {
    this.report.guessed.push({ at, text: '', note });
    this.comment(at, note);
  }

  private comment(at: number, note: string): void {
    if (this.glue === 'none') this.blank();
    this.out.push({ text: `// import: ${note}`, at });
  }

  private found(at: number, text: string, note: string): void {
    this.report.found.push({ at, text: text.slice(0, 200), note });
  }

  private drop(b: TextBlock, reason: string): void {
    this.report.dropped.push({ at: b.at, text: b.text, note: reason });
  }

  private rewrite(at: number, from: string, to: string, note: string): void {
    if (words(from) !== words(to)) this.report.rewritten.push({ at, from, to, note });
  }

}

/** The keyword a line opens with, in any of the forms the lexer reads (KEYWORD_HEADS), or null. */
function keywordOf(text: string): string | null {
  for (const [k, re] of KEYWORD_HEADS) if (re.test(text)) return k;
  return null;
}

/** `It was moved by A, seconded by B and RESOLVED that ...`: the narrative and the resolution apart. */
function splitMoverAndResolved(text: string): { before: string; resolved: string } | null {
  const m = /^(.*\b(?:moved|seconded)\b.*?\band)\s+(RESOLVED|[Rr]esolved)\s*,?\s+(that\b.*)$/.exec(text);
  return m ? { before: m[1], resolved: `RESOLVED: ${m[3]}` } : null;
}

/** Narrative that would read as a heading, table, comment, escape or header fence is escaped with a backslash. */
function escape(text: string): string {
  return /^(?:#|\||\/\/|\\|---)/.test(text) || keywordOf(text) ? `\\${text}` : text;
}

/** Short, and not a sentence: a title. */
function isTitleLike(text: string): boolean {
  return text.split(' ').length <= 20 && !/[.;:,]$/.test(text);
}

/** The words of a text, lower-cased, for telling whether a rewrite changed any. */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
