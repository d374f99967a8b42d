/**
 * Pathological inputs for the linear-time checks, each a generator of a
 * document from a size `n`, and the pipeline every document goes through in
 * the tools (analysis, the exports, the preview, the formatter, --fix and the
 * editor features). A generator's output grows linearly with `n`, so the
 * time of each stage should too.
 */
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
];

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
 * Best-of-`runs` time of each stage at `n` and 4n, and their ratios. The two
 * sizes take turns, round by round, so that a busy spell of the machine falls
 * on both rather than on one.
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
        const t0 = performance.now();
        s.run(size.text, size.a);
        size.best[i] = Math.min(size.best[i], performance.now() - t0);
      });
    }
  }
  const [small, large] = sizes.map((x) => x.best);
  return stages.map((s, i) => ({ stage: s.name, small: small[i], large: large[i], ratio: Math.max(large[i], FLOOR_MS) / Math.max(small[i], FLOOR_MS) }));
}
