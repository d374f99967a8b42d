/**
 * The core benchmark: full analysis (parse + model + references + every rule,
 * through the public `analyze()`) of generated minutes at 10 KB, 100 KB, 1 MB
 * and 10 MB, with two references timed in the same process on the same bytes:
 * markdown-it parsing the text (a mature, fast line-oriented parser) and the
 * floor of one sticky-regex pass that cuts the text into lines. It also
 * reports how time grows with size, the heap a finished Analysis keeps per MB
 * of source (run under --expose-gc), the time of each pipeline phase and of
 * each rule on 1 MB, so that a slow rule or phase is named, not guessed.
 *
 * Run alone: node --expose-gc -r ./test/register-ts.js bench/core.ts [--json]
 */
import MarkdownIt from 'markdown-it';
import { analyze, resolveConfig } from '../server/src/core';
import { buildModel } from '../server/src/core/model/build';
import { collectReferences } from '../server/src/core/model/references';
import { parseTokens } from '../server/src/core/syntax/parser';
import { toAst } from '../server/src/core/syntax/to-ast';
import { minutesLexer } from '../server/src/core/syntax/tokens';
import { LineIndex } from '../server/src/core/text/line-index';
import { RULES } from '../server/src/core/validate/registry';
import { runRules } from '../server/src/core/validate/run';
import { CORE_SIZES, generateMinutes } from './generate';
import { median, timeRuns } from './stats';

/** Figures for one document size. */
export interface CoreSizeResult {
  readonly label: string;
  readonly bytes: number;
  readonly lines: number;
  readonly runs: number;
  readonly analyzeMs: number;
  readonly analyzeBestMs: number;
  readonly mbPerSecond: number;
  readonly markdownItMs: number;
  readonly regexFloorMs: number;
  readonly vsMarkdownIt: number;
  readonly vsRegexFloor: number;
  readonly diagnostics: number;
}

export interface CoreResult {
  readonly sizes: readonly CoreSizeResult[];
  readonly growth10MbOver1Mb: number;
  readonly retainedMbPerMb: number | null;
  readonly phasesMs1Mb: Readonly<Record<string, number>>;
  readonly rulesMs1Mb: Readonly<Record<string, number>>;
}

const RUNS: Readonly<Record<string, number>> = { '10 KB': 300, '100 KB': 60, '1 MB': 21, '10 MB': 5 };

const markdownIt = new MarkdownIt();

/** Default settings but a fixed "today", so that the overdue actions, and the output, never change. */
const CONFIG = { today: '2021-12-01' };

/** One sticky-regex pass over the text: the least any line-based reader must do. */
function regexFloor(text: string): number {
  const re = /[^\n]*\n/y;
  let n = 0;
  while (re.test(text)) n++;
  return n;
}

function measureSize(label: string, bytes: number): CoreSizeResult {
  const text = generateMinutes({ bytes });
  const check = analyze(text, CONFIG);
  // A benchmark of the parser's fallback would flatter it: the text must really parse.
  if (!check.model.items.length || check.syntaxProblems.some((p) => p.message.startsWith('Internal')))
    throw new Error(`the ${label} document did not parse: ${check.syntaxProblems[0]?.message}`);
  const runs = RUNS[label] ?? 10;
  const warm = Math.min(3, runs);
  let diagnostics = 0;
  const ours = timeRuns(() => (diagnostics = analyze(text, CONFIG).diagnostics.length), runs, warm);
  const analyzeMs = ours.median;
  const markdownItMs = timeRuns(() => markdownIt.parse(text, {}), runs, warm).median;
  const regexFloorMs = timeRuns(() => regexFloor(text), runs, warm).median;
  const size = Buffer.byteLength(text);
  return {
    label,
    bytes: size,
    lines: text.split('\n').length - 1,
    runs,
    analyzeMs,
    analyzeBestMs: ours.best,
    mbPerSecond: size / 1e6 / (analyzeMs / 1000),
    markdownItMs,
    regexFloorMs,
    vsMarkdownIt: markdownItMs / analyzeMs,
    vsRegexFloor: analyzeMs / regexFloorMs,
    diagnostics,
  };
}

/** Heap kept alive by one Analysis, per MB of source; null without --expose-gc. */
function retainedPerMb(text: string): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  const settle = (): number => {
    // V8 keeps the subject of the last regex match alive (RegExp.input); point it at a tiny string.
    /x/.test('x');
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const before = settle();
  const kept = analyze(text, CONFIG);
  const after = settle();
  if (kept.text.length !== text.length) throw new Error('unreachable: keeps the analysis alive');
  return (after - before) / 1e6 / (Buffer.byteLength(text) / 1e6);
}

/** Median time of each phase of analyze(), run the way analyze() runs them. */
function phases(text: string, runs: number): Record<string, number> {
  const keys = ['lineIndex', 'lex', 'parse', 'toAst', 'model', 'references', 'rules'] as const;
  const times: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, []]));
  for (let i = 0; i < runs + 2; i++) {
    const keep = i >= 2;
    const lap = (key: string, start: number): number => {
      const now = performance.now();
      if (keep) times[key].push(now - start);
      return now;
    };
    let t = performance.now();
    const lines = new LineIndex(text);
    t = lap('lineIndex', t);
    const lexed = minutesLexer.tokenize(text);
    t = lap('lex', t);
    const { cst } = parseTokens(lexed.tokens);
    t = lap('parse', t);
    const ast = toAst(cst, text.length, []);
    t = lap('toAst', t);
    const model = buildModel(ast, lines);
    t = lap('model', t);
    const references = collectReferences(ast, text);
    t = lap('references', t);
    runRules({ text, lines, ast, model, references, syntaxProblems: [], config: resolveConfig(CONFIG) }, resolveConfig(CONFIG));
    lap('rules', t);
  }
  return Object.fromEntries(keys.map((k) => [k, median(times[k])]));
}

/** Median time of each rule's check() on the same analysis, reports dropped. */
function ruleTimes(text: string, runs: number): Record<string, number> {
  const analysis = analyze(text, CONFIG);
  const out: Record<string, number> = {};
  for (const rule of RULES) {
    const ctx = { ...analysis, report: (): void => undefined };
    out[rule.id] = timeRuns(() => rule.check(ctx), runs, 2).median;
  }
  return out;
}

/** Runs the whole core benchmark. */
export function runCore(log: (line: string) => void = () => undefined): CoreResult {
  const sizes: CoreSizeResult[] = [];
  for (const { label, bytes } of CORE_SIZES) {
    const r = measureSize(label, bytes);
    log(`core ${label}: analyze ${r.analyzeMs.toFixed(2)} ms, markdown-it ${r.markdownItMs.toFixed(2)} ms, regex ${r.regexFloorMs.toFixed(2)} ms`);
    sizes.push(r);
  }
  const oneMb = generateMinutes({ bytes: 1_000_000 });
  const ms = (label: string): number => sizes.find((s) => s.label === label)!.analyzeMs;
  return {
    sizes,
    growth10MbOver1Mb: ms('10 MB') / ms('1 MB'),
    retainedMbPerMb: retainedPerMb(oneMb),
    phasesMs1Mb: phases(oneMb, 15),
    rulesMs1Mb: ruleTimes(oneMb, 15),
  };
}

if (require.main === module) {
  const result = runCore((l) => process.stderr.write(l + '\n'));
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(result) + '\n');
  else console.log(JSON.stringify(result, null, 2));
}
