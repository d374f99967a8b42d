/**
 * What one block of the source says, tested line by line: an attendance
 * list (`Present: Councillors Ali (Chair), Benn and Cole`), a contact in
 * brackets (`(Irfan Alam – 01274 432904)`), a vote in words (`For 7,
 * Against 2, Abstentions 1 – CARRIED`), a mover and a seconder, an action
 * marked as one (`Action: The Clerk to write to the objectors`), a numbered
 * heading. Each test returns what it read, or null; the recogniser decides
 * what to write.
 */
import { NOBODY } from '../vocabulary';

/**
 * A part of an attendance list split at each ` and ` or ` & ` that is not in
 * brackets (the next bracket after it is not a `)`), as
 * `part.split(/\s+(?:and|&)\s+(?![^()]*\))/)` gives. Done by hand: that
 * pattern rescanned a run of white space from each of its characters, and
 * its look-ahead read to the next bracket from every ` and `, both
 * quadratic on a long part. Here a run is matched from its start only and
 * whether a `)` comes next is read from one pass from the end.
 */
function splitAtAnd(part: string): string[] {
  const closeNext: boolean[] = new Array(part.length + 1);
  closeNext[part.length] = false;
  for (let i = part.length - 1; i >= 0; i--) closeNext[i] = part[i] === ')' ? true : part[i] === '(' ? false : closeNext[i + 1];
  const out: string[] = [];
  let from = 0;
  // A separator rejected for its look-ahead needs no retry inside it: any
  // overlapping one ends with only white space and `and` between, so has
  // the same next bracket.
  for (const m of part.matchAll(/(?<!\s)\s+(?:and|&)\s+/g)) {
    if (closeNext[m.index + m[0].length]) continue;
    out.push(part.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(part.slice(from));
  return out;
}

/** The attendance lists' labels as minutes print them, and the keyword each becomes. */
const ATTENDANCE_LABELS: readonly [RegExp, string][] = [
  [/^(?:present|members present|councillors present|members|attendees|attendance|present were)$/i, 'PRESENT'],
  [/^(?:apologies(?: for absence)?|apologies received(?: from)?)$/i, 'APOLOGIES'],
  [/^(?:absent|absent without apologies)$/i, 'ABSENT'],
  [/^(?:in attendance|also present|also in attendance|officers(?: present| in attendance)?|officers attending)$/i, 'IN ATTENDANCE'],
];

/** An attendance line: its keyword, the label as written, and the names after it (possibly none: a list follows). */
export function readAttendance(text: string): { keyword: string; label: string; rest: string } | null {
  const m = /^([A-Za-z][A-Za-z ]{2,40}?)\s*(?::|\s[-–]\s)\s*(.*)$/.exec(text);
  if (!m) return null;
  const found = ATTENDANCE_LABELS.find(([re]) => re.test(m[1].trim()));
  return found ? { keyword: found[1], label: m[1].trim(), rest: m[2].trim() } : null;
}

/**
 * Splits an attendance list into entries: commas, semicolons and a final
 * "and"; `Councillors Ali, Benn and Cole` gives each name its title. Notes in
 * brackets stay with their name.
 */
export function attendanceEntries(rest: string): string[] {
  if (NOBODY.test(rest.trim())) return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of rest) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const entries = parts.flatMap(splitAtAnd).map((p) => p.trim().replace(/\.$/, '')).filter(Boolean);
  const titled: string[] = [];
  let title: string | null = null;
  for (const e of entries) {
    const plural = /^(Councillors|Cllrs\.?|Messrs\.?)\s+(.+)$/i.exec(e);
    if (plural) {
      title = /^c/i.test(plural[1]) ? (plural[1].toLowerCase().startsWith('cllr') ? 'Cllr' : 'Councillor') : 'Mr';
      titled.push(`${title} ${plural[2]}`);
    } else if (title && !/^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\b/i.test(e) && /^[A-Z]/.test(e) && e.split(' ').length <= 3) {
      titled.push(`${title} ${e}`);
    } else {
      title = null;
      titled.push(e);
    }
  }
  return titled;
}

/** A contact in brackets at the end of an agenda text: `(Irfan Alam – 01274 432904)`. */
export function readContact(text: string): { name: string; means: string } | null {
  const m = /^\(\s*([A-Z][^()]{1,60}?)\s*[-–—,:]\s*((?:Tel\.?:?\s*)?\+?[\d][\d ()-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\)$/.exec(text);
  return m ? { name: m[1].trim(), means: m[2].trim() } : null;
}

/** A `Contact:` line as pages print it. */
export function readContactLine(text: string): string | null {
  const m = /^(?:Contact(?: officer)?|Lead officer contact|Report author)\s*:\s*(.+)$/i.exec(text);
  return m ? m[1].trim() : null;
}

export interface VoteWords {
  readonly line: string;
  /** True when the outcome was not written and was worked out from the counts. */
  readonly outcomeGuessed: boolean;
}

/**
 * A vote written in words: `For 7, Against 2, Abstentions 1`, `(7 for, 2
 * against, 1 abstention)`, with its outcome (`carried`, `lost`, `fell`)
 * where the sentence gives it. Returns the VOTE line's value.
 */
export function readVoteWords(text: string): VoteWords | null {
  const count = (label: string): number | null => {
    const a = new RegExp(`\\b(?:${label})\\s*[:\\-–]?\\s*(\\d{1,3})\\b`, 'i').exec(text);
    if (a) return Number(a[1]);
    const b = new RegExp(`\\b(\\d{1,3})\\s+(?:votes?\\s+)?(?:${label})\\b`, 'i').exec(text);
    return b ? Number(b[1]) : null;
  };
  const forCount = count('for|in favour');
  const against = count('against');
  if (forCount === null || against === null) return null;
  const abstain = count('abstentions?|abstained|abstain');
  const said = /\b(carried|agreed|passed|approved)\b/i.test(text) ? 'carried' : /\b(lost|fell|defeated|rejected|not carried)\b/i.test(text) ? 'lost' : null;
  const outcome = said ?? (forCount > against ? 'carried' : 'lost');
  const counts = [`for ${forCount}`, `against ${against}`, ...(abstain !== null ? [`abstain ${abstain}`] : [])].join(', ');
  return { line: `${counts} — ${outcome}`, outcomeGuessed: said === null };
}

/** `moved by Councillor A, seconded by Councillor B` in a sentence. */
export function readMover(text: string): { mover: string | null; seconder: string | null } | null {
  const name = "((?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Dr|the)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3}|[A-Z][\\w'’-]+\\s+[A-Z][\\w'’-]+)";
  const mover = new RegExp(`\\b(?:moved|proposed) by ${name}`).exec(text);
  const seconder = new RegExp(`\\bseconded by ${name}`).exec(text);
  if (!mover && !seconder) return null;
  return { mover: mover?.[1] ?? null, seconder: seconder?.[1] ?? null };
}

/** An action the source marks as one: `Action: ...`, `ACTION - ...`, `Action by: ...`. */
export function readActionLine(text: string): string | null {
  const m = /^(?:ACTION|Action)(?: by| points?)?\s*(?::|\s[-–—]\s)\s*(.+)$/.exec(text);
  return m ? m[1].trim() : null;
}

/**
 * A line numbered like an agenda item: `48. Minutes of the previous
 * meeting`, `77/21 Planning applications`, `4(a) Land at Mill Lane`, `3.
 * APOLOGIES FOR ABSENCE`. Short, and not a sentence (no full stop at the
 * end, not `That ...`), so a numbered resolution is not taken for one.
 */
export function readNumberedHeading(text: string): { number: string; title: string } | null {
  const m = /^(\d{1,3}(?:\/\d{2,4})?(?:\([a-z0-9]{1,3}\))?[a-z]?\.?|[A-Z]\d{1,2}\.)\s+(\S.*)$/.exec(text);
  if (!m) return null;
  const title = m[2];
  const words = title.split(/\s+/).length;
  if (words > 16 || /[.;,]$/.test(title) || /^(?:that|to|the committee|members|it)\b/i.test(title)) return null;
  if (/^\d+\.\d/.test(m[1])) return null;
  return { number: m[1].replace(/\.$/, ''), title };
}

/**
 * Forms of RESOLVED that the lexer does not read (it is kept narrow, so
 * narrative that starts with "Resolved" stays narrative) but that minutes
 * print at the start of a decision: `RESOLVED that:`, `Resolved, that`,
 * and a decision page's `Decision:`. Returns the words as written and their
 * standard form.
 */
export function extraKeyword(text: string): { written: string; replacement: string; note: string } | null {
  const that = /^(?:It was |it was )?(?:RESOLVED|Resolved|resolved),?\s+(?:that|THAT)\b:?/.exec(text);
  if (that && !/^It was/i.test(text)) return { written: that[0], replacement: 'RESOLVED: that', note: 'the standard form of the keyword' };
  const decision = /^Decisions?(?: made)?\s*:/.exec(text);
  if (decision) return { written: decision[0], replacement: 'RESOLVED:', note: "a decision page's Decision: is the RESOLVED keyword" };
  return null;
}

/**
 * A declaration of interest in a sentence: `Councillor Kim Lowe declared an
 * interest in item 5 as a member of the allotment society.` gives the
 * person, the item and the interest (the sentence's words from "declared"
 * on, without the item). `There were no declarations of interest.` is none.
 */
export function readDeclaration(text: string): { person: string; item: string | null; interest: string } | 'none' | null {
  if (/^(?:There were no|No) (?:declarations|interests)\b.*\b(?:declared|made|received|interest)\.?$|^None(?: declared)?\.?$/i.test(text)) return 'none';
  const m = /^((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) declared (an? .+?)(?: in (?:agenda )?(?:item|minute) ([\w/().]+?))?(,| as | because | being )(.+?)\.?$/.exec(text);
  if (!m) return null;
  return { person: m[1], item: m[3] ?? null, interest: `${m[2]}${m[4] === ',' ? ',' : m[4].trimEnd()} ${m[5]}`.replace(/\s+/g, ' ').trim() };
}

/**
 * One list of a recorded (named) vote: `For: Councillors Ali, Benn and Cole
 * (3)`, `Against (2): Councillor Dunn and Councillor Earl`, `Abstained:
 * Councillor Fox`. Returns which list and the names, each with its title;
 * a line of counts only (`For: 7`) is not one.
 */
export function readRecordedList(text: string): { list: 'FOR' | 'AGAINST' | 'ABSTAIN'; names: string[]; count: number | null } | null {
  const m = /^(For|FOR|In favour|Against|AGAINST|Abstain|ABSTAIN|Abstained|Abstentions?|ABSTENTIONS?)\s*(?:\((\d+)\))?\s*[:\-–]\s*(.+?)\s*(?:\((\d+)\))?\.?$/.exec(text);
  if (!m || !/\b(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\b/.test(m[3])) return null;
  const label = m[1].toLowerCase();
  const list = label === 'against' ? 'AGAINST' : label.startsWith('abst') ? 'ABSTAIN' : 'FOR';
  const count = m[2] ?? m[4];
  return { list, names: attendanceEntries(m[3]), count: count === undefined ? null : Number(count) };
}

/**
 * Someone arriving, leaving or returning, in a sentence: `Councillor Marcus
 * Ives arrived at 6.52 pm`, `Councillor Kim Lowe left the meeting for this
 * item`, `Councillor Lowe returned to the meeting`. Returns the change, the
 * name and the time when the sentence gives one.
 */
export function readAttendanceChange(text: string): { kind: 'ARRIVED' | 'LEFT' | 'RETURNED'; name: string; time: string | null } | null {
  const m = /^((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) (arrived|joined the meeting|left the (?:meeting|room|chamber)|returned(?: to the (?:meeting|room|chamber))?)\b(?:.*?\bat (\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?))?/.exec(text);
  if (!m) return null;
  const kind = /^(?:arrived|joined)/.test(m[2]) ? 'ARRIVED' : m[2].startsWith('left') ? 'LEFT' : 'RETURNED';
  // `7.10 pm.` at the end of the sentence: the full stop is the sentence's.
  return { kind, name: m[1], time: m[3]?.replace(/([ap]m)\.$/, '$1') ?? null };
}
