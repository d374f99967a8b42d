/**
 * Reading the project's own HTML export back (`minutes export --to html`):
 * its header, attendance, declarations, items, fields, blocks, votes,
 * actions and risk tables are marked with `minutes-*` classes, so each is
 * written back as the line of the language it was printed from. The
 * importer's third promise rests on this: importing the export of an
 * imported file gives the same model (the JSON export's fields).
 */
import { clean, type ReadResult } from './blocks';
import { classes, elements, find, findAll, hasClass, textOf, type DomNode } from './dom';
import { ATTENDANCE_LISTS } from '../vocabulary';
import { readClock, readDate, readTimes } from './meeting-header';

const BLOCK_KEYWORDS: Record<string, string> = {
  'minutes-resolved': 'RESOLVED',
  'minutes-recommended': 'RECOMMENDED',
  'minutes-noted': 'NOTED',
  'minutes-risks': 'RISKS',
  'minutes-minutes': 'MINUTES',
};
const FIELDS: Record<string, string> = {
  'minutes-report': 'REPORT',
  'minutes-contact': 'CONTACT',
  'minutes-documents': 'DOCUMENTS',
  'minutes-urgent': 'URGENT',
  'minutes-exempt-field': 'EXEMPT',
};
/** The keyword of each attendance list by the label the export prints for it. */
const ATTENDANCE: ReadonlyMap<string, string> = new Map(ATTENDANCE_LISTS.map((l) => [l.label, l.keyword]));

/** Reads the `<main class="minutes-document">` of an export. */
export function readOwnExport(main: DomNode): ReadResult {
  const meta = header(find(main, (e) => hasClass(e, 'minutes-header')));
  const lines: string[] = [];
  for (const c of elements(main)) {
    if (hasClass(c, 'minutes-header')) continue;
    if (hasClass(c, 'minutes-end')) {
      // The sentence the exports end with (docs/language.md#the-end-of-the-meeting), from CLOSED: and nothing else; the signature block is generated.
      const closed = readClock(/closed at (.+?)\.?$/.exec(text(find(c, (e) => hasClass(e, 'minutes-closed'))))?.[1] ?? '');
      if (closed) lines.push(`CLOSED: ${closed}`);
      continue;
    }
    if (hasClass(c, 'minutes-attendance')) attendance(c, lines);
    else if (hasClass(c, 'minutes-declarations')) declarations(c, lines);
    else if (hasClass(c, 'minutes-item')) item(c, 1, lines);
    else content(c, lines);
  }
  return { blocks: [], meta, minutes: lines };
}

function text(n: DomNode | null | undefined): string {
  return n ? clean(textOf(n)) : '';
}

function header(h: DomNode | null): Record<string, string> {
  const meta: Record<string, string> = {};
  if (!h) return meta;
  const authority = find(h, (e) => hasClass(e, 'minutes-authority'));
  if (authority) meta.authority = text(authority);
  const subtitle = text(find(h, (e) => hasClass(e, 'minutes-subtitle')));
  const title = text(find(h, (e) => e.tagName === 'h1'));
  const fields = findAll(h, (e) => e.tagName === 'dt').map((dt) => [text(dt), text(findNext(h, dt))] as const);
  const report = /^Report to the /.test(subtitle) || fields.some(([l]) => l === 'Report from' || l === 'Author');
  if (report) {
    meta.type = 'report';
    if (title !== 'Report') meta.title = title;
    if (subtitle.startsWith('Report to the ')) meta.committee = subtitle.slice('Report to the '.length);
  } else if (title !== 'Minutes') meta.committee = title;
  for (const [label, value] of fields) {
    if (label === 'Date') meta.date = readDate(value) ?? value;
    else if (label === 'Time') meta.time = readTimes(value) ?? value;
    else if (label === 'Venue') meta.venue = value;
    else if (label === 'Report from') meta.from = value;
    else if (label === 'Author') meta.author = value;
    else if (label === 'Status') status(value, meta);
  }
  return meta;
}

function status(value: string, meta: Record<string, string>): void {
  const approved = /^Approved as a correct record(?: on (.+))?$/.exec(value);
  if (approved) {
    meta.status = 'approved';
    const on = approved[1] && readDate(approved[1]);
    if (on) meta['approved-on'] = on;
  } else if (/^Draft/.test(value)) meta.status = 'draft';
  else meta.status = value;
}

/** The `<dd>` after a `<dt>`. */
function findNext(root: DomNode, dt: DomNode): DomNode | null {
  const parent = find(root, (e) => elements(e).includes(dt));
  const siblings = parent ? elements(parent) : [];
  return siblings[siblings.indexOf(dt) + 1] ?? null;
}

function attendance(section: DomNode, lines: string[]): void {
  for (const dt of findAll(section, (e) => e.tagName === 'dt')) {
    const keyword = ATTENDANCE.get(text(dt));
    if (keyword) lines.push(`${keyword}: ${text(findNext(section, dt))}`);
  }
  lines.push('');
}

function declarations(table: DomNode, lines: string[]): void {
  lines.push('DECLARATIONS:');
  for (const tr of findAll(table, (e) => e.tagName === 'tr' && elements(e).every((c) => c.tagName === 'td'))) {
    const [person, item, what] = elements(tr).map(text);
    lines.push(`- ${person}${item ? ` (item ${item})` : ''}: ${what}`);
  }
  lines.push('');
}

function item(section: DomNode, level: number, lines: string[]): void {
  const h = elements(section).find((e) => /^h[2-6]$/.test(e.tagName ?? ''));
  const number = text(h && find(h, (e) => hasClass(e, 'minutes-item-number')));
  const title = text(h && find(h, (e) => hasClass(e, 'minutes-item-title')));
  lines.push(`${'#'.repeat(Math.min(level, 2))} ${number ? `${number}. ` : ''}${title}`, '');
  for (const c of elements(section)) {
    if (c === h || hasClass(c, 'minutes-withheld-note')) continue;
    if (hasClass(c, 'minutes-item')) item(c, level + 1, lines);
    else content(c, lines, number);
  }
}

/** One printed block of an item or the preamble, as its lines and a blank line. */
function content(n: DomNode, lines: string[], number = ''): void {
  const cls = classes(n);
  const field = cls.map((c) => FIELDS[c]).find(Boolean);
  const keyword = cls.map((c) => BLOCK_KEYWORDS[c]).find(Boolean);
  if (hasClass(n, 'minutes-motion') || hasClass(n, 'minutes-amendment')) motion(n, hasClass(n, 'minutes-motion') ? 'MOTION' : 'AMENDMENT', lines);
  else if (field) lines.push(`${field}: ${afterLabel(n)}`);
  else if (hasClass(n, 'minutes-exempt')) lines.push(`EXEMPT: ${/paragraph (\d+)/.exec(text(n))?.[1] ?? ''}`);
  else if (keyword) block(n, keyword, lines, number);
  else if (hasClass(n, 'minutes-vote')) lines.push(`VOTE: ${voteLine(afterLabel(n))}`);
  else if (hasClass(n, 'minutes-actions')) actions(n, lines);
  else if (hasClass(n, 'minutes-declarations')) declarations(n, lines);
  else if (hasClass(n, 'minutes-recorded-vote')) recordedVote(n, lines);
  else if (hasClass(n, 'minutes-attendance-change')) lines.push(attendanceChange(n));
  else if (n.tagName === 'table') table(n, lines);
  else if (n.tagName === 'ul' || n.tagName === 'ol') list(n, lines);
  else if (n.tagName === 'p' || n.tagName === 'div') lines.push(escape(text(n)));
  lines.push('');
}

function block(n: DomNode, keyword: string, lines: string[], number: string): void {
  const label = elements(n).find((e) => hasClass(e, 'minutes-block-label'));
  const rest = label ? afterLabel(label) : '';
  lines.push(`${keyword}:${rest ? ` ${rest}` : ''}`);
  for (const c of elements(n)) {
    if (c === label) continue;
    if (hasClass(c, 'minutes-resolutions')) resolutions(c, lines, number, 0);
    else if (hasClass(c, 'minutes-risk-table')) table(c, lines, true);
    else if (c.tagName === 'ul' || c.tagName === 'ol') list(c, lines);
    else if (c.tagName === 'table') table(c, lines);
    else lines.push(escape(text(c)));
  }
}

/** A list of resolutions: each `54(a)(i)` is written as its own marker, `(i)`, indented under its parent. */
function resolutions(ol: DomNode, lines: string[], number: string, depth: number): void {
  for (const li of elements(ol)) {
    const kids = elements(li);
    const id = text(kids.find((e) => hasClass(e, 'minutes-resolution-id')));
    const own = id.startsWith(number) ? id.slice(number.length) : id;
    const marker = /\([^()]*\)$/.exec(own)?.[0] ?? own;
    lines.push(`${'   '.repeat(depth)}${marker || '(1)'} ${text(kids.find((e) => hasClass(e, 'minutes-resolution-text')))}`);
    for (const sub of kids.filter((e) => hasClass(e, 'minutes-resolutions'))) resolutions(sub, lines, number, depth + 1);
  }
}

/** A motion or an amendment: `Moved by A, seconded by B.` and `Withdrawn.` back as its keyword line, then its text. */
function motion(n: DomNode, keyword: string, lines: string[]): void {
  const head = elements(n).find((e) => hasClass(e, 'minutes-motion-head'));
  const moved = text(head && find(head, (e) => hasClass(e, 'minutes-moved'))).replace(/\.$/, '');
  const withdrawn = /withdrawn/i.test(text(head && find(head, (e) => hasClass(e, 'minutes-outcome'))));
  const who = moved.replace(/^Moved by/, 'moved by').replace(/^Seconded by/, 'seconded by');
  lines.push(`${keyword}:${who ? ` ${who}` : ''}${withdrawn ? ' — withdrawn' : ''}`);
  for (const c of elements(n)) if (c !== head) lines.push(escape(text(c)));
}

/** The text after a `<span class="minutes-label">` (`Contact: ...`). */
function afterLabel(n: DomNode): string {
  return clean((n.childNodes ?? []).filter((c) => !hasClass(c, 'minutes-label')).map(textOf).join(''));
}

/**
 * The export's vote sentence (`Carried: 7 for, 2 against, 1 abstention`,
 * `Carried unanimously`) as a VOTE line. The count may stand before its word
 * or after it (`for 7`, as earlier exports print it), so that minutes exported
 * by either version come back the same.
 */
export function voteLine(sentence: string): string {
  const n = (word: string): string | null => {
    const m = new RegExp(`\\b${word}\\s+(\\d+)|(\\d+)\\s+${word}\\b`, 'i').exec(sentence);
    return m ? (m[1] ?? m[2]) : null;
  };
  const counts = [['for', n('for')], ['against', n('against')], ['abstain', n('abstentions?')]]
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k} ${v}`);
  const outcome = /^carried/i.test(sentence) ? 'carried' : /^lost/i.test(sentence) ? 'lost' : null;
  const how = /unanimously/i.test(sentence) ? 'unanimous' : /nem\. con\./i.test(sentence) ? 'nem. con.' : null;
  if (!counts.length) return how ?? outcome ?? sentence;
  return `${counts.join(', ')}${outcome ? ` — ${outcome}` : ''}${how ? ` — ${how}` : ''}`;
}

/** A recorded vote's table (`For (2)`: the names), as the FOR:, AGAINST: and ABSTAIN: lines under the VOTE line before it. */
function recordedVote(t: DomNode, lines: string[]): void {
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (const tr of findAll(t, (e) => e.tagName === 'tr')) {
    const [head, names] = elements(tr).map(text);
    const list = /^against/i.test(head) ? 'AGAINST' : /^abst/i.test(head) ? 'ABSTAIN' : 'FOR';
    lines.push(`  ${list}: ${names}`);
  }
}

/** `Councillor Lowe left the meeting (for item 5).` back as `LEFT: Councillor Lowe (for item 5)`; a line naming several people gives a sentence each. */
function attendanceChange(p: DomNode): string {
  const kind = hasClass(p, 'minutes-arrived') ? 'ARRIVED' : hasClass(p, 'minutes-left') ? 'LEFT' : hasClass(p, 'minutes-returned') ? 'RETURNED' : null;
  if (!kind) return afterLabelKeyword(p);
  const entries = text(p)
    .split(/(?<=\.)\s+(?=\S)/)
    .map((s) => /^(.*?) (?:arrived|left the meeting|returned to the meeting)(?: (\(.*\)))?\.$/.exec(s))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}${m[2] ? ` ${m[2]}` : ''}`);
  return `${kind}: ${entries.join(', ')}`;
}

/** A change line the export printed with its label (`Arrived: ...`), as that keyword line. */
function afterLabelKeyword(p: DomNode): string {
  const label = text(find(p, (e) => hasClass(e, 'minutes-label'))).replace(/:$/, '').toUpperCase();
  return `${label}: ${afterLabel(p)}`;
}

function actions(t: DomNode, lines: string[]): void {
  for (const tr of findAll(t, (e) => e.tagName === 'tr' && elements(e).every((c) => c.tagName === 'td'))) {
    const [owner, task, due, state] = elements(tr).map(text);
    const iso = due ? readDate(due) : null;
    const parts = [owner, task, due ? `due ${iso ?? due}` : '', state && state !== 'Open' ? state.toLowerCase() : ''].filter(Boolean);
    lines.push(`ACTION: ${parts.join(' — ')}`);
  }
}

function table(t: DomNode, lines: string[], risk = false): void {
  const rows = findAll(t, (e) => e.tagName === 'tr').map((tr) =>
    elements(tr).map((c) => (risk && hasClass(c, 'minutes-rating') ? text(find(c, (e) => hasClass(e, 'minutes-rating-value'))) : text(c))),
  );
  const head = find(t, (e) => e.tagName === 'thead');
  rows.forEach((r, i) => {
    lines.push(`| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
    if (i === 0 && head) lines.push(`|${r.map(() => '---').join('|')}|`);
  });
}

function list(l: DomNode, lines: string[], depth = 0): void {
  for (const li of elements(l)) {
    const marker = text(find(li, (e) => hasClass(e, 'minutes-marker'))) || '-';
    const entry = find(li, (e) => hasClass(e, 'minutes-entry-text'));
    const own = entry ? text(entry) : clean((li.childNodes ?? []).filter((c) => c.tagName !== 'ul' && c.tagName !== 'ol').map(textOf).join(''));
    lines.push(`${'   '.repeat(depth)}${marker} ${own}`);
    for (const sub of elements(li).filter((e) => e.tagName === 'ul' || e.tagName === 'ol')) list(sub, lines, depth + 1);
  }
}

function escape(t: string): string {
  return /^(?:#|\||\/\/|\\|---|[A-Z][A-Z ]+:)/.test(t) ? `\\${t}` : t;
}
