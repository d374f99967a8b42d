/**
 * Pathological inputs for the linear-time checks, each a generator of a
 * document from a size `n`, and the pipeline every document goes through in
 * the tools (analysis, the exports, the preview, the formatter, --fix and the
 * editor features). A generator's output grows linearly with `n`, so the
 * time of each stage should too.
 */
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyze, applyFixes, renderHtml, renderMarkdown, renderJson, type Analysis } from '../../server/src/core/index';
import { documentLinks } from '../../server/src/core/features/document-links';
import { documentSymbols } from '../../server/src/core/features/document-symbols';
import { foldingRanges } from '../../server/src/core/features/folding';
import { formatText } from '../../server/src/core/features/format';
import { semanticTokens } from '../../server/src/core/features/semantic-tokens';
import { exportModel } from '../../server/src/core/export/withhold';

export interface Pathology {
  readonly name: string;
  /** The size the check starts from; it is compared with 4 times this. */
  readonly base: number;
  readonly make: (n: number) => string;
}

const HEAD = '---\ncommittee: Planning\ndate: 2021-06-08\nquorum: 3\n---\n\nPEOPLE:\n@alam Irfan Alam — Democratic Services\n\n# 1. Item\n';
const repeat = (s: string, n: number): string => s.repeat(Math.max(1, Math.floor(n / s.length)));
const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

/** One line of prose of `n` characters, with every kind of inline markup. */
function proseLine(n: number): string {
  return repeat('Words with *italic*, **bold**, [a link](https://example.org/a_(b)) <https://x.org> @alam jo@x.org `x` ', n);
}

export const PATHOLOGIES: readonly Pathology[] = [
  // The sizes the issue names: a 1 MB line, 100,000 list entries, 10,000 items, a 5,000-row table.
  { name: 'a 1 MB single line of prose', base: 262_144, make: (n) => HEAD + proseLine(n) + '\n' },
  { name: '100,000 list entries', base: 25_000, make: (n) => HEAD + 'RESOLVED:\n' + lines(n, (i) => `${(i % 999) + 1}. That the report be noted @alam.`) + '\n' },
  { name: '10,000 items', base: 2_500, make: (n) => HEAD + lines(n, (i) => `# ${i + 2}. Item ${i}\nNOTED: the report.\nACTION: @alam — Do it — due 2021-07-01\n`) },
  { name: '10,000 items with a warning each', base: 2_500, make: (n) => HEAD + lines(n, (i) => `# 7. Item ${i}\nText.\n`) },
  { name: 'a 5,000-row risk table', base: 1_250, make: (n) => HEAD + 'RISKS:\n| Risk | Description | Mitigation | Rating |\n|---|---|---|---|\n' + lines(n, (i) => `| Risk ${i} | A description | A mitigation | B${(i % 4) + 1} |`) + '\n' },
  { name: 'a 5,000-row table, continuation rows', base: 1_250, make: (n) => HEAD + 'RISKS:\n| Risk | Description | Rating |\n' + lines(n, (i) => (i % 2 ? `| | more ${i} | |` : `| R${i} | d | Z9 |`)) + '\n' },
  { name: '20,000 legacy keywords with fixes', base: 5_000, make: (n) => HEAD + lines(n, () => 'It was unanimously resolved that: the report be noted.\n') },
  { name: '20,000 unknown handles', base: 5_000, make: (n) => HEAD + lines(n, (i) => `@who${i} spoke.`) + '\n' },
  { name: '100,000 blank and comment lines', base: 25_000, make: (n) => HEAD + lines(n, (i) => (i % 2 ? '' : '// note')) + '\n' },
  { name: '20,000 attendance entries', base: 5_000, make: (n) => HEAD.replace('# 1. Item\n', '') + 'PRESENT: ' + lines(n, (i) => `Cllr ${i} (Chair),`).replace(/\n/g, ' ') + '\n' },
  // Runs of one character, where a backtracking regex would go quadratic.
  ...runs(),
  // Nested-looking markup.
  { name: 'nested emphasis openers', base: 10_000, make: (n) => HEAD + repeat('*a **b *c **d ', n) + '\n' },
  { name: 'link openers without targets', base: 10_000, make: (n) => HEAD + repeat('[a](', n) + '\n' },
  { name: 'brackets then one close', base: 10_000, make: (n) => HEAD + repeat('[', n) + '](x\n' },
  { name: 'autolink openers', base: 10_000, make: (n) => HEAD + repeat('<https://', n) + '\n' },
  { name: 'link-shaped text with an @', base: 10_000, make: (n) => HEAD + repeat('[', n) + ' @alam\n' },
  { name: 'parentheses in a link target', base: 10_000, make: (n) => HEAD + '[a](https://x.org/' + repeat('(', n) + '\n' },
  { name: 'a bare address then closing brackets', base: 10_000, make: (n) => HEAD + 'See https://x.org/' + repeat(')', n) + repeat(']', n) + '\n' },
  { name: 'markup in every cell', base: 1_250, make: (n) => HEAD + 'RISKS:\n| Risk | Rating |\n' + lines(n, () => '| *a [b](c **d | <e |') + '\n' },
  { name: 'ACTION with 10,000 separators', base: 2_500, make: (n) => HEAD + 'ACTION: @alam' + repeat(' -- x', n * 5) + '\n' },
  { name: 'heading number of 10,000 parts', base: 2_500, make: (n) => HEAD + '# ' + repeat('1.', n * 2) + ' Title\n' },
  { name: 'declaration with a long parenthesis', base: 10_000, make: (n) => HEAD.replace('# 1. Item\n', '') + 'DECLARATIONS:\n- @alam (item ' + repeat('(1)', n) + '\n' },
  // v2 proceedings: motions, recorded votes, who was there item by item, executive decisions, the close.
  ...proceedings(),
];

/** A roster of ten members, and `n` of them named `Cllr N0` ... for the recorded votes. */
const ROSTER = 'PEOPLE:\n@alam Irfan Alam — Democratic Services\n' + lines(10, (i) => `@m${i} Councillor M${i} — Member – Ward ${i}`) + '\n\nPRESENT: ' + lines(10, (i) => `@m${i}`).replace(/\n/g, ', ') + '\n\n';
const V2_HEAD = '---\ncommittee: Council\ndate: 2021-06-08\ntime: 18:00\nquorum: 3\nexecutive: yes\ncontact: @alam, 01274 432904\n---\n\n' + ROSTER;
const names = (n: number, sep: string): string => lines(n, (i) => `Cllr N${i}`).replace(/\n/g, sep);

/**
 * The v2 constructs at scale: where a rule or the model looks up each name of
 * a recorded vote among those present, each motion's amendments among the
 * item's blocks, or the members present at each line, a linear search per
 * entry is quadratic, and these inputs show it.
 */
function proceedings(): Pathology[] {
  const motion = (i: number): string =>
    `# ${i + 2}. Motion ${i}\nLEFT: @m${i % 10} (a note)\nMOTION: moved by @m1, seconded by Cllr B\nThat the report be noted.\n\nAMENDMENT: moved by @m2, seconded by @m3 — withdrawn\nAdd "and published".\n\nAMENDMENT: moved by @m4\nAdd "today".\nVOTE: for 2, against 5 — lost\n\nVOTE: for 6, against 1, abstain 1 — carried\n\nRESOLVED: That the report be noted.\n\nREASONS:\nTo note it.\n\nALTERNATIVES: none\nRETURNED: @m${i % 10}\n`;
  const wrapped = (n: number): string => lines(Math.ceil(n / 10), (j) => names(Math.min(10, n - j * 10), ', ').replace(/N(\d+)/g, (_, d) => `N${j * 10 + Number(d)}`)).replace(/\n/g, ',\n    ');
  const out: Pathology[] = [
    { name: '2,500 items of motions, amendments, votes, reasons and departures', base: 600, make: (n) => V2_HEAD + lines(n, motion) + '\nCLOSED: 23:59\n' },
    {
      name: 'a recorded vote of 40,000 names, all present',
      base: 10_000,
      make: (n) => V2_HEAD.replace(/PRESENT: .*\n/, 'PRESENT: ' + names(n, ', ') + '\n') + '# 1. Budget\nMOTION: moved by Cllr N0, seconded by Cllr N1\nThat the budget be approved.\n\nVOTE: recorded — carried\n  FOR: ' + wrapped(n) + '\n  AGAINST: Cllr Z\n',
    },
    { name: '20,000 FOR lines at the margin', base: 5_000, make: (n) => V2_HEAD + '# 1. Item\nVOTE: for 1, against 0 — carried\n' + lines(n, (i) => `FOR: @m${i % 10}`) + '\n' },
    { name: '20,000 arrivals and departures in one item', base: 5_000, make: (n) => V2_HEAD + '# 1. Item\n' + lines(n, (i) => (i % 2 ? `RETURNED: @m${(i >> 1) % 10}` : `LEFT: @m${(i >> 1) % 10} (${i})`)) + '\nNOTED: noted.\n' },
    { name: '40,000 arrivals of new people', base: 10_000, make: (n) => V2_HEAD + '# 1. Item\n' + lines(n, (i) => `ARRIVED: Cllr N${i} (7.${i % 60} pm)`) + '\nNOTED: noted.\nVOTE: for 3, against 1 — carried\n' },
    { name: '10,000 amendments to one motion', base: 2_500, make: (n) => V2_HEAD + '# 1. Item\nMOTION: moved by @m1\nThat it be done.\n\n' + lines(n, (i) => `AMENDMENT: moved by @m${i % 10}, seconded by Cllr N${i}\nAdd ${i}.\nVOTE: for 1, against 6 — lost\n`) + '\nVOTE: for 6, against 1 — carried\n' },
    { name: '20,000 amendments without a motion', base: 5_000, make: (n) => V2_HEAD + '# 1. Item\n' + lines(n, (i) => `AMENDMENT: moved by Cllr N${i}\nAdd ${i}.\n`) },
  ];
  const at = (where: string, pre: string, post: string): ((ch: string) => Pathology) => (ch) => ({
    name: `a run of ${JSON.stringify(ch)} ${where}`,
    base: 10_000,
    make: (n) => V2_HEAD + '# 1. Item\n' + pre + repeat(ch, n) + post + '\n',
  });
  for (const ch of [' ', ',', '@', 'by ', ' —', '(', 'seconded ']) out.push(at('in a MOTION line', 'MOTION: moved by a', 'x, seconded by y — withdrawn')(ch));
  for (const ch of [' ', ',', '@', '(B)', '(']) out.push(at('in a FOR line', 'VOTE: recorded — carried\n  FOR: a', 'b\n  AGAINST: c')(ch));
  for (const ch of [' ', '(', '@', ')']) out.push(at('in a LEFT line', 'LEFT: @m1 a', 'b')(ch));
  for (const ch of [' ', '0', ':']) out.push(at('in a CLOSED line', 'CLOSED: 1', '5')(ch));
  for (const ch of [' ', '–', ' – ']) out.push(at('in a PEOPLE role', 'PEOPLE:\n@zed Z — a', 'b')(ch));
  for (const ch of [' ', '(', 'A1.']) out.push(at('in a heading number', '## A1', ' Title')(ch));
  for (const ch of [' ', ',', '@', '0']) out.push({ name: `a run of ${JSON.stringify(ch)} in the header contact`, base: 10_000, make: (n) => V2_HEAD.replace('contact: @alam', `contact: @alam${repeat(ch, n)}x`) });
  return out;
}

/** Long runs of each character that regexes like to repeat, in the places where each is read. */
function runs(): Pathology[] {
  const at = (where: string, pre: string, post: string): ((ch: string) => Pathology) => (ch) => ({
    name: `a run of ${JSON.stringify(ch)} ${where}`,
    base: 10_000,
    make: (n) => HEAD + pre + repeat(ch, n) + post + '\n',
  });
  const out: Pathology[] = [];
  const chars = ['@', '|', '(', '*', '_', '[', '\\', ' ', '-', '<', '.', '0', 'a@', '(a', '*a', '**', '\\|', ' —', '\t'];
  for (const ch of chars) out.push(at('in narrative', 'x ', 'y')(ch));
  for (const ch of ['@', ' ', '-', '0', '(', ' —', '|']) out.push(at('in an ACTION', 'ACTION: @alam a', 'x — due')(ch));
  for (const ch of ['|', ' ', '\\', '*', '('] ) out.push(at('in a table row', 'RISKS:\n| Risk | Rating |\n| a', 'b')(ch));
  for (const ch of ['0', ' ', '@', '.', 'x', '(']) out.push(at('in a CONTACT line', 'CONTACT: 0', '1')(ch));
  for (const ch of [' ', '(', ':', '@']) out.push(at('in a declaration', 'DECLARATIONS:\n- @alam (item', 'x')(ch));
  for (const ch of [' ', '@', '(', ',']) out.push(at('in a PRESENT line', 'PRESENT: a', 'b')(ch));
  for (const ch of [' ', '\t', ',']) out.push(at('in a DOCUMENTS line', 'DOCUMENTS: a', 'b')(ch));
  for (const ch of [' ', '\t', '(']) out.push(at('in a declaration without a colon', 'DECLARATIONS:\n- Cllr a', 'b')(ch));
  for (const ch of [' ', '—', '@']) out.push(at('in a PEOPLE line', 'PEOPLE:\n@zed Z', 'z')(ch));
  for (const ch of [' ', '1', 'for 1 ']) out.push(at('in a VOTE', 'VOTE: for 1', ' carried')(ch));
  for (const ch of [' ', '1.', '(a)']) out.push(at('in a heading', '# 1', ' Title')(ch));
  for (const ch of [' ', '-']) out.push(at('after a legacy keyword', 'Resolved', 'x')(ch));
  for (const ch of [' ', '1']) out.push(at('in a list marker line', '', '1.x')(ch));
  out.push(at('in a header value', '', '')(' ')); // leading spaces on a line
  for (const ch of [' ', ':', '-']) {
    const make = (n: number): string => `---\ncommittee: a${repeat(ch, n)}b\ndate: 2021-01-01${repeat(ch, n)}\ntime: 18:00${repeat(ch, n)}x\nrisk-matrix: A${repeat(ch, n)}\n---\n`;
    out.push({ name: `a run of ${JSON.stringify(ch)} in the header`, base: 10_000, make });
  }
  return out;
}

/** A stage of the tools' pipeline, timed on its own. */
export interface Stage {
  readonly name: string;
  readonly run: (text: string, a: Analysis) => unknown;
}

export const STAGES: readonly Stage[] = [
  { name: 'analyze', run: (text) => analyze(text) },
  { name: 'html', run: (_, a) => renderHtml(a.model, { standalone: true, config: a.config }) },
  {
    name: 'preview',
    run: (_, a) => renderHtml(a.model, { config: a.config, diagnostics: a.diagnostics.map((d) => ({ line: a.lines.positionAt(d.start).line, severity: d.severity, message: d.message })) }),
  },
  { name: 'markdown', run: (_, a) => renderMarkdown(exportModel(a.model, false), a.config) },
  { name: 'json', run: (_, a) => renderJson(exportModel(a.model, false)) },
  { name: 'format', run: (_, a) => formatText(a) },
  { name: 'fix', run: (text, a) => applyFixes(text, a.diagnostics) },
  { name: 'features', run: (_, a) => [documentSymbols(a), semanticTokens(a), foldingRanges(a), documentLinks(a)] },
];

/** The growth of one stage's time from `base` to 4 x `base`. */
export interface Growth {
  readonly stage: string;
  readonly small: number;
  readonly large: number;
  readonly ratio: number;
}

/**
 * Times below this many milliseconds count as this much: below it, timer
 * noise, JIT warm-up, caches and the collector dominate, and a 1 ms stage can
 * take 8 ms at 4 times the size while still linear. A quadratic stage at
 * these sizes goes from tens to hundreds of milliseconds (or seconds) and is
 * caught all the same.
 */
export const FLOOR_MS = 5;

/** A full garbage collection before each timed run, so that one run does not pay for the garbage of the last. */
const collect: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (() => void) | undefined;
  return typeof gc === 'function' ? gc : () => undefined;
})();

/**
 * The time of one run of a stage, in milliseconds: the smaller of its clock
 * time and the process's CPU time (user and system, every thread). Each is
 * at least the main thread's CPU time, which is what the stage's algorithm
 * costs, and each alone is inflated on a shared machine in its own way:
 * - The clock: with more runnable jobs than cores, a run short enough to
 *   fit in one time slice (the small size's 2-3 ms) is seldom preempted
 *   while one of 10-30 ms (the large size's) waits for the CPU several
 *   times, so a linear stage reads as 7-12x (the 5,000-row risk table's
 *   analysis at load 9-13: 3.4 -> 51 ms on the clock, 3.5 -> 10.7 ms of CPU).
 * - The process's CPU time counts the collector's background threads,
 *   which sweep the heap after each full collection while a stage runs: a
 *   4x analysis of the continuation-row table measured 13-37 ms of it with
 *   no collection inside the run, and in the slow suite's process, with its
 *   larger heap, no better than 35 ms in 23 runs (7x).
 * Node 20 has no CPU time of one thread, and Linux's scheduler count of it
 * (/proc/thread-self/schedstat) moves in 4 ms ticks. A quadratic stage
 * still grows 16 times in the smaller of the two.
 */
function runMs(run: () => unknown): number {
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const c0 = cpu();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  return Math.min(wall, cpu() - c0);
}

/**
 * Best-of-`runs` time (runMs) of each stage at `n` and 4n, and their
 * ratios. The two sizes take turns, round by round, so that a busy spell of
 * the machine (which slows even CPU time, through shared caches) falls on
 * both rather than on one.
 */
export function measure(p: Pathology, runs: number, stages: readonly Stage[] = STAGES): Growth[] {
  const sizes = [p.base, 4 * p.base].map((n) => {
    const text = p.make(n);
    return { text, a: analyze(text), best: stages.map(() => Infinity) };
  });
  for (let r = 0; r < runs; r++) {
    for (const size of sizes) {
      collect();
      stages.forEach((s, i) => {
        size.best[i] = Math.min(size.best[i], runMs(() => s.run(size.text, size.a)));
      });
    }
  }
  const [small, large] = sizes.map((x) => x.best);
  return stages.map((s, i) => ({ stage: s.name, small: small[i], large: large[i], ratio: Math.max(large[i], FLOOR_MS) / Math.max(small[i], FLOOR_MS) }));
}

/** A stage may take under this many times as long on 4 times the input; a quadratic one takes about 16. */
export const LIMIT = 6;

/**
 * Fails unless every stage grows less than LIMIT times from `p.base` to 4
 * times it. Each time is the best of several runs, and a stage over the limit
 * is measured again (four times at most) before it fails, so that a busy
 * machine is not read as a quadratic algorithm.
 */
export function expectLinear(p: Pathology): void {
  let growth = measure(p, 3);
  for (let attempt = 0; attempt < 4; attempt++) {
    const over = STAGES.filter((_, i) => growth[i].ratio >= LIMIT);
    if (!over.length) break;
    const again = measure(p, 5, over);
    growth = growth.map((g) => again.find((x) => x.stage === g.stage && x.ratio < g.ratio) ?? g);
  }
  const bad = growth.filter((g) => g.ratio >= LIMIT).map(show);
  assert.deepEqual(bad, [], `grew faster than linear: ${bad.join('; ')}`);
}

function show(g: Growth): string {
  return `${g.stage} ${g.small.toFixed(1)} ms -> ${g.large.toFixed(1)} ms (${g.ratio.toFixed(1)}x)`;
}
