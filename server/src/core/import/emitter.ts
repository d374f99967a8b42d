/**
 * The recogniser's output side: the lines written so far, each with the
 * source place it came from, and the report's entries; the few line kinds
 * that gather several source blocks into one line of the language (an
 * attendance list whose names follow its label, the supporting documents
 * that make a DOCUMENTS line) and tables. recognise.ts's walk extends it
 * with the decisions about each block.
 */
import { LIST_MARKER_SOURCE } from '../vocabulary';
import type { TextBlock } from './blocks';
import { attendanceEntries, readAttendance, readAttendanceChange, readDeclaration, readMover, readNumberedHeading, readRecordedList } from './classify';
import { withoutBullet, words } from './line-forms';
import type { NameBook } from './people';
import type { ImportReport } from './report';
import { withoutTrailingNote } from './trailing-note';

/** A line of the written body, and the source place it came from. */
export interface OutLine {
  readonly text: string;
  readonly at?: number;
}

const LIST_START = new RegExp(`^(?:${LIST_MARKER_SOURCE})(?=[ \\t]|$)`);

export abstract class Emitter {
  readonly out: OutLine[] = [];
  /** The next block goes right under the last line, no blank line between (a keyword's body, a list's next entry). */
  protected glue: 'none' | 'body' | 'list' = 'none';
  protected pendingAttendance: { keyword: string; entries: string[]; at: number; label: string } | null = null;
  protected pendingDocuments: { names: string[]; at: number } | null = null;
  protected pendingVote: { lists: { list: string; names: string[]; count: number | null; at: number; text: string }[] } | null = null;
  /** The names of the PRESENT list, to match a recorded vote's surnames to (`Councillor Ali` is `Councillor Anne Ali`). */
  protected present: string[] = [];
  /** Who arrived after the start, and who has left and not yet returned. */
  private readonly arrived = new Set<string>();
  private readonly away = new Set<string>();
  /** The title of the item being written, for the items that hold declarations. */
  protected itemTitle = '';

  constructor(
    protected readonly names: NameBook,
    protected readonly report: ImportReport,
  ) {}

  /** A supporting document's link: its name goes on the item's DOCUMENTS line. */
  protected document(name: string, at: number): void {
    if (!this.pendingDocuments) {
      this.pendingDocuments = { names: [], at };
      this.rewrite(at, name, `DOCUMENTS: ${name}`, 'the supporting documents are the DOCUMENTS line');
    }
    this.pendingDocuments.names.push(name.replace(/,\s*/g, ' '));
    this.found(at, name, 'document');
  }

  protected flushDocuments(): void {
    const p = this.pendingDocuments;
    if (!p) return;
    this.pendingDocuments = null;
    this.line(`DOCUMENTS: ${p.names.join(', ')}`, p.at, 'own');
    this.glue = 'none';
  }

  protected table(rows: readonly (readonly string[])[], at: number): void {
    this.flushVote(null);
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

  protected attendance(b: TextBlock, text: string): boolean {
    const a = readAttendance(text);
    if (!a) return false;
    this.pendingAttendance = { keyword: a.keyword, entries: attendanceEntries(a.rest), at: b.at, label: text };
    return true;
  }

  /** A name on its own line under an attendance label (ModernGov lists each member as a list entry). */
  protected attendanceEntry(b: TextBlock): boolean {
    const p = this.pendingAttendance!;
    const t = withoutBullet(b.text);
    if (b.heading || readAttendance(t) || readNumberedHeading(t) || LIST_START.test(b.text) !== (b.depth !== undefined)) return false;
    if (b.depth === undefined && !/^(?:[A-Z][\w'’.-]*|\([^)]*\)|and|of|the|for)(?:[ ,]+(?:[A-Z][\w'’.-]*|\([^)]*\)|and|of|the|for))*$/.test(t)) return false;
    for (const e of attendanceEntries(t)) p.entries.push(e);
    p.label += ` ${b.text}`;
    return true;
  }

  protected flushAttendance(): void {
    const p = this.pendingAttendance;
    if (!p) return;
    this.pendingAttendance = null;
    for (const e of p.entries) this.names.add(e);
    if (p.keyword === 'PRESENT') this.present = p.entries.map((e) => withoutTrailingNote(e));
    const line = `${p.keyword}: ${p.entries.length ? p.entries.join(', ') : 'none'}`;
    this.found(p.at, p.label, `attendance (${p.keyword.toLowerCase()})`);
    this.report.recognised.attendance += p.entries.length;
    this.rewrite(p.at, p.label, line, 'an attendance list, one entry per person');
    this.line(line, p.at, 'own');
    this.glue = 'none';
  }

  /** A list of a recorded vote (`For: Councillors Ali and Benn`), gathered until the lists end. */
  protected recordedList(b: TextBlock): boolean {
    const r = readRecordedList(b.text);
    if (!r) return false;
    this.pendingVote ??= { lists: [] };
    this.pendingVote.lists.push({ list: r.list, names: r.names, count: r.count, at: b.at, text: b.text });
    return true;
  }

  /**
   * Writes a recorded vote (docs/language.md#recorded-votes): `VOTE:
   * recorded` with its outcome, worked out from the names when `said` (the
   * sentence after the lists) does not give it, and the lists indented
   * under it.
   */
  protected flushVote(said: string | null): void {
    const v = this.pendingVote;
    if (!v) return;
    this.pendingVote = null;
    const count = (list: string): number => v.lists.filter((l) => l.list === list).reduce((n, l) => n + l.names.length, 0);
    const outcome = said ?? (count('FOR') > count('AGAINST') ? 'carried' : 'lost');
    const at = v.lists[0].at;
    this.found(at, v.lists.map((l) => l.text).join(' '), 'recorded vote');
    const matched = v.lists.some((l) => l.names.some((n) => this.presentName(n) !== n));
    this.comment(at, `a recorded vote, from the lists below${said ? '' : ', its outcome worked out from the names'}${matched ? '; names matched to PRESENT by surname' : ''}`);
    if (matched) this.report.guessed.push({ at, text: '', note: "the recorded vote's names, matched to PRESENT by surname" });
    if (!said) this.report.guessed.push({ at, text: '', note: 'the outcome of the recorded vote, worked out from the names' });
    // The counts the source printed with its lists (`(4)`) are kept, so that the rules check them against the names.
    const counts = v.lists.every((l) => l.count !== null) ? v.lists.map((l) => `${l.list === 'ABSTAIN' ? 'abstain' : l.list.toLowerCase()} ${l.count}`).join(', ') : 'recorded';
    this.out.push({ text: `VOTE: ${counts} — ${outcome}`, at });
    for (const l of v.lists) {
      for (const n of l.names) this.names.add(this.presentName(n));
      const line = `  ${l.list}: ${l.names.map((n) => this.presentName(n)).join(', ')}`;
      this.rewrite(l.at, l.text, line.trim(), 'a list of a recorded vote, one entry per member');
      this.out.push({ text: line, at: l.at });
    }
    this.glue = 'none';
  }

  /**
   * A sentence saying someone arrived, left or returned gets its ARRIVED:,
   * LEFT: or RETURNED: line under it (docs/language.md#arrivals-and-departures),
   * but only where it agrees with who is there: someone in PRESENT does not
   * arrive, someone not there does not leave.
   */
  protected attendanceChange(text: string, at: number): void {
    const c = readAttendanceChange(text);
    if (!c) return;
    const name = this.presentName(c.name);
    const here = this.present.includes(name) && !this.away.has(name);
    const fits = c.kind === 'ARRIVED' ? !this.present.includes(name) : c.kind === 'LEFT' ? here || this.arrived.has(name) : this.away.has(name);
    if (!fits) return;
    if (c.kind === 'ARRIVED') this.arrived.add(name);
    if (c.kind === 'LEFT') this.away.add(name);
    if (c.kind === 'RETURNED') this.away.delete(name);
    this.found(at, text, `attendance (${c.kind.toLowerCase()})`);
    this.guess(at, `the ${c.kind === 'ARRIVED' ? 'arrival' : c.kind === 'LEFT' ? 'departure' : 'return'} in the sentence above`);
    this.out.push({ text: `${c.kind}: ${name}${c.time ? ` (${c.time})` : ''}`, at });
  }

  /** The one PRESENT name with this name's title and surname, or the name as written. */
  private presentName(name: string): string {
    if (this.present.includes(name)) return name;
    const words = name.split(' ');
    const [title, surname] = [words[0].toLowerCase(), words[words.length - 1].toLowerCase()];
    const found = this.present.filter((p) => {
      const w = p.split(' ');
      return w.length > words.length && w[0].toLowerCase() === title && w[w.length - 1].toLowerCase() === surname;
    });
    return found.length === 1 ? found[0] : name;
  }

  /** A declaration of interest in a sentence, written again as a DECLARATIONS entry under it (docs/language.md#declarations-of-interest). */
  protected declaration(text: string, at: number): void {
    const d = readDeclaration(text);
    if (!d || (d === 'none' && !/declarations? of interest/i.test(this.itemTitle))) return;
    this.found(at, text, 'declaration');
    if (d === 'none') return void this.out.push({ text: 'DECLARATIONS: none', at });
    this.names.add(d.person);
    this.guess(at, 'the declaration in the sentence above');
    this.out.push({ text: 'DECLARATIONS:', at }, { text: `- ${d.person}${d.item ? ` (item ${d.item.replace(/\.$/, '')})` : ''}: ${d.interest}`, at });
  }

  /** The last line written that is not blank (looked for from the end: only blank lines are skipped). */
  protected lastText(): string {
    for (let i = this.out.length - 1; i >= 0; i--) if (this.out[i].text !== '') return this.out[i].text;
    return '';
  }

  protected line(text: string, at: number, how: 'own' | 'glued'): void {
    if (how === 'own' && this.glue === 'none') this.blank();
    this.out.push({ text, at });
  }

  /** A blank line, unless there is one already or the last line is an `// import:` note, which belongs right above its line. */
  protected blank(): void {
    const last = this.out[this.out.length - 1];
    if (last && last.text !== '' && !last.text.startsWith('// import:')) this.out.push({ text: '' });
  }

  protected guess(at: number, note: string): void {
    this.report.guessed.push({ at, text: '', note });
    this.comment(at, note);
  }

  protected comment(at: number, note: string): void {
    if (this.glue === 'none') this.blank();
    this.out.push({ text: `// import: ${note}`, at });
  }

  protected found(at: number, text: string, note: string): void {
    this.report.found.push({ at, text: text.slice(0, 200), note });
  }

  protected drop(b: TextBlock, reason: string): void {
    this.report.dropped.push({ at: b.at, text: b.text, note: reason });
  }

  protected rewrite(at: number, from: string, to: string, note: string): void {
    if (words(from) !== words(to)) this.report.rewritten.push({ at, from, to, note });
  }

}
