/**
 * Realistic minutes for the benchmarks, made on the spot and always the same.
 *
 * The documents follow the shapes of the seed documents: a header, a PEOPLE
 * list, attendance that wraps, declarations, then agenda items with sub-items,
 * REPORT and CONTACT lines, long narrative paragraphs (some written as one
 * long line, some wrapped at 80 columns as in the printed minutes), numbered,
 * lettered and bulleted lists, RECOMMENDED, RESOLVED (a paragraph or a list),
 * VOTE lines whose counts agree with the attendance, ACTION lines with owners,
 * due dates and statuses, risk tables with continuation rows, NOTED blocks and
 * clerks' comments. A seeded PRNG makes every size byte-for-byte repeatable,
 * so runs on different days measure the same text.
 */

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same stream. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  'okafor', 'lindqvist', 'bains', 'costa', 'dunmore', 'egerton', 'fairbrother', 'greaves', 'hussain', 'ives',
  'jennings', 'kowalski', 'mensah', 'ross-shaw', 'ferriby', 'jabar', 'munday', 'brazil', 'paterson', 'quayle',
];
const FIRST = ['Grace', 'Erik', 'Harpreet', 'Miguel', 'Alan', 'Fiona', 'Tom', 'Ruth', 'Bilal', 'Marcus', 'Sarah', 'Anna', 'Kwame', 'Alex', 'Imran', 'Chris'];
const OFFICERS: readonly [string, string][] = [
  ['hpr', 'Head of Planning and Regeneration'],
  ['sdcs', "Strategic Director of Children's Services"],
  ['chen', 'Laura Chen — Principal Planning Officer'],
  ['nair', 'Priya Nair — Senior Planning Lawyer'],
  ['patel', 'Jo Patel — Democratic Services Officer'],
  ['cfo', 'Chief Finance Officer'],
];
const SUBJECTS = [
  'The Committee', 'Members', 'The Chair', 'The officer', 'The report', 'The inspectors', 'The Improvement Board',
  'The Council', 'A Member', 'The applicant’s agent', 'The Head of Service', 'The Leader of the Council',
];
const VERBS = [
  'noted that', 'asked whether', 'explained that', 'confirmed that', 'reported that', 'welcomed the news that',
  'raised a concern that', 'highlighted that', 'was advised that', 'questioned whether',
];
const CLAUSES = [
  'the caseloads in the assessment teams had fallen to manageable levels',
  'the junction would operate within capacity at peak hours',
  'the budget pressure of £1.2m would be met from reserves in 2021/22',
  'the improvement plan had been refreshed and updated in July',
  'the section 106 agreement would secure 30% affordable housing',
  'recruitment and retention of social workers remained problematic',
  'the consultation closed on 10 December and 212 responses had been received',
  'the multi-agency Threshold Document would be reviewed with partners',
  'the ecology survey found no evidence of bats or great crested newts',
  'quality assurance had identified recurring themes in practice',
  'the drainage scheme was acceptable subject to condition 14',
  'the service would report the quarter 3 figures to the January meeting',
  'performance against the national targets of 60% and 70% had improved',
  'the risk of legal challenge was low but could not be ruled out',
];
const TITLES = [
  'Minutes of the previous meeting', 'Planning applications', 'Ofsted Monitoring Visit', 'Budget monitoring — quarter 2',
  'Tree Preservation Order No. 4', 'Local Cycling and Walking Infrastructure Plan', 'Performance and enforcement',
  'Article 4 Direction — Town Centre Conservation Area', 'Treasury management strategy', 'Corporate risk register',
  'Children’s Services improvement plan', 'Housing allocations policy', 'Exclusion of the press and public',
];
const STATUSES = ['done', 'done', 'done', 'in progress', 'cancelled', 'done'];
const RATINGS = ['A1', 'B2', 'C3', 'B3', 'D4', 'C2', 'E1', 'F4'];
const RISK_NAMES = ['Recruitment & retention', 'Financial implications', 'Legal challenge', 'Caseloads', 'Data protection', 'Delivery slippage'];

interface Writer {
  readonly rnd: () => number;
  readonly lines: string[];
  /** Declared handles of members (first) and officers. */
  readonly members: readonly string[];
  readonly officers: readonly (readonly [string, string])[];
  bytes: number;
  item: number;
}

function pick<T>(w: Writer, list: readonly T[]): T {
  return list[Math.floor(w.rnd() * list.length)];
}

function int(w: Writer, lo: number, hi: number): number {
  return lo + Math.floor(w.rnd() * (hi - lo + 1));
}

function push(w: Writer, line: string): void {
  w.lines.push(line);
  w.bytes += Buffer.byteLength(line) + 1;
}

function handle(w: Writer): string {
  return '@' + (w.rnd() < 0.7 ? pick(w, w.members) : pick(w, w.officers)[0]);
}

function sentence(w: Writer): string {
  const s = `${pick(w, SUBJECTS)} ${pick(w, VERBS)} ${pick(w, CLAUSES)}`;
  const r = w.rnd();
  if (r < 0.15) return `${s}, and ${handle(w)} ${pick(w, VERBS)} ${pick(w, CLAUSES)}.`;
  if (r < 0.25) return `${s} (see the *supplementary agenda*, page ${int(w, 3, 90)}).`;
  if (r < 0.3) return `${s}; the plan is at <https://www.example.gov.uk/plans/${int(w, 100, 999)}>.`;
  return `${s}.`;
}

/** A narrative paragraph: one long line, or wrapped at 80 columns like the printed page. */
function paragraph(w: Writer): void {
  const words: string[] = [];
  const n = int(w, 2, 6);
  for (let i = 0; i < n; i++) words.push(sentence(w));
  const text = words.join(' ');
  if (w.rnd() < 0.6) return push(w, text);
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 80) {
      push(w, line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) push(w, line);
}

function list(w: Writer, style: 'decimal' | 'alpha' | 'roman' | 'bullet' | 'paren'): void {
  const n = int(w, 2, 5);
  const roman = ['i', 'ii', 'iii', 'iv', 'v'];
  for (let i = 0; i < n; i++) {
    const marker =
      style === 'decimal' ? `${i + 1}.` : style === 'alpha' ? `${'abcde'[i]})` : style === 'roman' ? `(${roman[i]})` : style === 'paren' ? `(${i + 1})` : pick(w, ['-', '·', '•']);
    push(w, `${marker} That ${pick(w, CLAUSES)}${w.rnd() < 0.3 ? `, as set out in appendix ${'ABC'[i % 3]}` : ''};`);
    if (w.rnd() < 0.2) push(w, `   and that ${pick(w, CLAUSES)}.`);
  }
}

function action(w: Writer, year: number): void {
  const owner = w.rnd() < 0.8 ? handle(w) : `${handle(w)}, ${handle(w)}`;
  const due = `${year + 1}-${String(int(w, 1, 12)).padStart(2, '0')}-${String(int(w, 1, 28)).padStart(2, '0')}`;
  const sep = pick(w, [' — ', ' — ', ' – ', ' -- ']);
  push(w, `ACTION: ${owner}${sep}${pick(w, ['Report back on', 'Write to the objectors about', 'Circulate a briefing on', 'Publish the decision on'])} ${pick(w, TITLES).toLowerCase()}${sep}due ${due}${sep}${pick(w, STATUSES)}`);
}

function risks(w: Writer): void {
  push(w, 'RISKS:');
  push(w, '| Risk | Description | Action to avoid or mitigate risk | Risk rating |');
  push(w, '|---|---|---|---|');
  for (let i = int(w, 2, 5); i > 0; i--) {
    push(w, `| ${pick(w, RISK_NAMES)} | If ${pick(w, CLAUSES)}, then ${pick(w, CLAUSES)}. | ${sentence(w)} | ${pick(w, RATINGS)} |`);
    if (w.rnd() < 0.25) push(w, `| | | ${sentence(w)} | |`);
  }
}

function vote(w: Writer, present: number): void {
  if (w.rnd() < 0.3) return push(w, `VOTE: ${pick(w, ['unanimous', 'nem. con.'])}`);
  const forN = int(w, Math.ceil(present / 2) + 1, present);
  const against = int(w, 0, present - forN);
  const abstain = present - forN - against;
  push(w, `VOTE: for ${forN}, against ${against}, abstain ${abstain} — carried`);
}

/** One agenda item, sometimes with sub-items. */
function item(w: Writer, year: number, present: number, level = 1): void {
  w.item++;
  const number = level === 1 ? `${w.item}/${String(year).slice(2)}` : `${w.item}/${String(year).slice(2)}(${'abc'[int(w, 0, 2)]})`;
  push(w, `${'#'.repeat(level)} ${number} ${pick(w, TITLES)}`);
  if (w.rnd() < 0.6) push(w, `REPORT: Report of the ${pick(w, w.officers)[1].split(' — ').pop()}`);
  if (w.rnd() < 0.4) push(w, `CONTACT: ${handle(w)}, 01632 960 ${int(w, 100, 999)}`);
  push(w, '');
  for (let i = int(w, 1, 4); i > 0; i--) {
    paragraph(w);
    push(w, '');
  }
  if (w.rnd() < 0.2) push(w, `// ${pick(w, CLAUSES)}.`);
  if (w.rnd() < 0.4) {
    push(w, 'RECOMMENDED:');
    list(w, 'roman');
    push(w, '');
  }
  if (w.rnd() < 0.3) {
    push(w, `${pick(w, SUBJECTS)} ${pick(w, VERBS)}:`);
    push(w, '');
    list(w, pick(w, ['bullet', 'decimal', 'alpha'] as const));
    push(w, '');
  }
  if (w.rnd() < 0.15) {
    risks(w);
    push(w, '');
  }
  if (w.rnd() < 0.7) vote(w, present);
  if (w.rnd() < 0.5) {
    push(w, 'RESOLVED:');
    list(w, pick(w, ['paren', 'alpha'] as const));
  } else push(w, `RESOLVED: That ${pick(w, CLAUSES)}.`);
  push(w, '');
  if (w.rnd() < 0.2) push(w, `NOTED: ${sentence(w)}`), push(w, '');
  for (let i = int(w, 0, 3); i > 0; i--) action(w, year);
  push(w, '');
  if (level === 1 && w.rnd() < 0.2) for (let i = int(w, 1, 3); i > 0; i--) item(w, year, present, 2);
}

function front(w: Writer, year: number): number {
  push(w, '---');
  push(w, 'authority: Westford Borough Council');
  push(w, `committee: ${pick(w, ['Planning Committee', 'Executive', 'Audit Board', 'Children and Young People Overview and Scrutiny Committee'])}`);
  push(w, `date: ${year}-11-16`);
  push(w, 'time: 18:30-21:10');
  push(w, 'status: draft');
  push(w, 'quorum: 5');
  push(w, '---');
  push(w, '');
  push(w, 'PEOPLE:');
  w.members.forEach((s, i) => push(w, `@${s.padEnd(12)} Councillor ${FIRST[i % FIRST.length]} ${s[0].toUpperCase()}${s.slice(1)}`));
  for (const [h, name] of w.officers) push(w, `@${h.padEnd(12)} ${name}`);
  push(w, '');
  const present = w.members.slice(0, w.members.length - 4);
  const others = present.slice(1).map((s) => '@' + s);
  // A long attendance list wraps onto an indented line, as in the seeds.
  if (others.length > 5) {
    push(w, `PRESENT: @${present[0]} (Chair), ${others.slice(0, 5).join(', ')},`);
    push(w, `  ${others.slice(5).join(', ')}`);
  } else push(w, `PRESENT: @${present[0]} (Chair), ${others.join(', ')}`);
  push(w, `APOLOGIES: ${w.members.slice(-4, -2).map((s) => '@' + s).join(', ')}`);
  push(w, 'ABSENT: Councillor Peter Quayle');
  push(w, `IN ATTENDANCE: ${w.officers.map(([h]) => '@' + h).join(', ')}`);
  push(w, '');
  push(w, 'DECLARATIONS:');
  push(w, `- @${w.members[1]} (item 1/21): disclosable pecuniary interest — she owns a house adjoining the site`);
  push(w, '');
  return present.length;
}

/** Options for one generated document: stop at a size in bytes or at a line count. */
export interface GenerateOptions {
  readonly bytes?: number;
  readonly lines?: number;
  readonly seed?: number;
}

/** One realistic minutes document of about the given size (UTF-8 bytes) or line count. */
export function generateMinutes(options: GenerateOptions): string {
  // A short meeting has a small committee, as in the seeds; a long document the full council.
  const small = options.bytes !== undefined && options.bytes < 20_000;
  const members = small ? SURNAMES.slice(0, 10) : SURNAMES;
  const officers = small ? OFFICERS.slice(0, 3) : OFFICERS;
  const w: Writer = { rnd: prng(options.seed ?? 1), lines: [], members, officers, bytes: 0, item: 0 };
  const year = 2021;
  const present = front(w, year);
  const enough = (): boolean =>
    options.lines !== undefined ? w.lines.length >= options.lines : w.bytes >= (options.bytes ?? 10_000);
  while (!enough()) item(w, year, present);
  if (options.lines !== undefined) w.lines.length = options.lines;
  return w.lines.join('\n') + '\n';
}

/** The sizes the core benchmark runs, by label. */
export const CORE_SIZES: readonly { label: string; bytes: number }[] = [
  { label: '10 KB', bytes: 10_000 },
  { label: '100 KB', bytes: 100_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '10 MB', bytes: 10_000_000 },
];

/**
 * A corpus of small files, each a different document. Items are added until a
 * file passes `bytes`, so the files come out larger than that: with the
 * default of 3,000 they average about 5 KB.
 */
export function generateCorpus(count: number, bytes = 3_000, seed = 1000): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(generateMinutes({ bytes, seed: seed + i }));
  return out;
}
