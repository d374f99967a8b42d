/**
 * A seeded archive of many committees' minutes, for the series benchmark: each
 * committee meets about monthly for years, and each meeting reads as the
 * fixtures in test/fixtures/series do. Its numbers run on as N/YY through the
 * year and start again at 1 in January; its second item approves the previous
 * meeting's minutes by date (and the file it approves says status: approved,
 * approved-on that date, but for the latest meeting, still a draft); its
 * matters arising report on the last meeting's open actions with `from minute`
 * parts, some done, some still in progress, some reworded; its narrative cites
 * earlier minutes with and without dates; its members declare interests,
 * vote in numbers that agree with the attendance, and are given new actions
 * with owners and due dates. The same seed gives the same archive, byte for byte.
 */
import { prng } from './generate';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const COMMITTEES = [
  'Planning Committee', 'Audit and Governance Committee', 'Executive', 'Licensing Committee', 'Overview and Scrutiny Committee',
  'Children and Young People Scrutiny Panel', 'Health and Wellbeing Board', 'Standards Committee', 'Pensions Committee',
  'Housing Panel', 'Environment Scrutiny Panel', 'Corporate Parenting Board', 'Appointments Committee', 'Employment Committee',
  'Finance and Resources Committee', 'Transport Board', 'Community Safety Partnership', 'Regeneration Board',
  'Climate Emergency Panel', 'Adult Social Care Scrutiny Panel', 'Parish Liaison Forum', 'Schools Forum',
];
const SURNAMES = [
  'whitfield', 'osei', 'brennan', 'lloyd', 'khan', 'turner', 'ford', 'okafor', 'lindqvist', 'bains', 'costa', 'dunmore',
  'egerton', 'greaves', 'hussain', 'ives', 'jennings', 'kowalski', 'mensah', 'paterson', 'quayle', 'munday', 'ferriby', 'jabar',
];
const FIRST = ['Margaret', 'Daniel', 'Siobhan', 'Gareth', 'Nadia', 'Paul', 'Richard', 'Grace', 'Erik', 'Harpreet', 'Miguel', 'Alan', 'Fiona', 'Ruth', 'Bilal', 'Kwame'];
const OFFICERS: readonly (readonly [string, string])[] = [
  ['hall', 'Joanne Hall — Chief Finance Officer'],
  ['chen', 'Laura Chen — Principal Planning Officer'],
  ['nair', 'Priya Nair — Senior Lawyer'],
  ['ellis', 'Rachel Ellis — Democratic Services Officer'],
  ['grant', 'Simon Grant — Engagement Lead, Barfield Audit LLP'],
  ['moss', 'Owen Moss — Head of Internal Audit'],
];
const TOPICS = [
  'Statement of Accounts', 'Treasury management strategy', 'Corporate risk register', 'Internal audit progress report',
  'Budget monitoring', 'Housing allocations policy', 'Local Cycling and Walking Infrastructure Plan', 'Tree Preservation Order',
  'Article 4 Direction — Town Centre Conservation Area', 'Performance and enforcement', 'Leisure Trust contract monitoring',
  'Fraud and corruption annual report', 'Improvement plan', 'Workforce strategy', 'Capital programme', 'Annual governance statement',
];
const TASKS = [
  'Report back on', 'Circulate a briefing on', 'Write to the objectors about', 'Arrange member training on',
  'Publish the decision on', 'Bring a revised timetable for', 'Escalate the findings on',
];
const CLAUSES = [
  'the caseloads in the assessment teams had fallen to manageable levels',
  'the junction would operate within capacity at peak hours',
  'the budget pressure of £1.2m would be met from reserves',
  'the improvement plan had been refreshed and updated in July',
  'the section 106 agreement would secure 30% affordable housing',
  'recruitment and retention of qualified staff remained problematic',
  'the consultation had closed and 212 responses had been received',
  'the ecology survey found no evidence of bats or great crested newts',
  'quality assurance had identified recurring themes in practice',
  'the drainage scheme was acceptable subject to condition 14',
  'performance against the national targets of 60% and 70% had improved',
  'the risk of legal challenge was low but could not be ruled out',
  'the open-book review had found the management fee correctly calculated',
  'the audit was substantially complete and an unqualified opinion was expected',
];
const SUBJECTS = ['The Committee', 'Members', 'The Chair', 'The officer', 'The report', 'A Member', 'The Head of Service'];
const VERBS = ['noted that', 'asked whether', 'explained that', 'confirmed that', 'reported that', 'raised a concern that', 'was advised that'];

/** An action still open at the end of a meeting, to be reported on at the next. */
interface OpenAction {
  readonly owner: string;
  readonly task: string;
  readonly minute: string;
}

interface Meeting {
  readonly date: string;
  readonly year: number;
}

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const longDate = (date: string): string => `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/** The file name of a meeting: the committee's slug and the date. */
export function meetingFileName(committee: number, date: string): string {
  return `${COMMITTEES[committee].toLowerCase().replace(/[^a-z]+/g, '-')}-${date}.minutes`;
}

/** One committee's series of `count` meetings, oldest first, as [file name, text]. */
function committeeSeries(committee: number, count: number, seed: number): [string, string][] {
  const rnd = prng(seed * 7919 + committee);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const members = Array.from({ length: 9 }, (_, i) => SURNAMES[(committee * 5 + i) % SURNAMES.length]);
  const officers = OFFICERS.slice(committee % 3, (committee % 3) + 4);
  const name = COMMITTEES[committee];

  // Dates first: about monthly, skipping August, from January 2004.
  const meetings: Meeting[] = [];
  let year = 2004;
  let month = 1 + (committee % 2);
  for (let i = 0; i < count; i++) {
    meetings.push({ date: iso(year, month, int(3, 26)), year });
    month += month === 7 ? 2 : 1;
    if (month > 12) (month -= 12), year++;
  }

  const out: [string, string][] = [];
  /** The item numbers each meeting so far holds, for dated citations of them. */
  const held: string[][] = [];
  let open: OpenAction[] = [];
  let number = 0;
  let numberYear = 0;
  for (let i = 0; i < count; i++) {
    const m = meetings[i];
    const lines: string[] = [];
    const push = (line = ''): number => lines.push(line);
    if (m.year !== numberYear) (number = 0), (numberYear = m.year);
    const yy = String(m.year).slice(2);
    const numbers: string[] = [];
    held.push(numbers);
    const minute = (): string => (numbers.push(`${++number}/${yy}`), numbers[numbers.length - 1]);
    const last = i === count - 1;
    const present = members.filter(() => rnd() < 0.85);
    for (const h of members) if (present.length < 4 && !present.includes(h)) present.push(h);
    const apologies = members.filter((h) => !present.includes(h));

    push('---');
    push('authority: Westford Borough Council');
    push(`committee: ${name}`);
    push(`date: ${m.date}`);
    push(`time: 18:30-${20 + int(0, 1)}:${String(int(0, 11) * 5).padStart(2, '0')}`);
    push('venue: Committee Room 2, Town Hall, Westford');
    if (last) push('status: draft');
    else push('status: approved'), push(`approved-on: ${meetings[i + 1].date}`);
    push('quorum: 3');
    push('---');
    push();
    push('PEOPLE:');
    members.forEach((h, k) => push(`@${h.padEnd(11)} Councillor ${FIRST[(k + committee) % FIRST.length]} ${h[0].toUpperCase()}${h.slice(1)}${k === 0 ? ' — Chair' : ''}`));
    for (const [h, who] of officers) push(`@${h.padEnd(11)} ${who}`);
    push();
    push(`PRESENT: ${present.map((h, k) => (k === 0 && h === members[0] ? `@${h} (Chair)` : `@${h}`)).join(', ')}`);
    if (apologies.length) push(`APOLOGIES: ${apologies.map((h) => '@' + h).join(', ')}`);
    push(`IN ATTENDANCE: ${officers.map(([h]) => '@' + h).join(', ')}`);
    push();

    const handle = (): string => '@' + (rnd() < 0.6 ? pick(present) : pick(officers)[0]);
    const sentence = (): string => {
      const s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)}`;
      // Citations of earlier minutes: this year's by number alone, older ones with their meeting's date.
      if (i > 0 && rnd() < 0.12) {
        const b = Math.max(0, i - int(1, 6));
        const back = meetings[b];
        if (back.year === m.year && number > 1) return `${s} (Minute ${int(1, number - 1)}/${yy} refers).`;
        return `${s}, as recorded at minute ${pick(held[b])} of ${longDate(back.date)}.`;
      }
      return rnd() < 0.1 ? `${s}, and ${handle()} ${pick(VERBS)} ${pick(CLAUSES)}.` : `${s}.`;
    };
    const paragraph = (): void => {
      const text = Array.from({ length: int(2, 6) }, sentence).join(' ');
      if (rnd() < 0.5) return void push(text);
      let line = '';
      for (const word of text.split(' ')) {
        if (line && line.length + word.length + 1 > 80) push(line), (line = word);
        else line = line ? `${line} ${word}` : word;
      }
      if (line) push(line);
    };
    const due = (): string => {
      const d = meetings[Math.min(i + int(1, 3), meetings.length - 1)].date;
      return d > m.date ? d : iso(m.year + 1, int(1, 12), int(1, 28));
    };
    const newOpen: OpenAction[] = [];
    /** The tasks set at this meeting, done at once or not. */
    const setHere: string[] = [];
    const action = (at: string): void => {
      const owner = handle();
      // Each open action has a task of its own, so that the from part reporting on it later finds
      // one action by its task however the open actions are gathered under matters arising.
      const taken = (task: string): boolean => setHere.includes(task) || [...open, ...newOpen].some((a) => a.task.startsWith(task));
      let task = `${pick(TASKS)} the ${pick(TOPICS).toLowerCase()}`;
      for (let tries = 0; taken(task) && tries < 8; tries++) task = `${pick(TASKS)} the ${pick(TOPICS).toLowerCase()}`;
      if (taken(task)) return;
      setHere.push(task);
      const status = rnd() < 0.2 ? ' — done' : '';
      push(`ACTION: ${owner} — ${task} — due ${due()}${status}`);
      if (!status) newOpen.push({ owner, task, minute: at });
    };

    let n = minute();
    push(`# ${n} Apologies for absence`);
    push();
    push(apologies.length ? `NOTED: Apologies were received from ${apologies.map((h) => '@' + h).join(', ')}.` : 'NOTED: There were no apologies for absence.');
    push();
    n = minute();
    const declarer = pick(present);
    push(`# ${n} Declarations of interest`);
    push();
    if (rnd() < 0.4) {
      push('DECLARATIONS:');
      push(`- @${declarer} (item ${number + 3}/${yy}): other registrable interest — a member of the Westford Leisure Trust board`);
      push();
    } else push('NOTED: No declarations were made.'), push();
    if (i > 0) {
      n = minute();
      push(`# ${n} Minutes of the previous meeting`);
      push();
      push(`RESOLVED: That the minutes of the meeting held on ${longDate(meetings[i - 1].date)} be approved as a correct record.`);
      push();
      n = minute();
      push(`# ${n} Matters arising`);
      push();
      push(`@${officers[officers.length - 1][0]} reported on the actions from the last meeting.`);
      push();
      for (const a of open) {
        const r = rnd();
        const status = r < 0.55 ? ' — done' : r < 0.9 ? ' — in progress' : ' — cancelled';
        // Some actions are reworded when reported; the from part keeps the thread, which it can
        // when the minute holds no other action of the same owner (as a clerk would check).
        const alone = open.filter((b) => b.owner === a.owner && b.minute === a.minute).length === 1;
        const task = alone && rnd() < 0.15 ? `${a.task}, with the revised figures` : a.task;
        const dueText = status === ' — in progress' ? ` — due ${due()}` : '';
        push(`ACTION: ${a.owner} — ${task}${dueText}${status} — from minute ${a.minute}`);
        if (status === ' — in progress') newOpen.push({ owner: a.owner, task, minute: n });
      }
      push();
      push('NOTED: The update on actions was noted.');
      push();
    }
    for (let k = int(5, 9); k > 0; k--) {
      n = minute();
      const topic = pick(TOPICS);
      push(`# ${n} ${topic} ${m.year}/${String(m.year + 1).slice(2)}`);
      push(`REPORT: ${topic}, report of the ${pick(officers)[1].split(' — ').pop()}`);
      if (rnd() < 0.5) push(`CONTACT: @${pick(officers)[0]}, 01632 960 ${int(100, 999)}`);
      push();
      for (let p = int(3, 7); p > 0; p--) paragraph(), push();
      if (rnd() < 0.4) {
        push('RESOLVED:');
        for (let r = 0, rn = int(2, 4); r < rn; r++) push(`(${'abcd'[r]}) That ${pick(CLAUSES)}.`);
      } else push(`RESOLVED: That ${pick(CLAUSES)}.`);
      push();
      if (rnd() < 0.6) {
        if (rnd() < 0.3) push('VOTE: unanimous');
        else {
          const forN = int(Math.ceil(present.length / 2) + 1, present.length);
          const against = int(0, present.length - forN);
          push(`VOTE: for ${forN}, against ${against}, abstain ${present.length - forN - against} — carried`);
        }
        push();
      }
      for (let a = int(0, 2); a > 0; a--) action(n);
      push();
    }
    push(`CLOSED: ${lines[4].slice(-5)}`);
    open = newOpen;
    out.push([meetingFileName(committee, m.date), lines.join('\n') + '\n']);
  }
  return out;
}

/** The number of committees the archive spreads its meetings over by default. */
export const ARCHIVE_COMMITTEES = 20;

/**
 * An archive of `meetings` minutes in `committees` committees (the same number
 * of meetings each), as [relative path, text], committee by committee. Each
 * committee's files sit in a folder of their own, as a clerk keeps them.
 */
export function generateArchive(meetings: number, committees = ARCHIVE_COMMITTEES, seed = 14): [string, string][] {
  if (committees > COMMITTEES.length) throw new Error(`at most ${COMMITTEES.length} committees`);
  const each = Math.ceil(meetings / committees);
  const out: [string, string][] = [];
  for (let c = 0; c < committees; c++) {
    const folder = COMMITTEES[c].toLowerCase().replace(/[^a-z]+/g, '-');
    for (const [file, text] of committeeSeries(c, each, seed)) out.push([`${folder}/${file}`, text]);
  }
  return out.slice(0, meetings);
}
