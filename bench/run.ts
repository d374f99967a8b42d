/**
 * `npm run bench`: runs the core, server, CLI, import and series benchmarks, each in a fresh
 * Node process of its own (so one part's heap and JIT state cannot colour
 * another's), prints one table of figures against the targets of issues 6 and
 * 14 and writes everything to bench/results/latest.json (a run of some parts
 * keeps the last results of the others there).
 *
 *   node -r ./test/register-ts.js bench/run.ts [--only core,server,cli,import,series] [--no-write]
 *
 * The server and CLI parts need the bundles from `npm run build`; a part that
 * cannot run is reported as skipped, with the reason, rather than guessed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliResult } from './cli';
import type { CoreResult } from './core';
import type { ImportResult } from './import';
import type { SeriesResult } from './series';
import type { ServerResult } from './server';

const ROOT = path.join(__dirname, '..');
const RESULTS = path.join(__dirname, 'results', 'latest.json');

type Part = 'core' | 'server' | 'cli' | 'import' | 'series';

/** One row of the table: a figure, and the target it is held to (if any). */
export interface Row {
  readonly part: Part;
  readonly what: string;
  readonly value: number;
  /** The best run, where the figure is a median of timed runs. */
  readonly best?: number;
  readonly unit: string;
  /** The target as printed, e.g. "<= 40 ms". */
  readonly target?: string;
  readonly met?: boolean;
}

function runPart(part: Part): { result?: unknown; error?: string } {
  const flags = part === 'core' ? ['--expose-gc'] : [];
  const script = path.join(__dirname, `${part}.ts`);
  const r = spawnSync(process.execPath, [...flags, '-r', './test/register-ts.js', script, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
    // The series part writes and lints an archive of 100 MB twice over; give it room to finish on a loaded machine.
    timeout: 60 * 60 * 1000,
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) return { error: `bench/${part}.ts exited with ${r.status}` };
  return { result: JSON.parse(last) };
}

const atMost = (value: number, limit: number): { target: string; met: boolean } => ({ target: `<= ${limit}`, met: value <= limit });
const atLeast = (value: number, limit: number): { target: string; met: boolean } => ({ target: `>= ${limit}`, met: value >= limit });

function coreRows(c: CoreResult): Row[] {
  const rows: Row[] = [];
  for (const s of c.sizes) {
    const target = s.label === '1 MB' ? atMost(s.analyzeMs, 40) : {};
    rows.push({ part: 'core', what: `analyze() ${s.label} (${s.lines.toLocaleString('en-GB')} lines)`, value: s.analyzeMs, best: s.analyzeBestMs, unit: 'ms', ...target });
    rows.push({ part: 'core', what: `  throughput ${s.label}`, value: s.mbPerSecond, unit: 'MB/s' });
    const md = s.label === '1 MB' ? atLeast(s.vsMarkdownIt, 3) : {};
    rows.push({ part: 'core', what: `  markdown-it time / ours, ${s.label}`, value: s.vsMarkdownIt, unit: 'x', ...md });
    rows.push({ part: 'core', what: `  ours / one sticky-regex pass, ${s.label}`, value: s.vsRegexFloor, unit: 'x' });
  }
  rows.push({ part: 'core', what: '10 MB time / 1 MB time', value: c.growth10MbOver1Mb, unit: 'x', ...atMost(c.growth10MbOver1Mb, 12) });
  if (c.retainedMbPerMb !== null) rows.push({ part: 'core', what: 'heap kept by one Analysis per MB of source', value: c.retainedMbPerMb, unit: 'MB' });
  for (const [phase, ms] of Object.entries(c.phasesMs1Mb)) rows.push({ part: 'core', what: `  phase ${phase}, 1 MB`, value: ms, unit: 'ms' });
  const slowest = Object.entries(c.rulesMs1Mb).sort((a, b) => b[1] - a[1]).slice(0, 3);
  for (const [id, ms] of slowest) rows.push({ part: 'core', what: `  rule ${id}, 1 MB`, value: ms, unit: 'ms' });
  return rows;
}

function serverRows(s: ServerResult): Row[] {
  const rows: Row[] = [{ part: 'server', what: 'spawn -> initialize', value: s.spawnToInitializeMs, best: s.spawnToInitializeBestMs, unit: 'ms', ...atMost(s.spawnToInitializeMs, 150) }];
  for (const d of s.documents) {
    const n = d.lines.toLocaleString('en-GB');
    const small = d.lines <= 5_000;
    rows.push({ part: 'server', what: `open -> diagnostics, ${n} lines`, value: d.openToDiagnosticsMs, unit: 'ms' });
    rows.push({ part: 'server', what: `keystroke -> diagnostics median, ${n} lines`, value: d.keystrokeMedianMs, best: d.keystrokeBestMs, unit: 'ms', ...atMost(d.keystrokeMedianMs, small ? 20 : 60) });
    rows.push({ part: 'server', what: `keystroke -> diagnostics p90, ${n} lines`, value: d.keystrokeP90Ms, unit: 'ms', ...(small ? atMost(d.keystrokeP90Ms, 35) : {}) });
    rows.push({ part: 'server', what: `completion, ${n} lines`, value: d.completionMs, unit: 'ms', ...(small ? atMost(d.completionMs, 5) : {}) });
    rows.push({ part: 'server', what: `document symbols, ${n} lines`, value: d.documentSymbolMs, unit: 'ms' });
    rows.push({ part: 'server', what: `RSS after the edits, ${n} lines`, value: d.rssMb, unit: 'MB', ...(small ? atMost(d.rssMb, 120) : {}) });
  }
  // The targets are judged on a plain `node out/server.js`; these rows show the server as VS Code starts it.
  const f = s.withClientFlags;
  const as = `5,000 lines, as VS Code starts it (${f.flags.join(' ')})`;
  rows.push({ part: 'server', what: `keystroke -> diagnostics median, ${as}`, value: f.document.keystrokeMedianMs, best: f.document.keystrokeBestMs, unit: 'ms' });
  rows.push({ part: 'server', what: `keystroke -> diagnostics p90, ${as}`, value: f.document.keystrokeP90Ms, unit: 'ms' });
  rows.push({ part: 'server', what: `RSS after the edits, ${as}`, value: f.document.rssMb, unit: 'MB' });
  return rows;
}

function cliRows(c: CliResult): Row[] {
  return [
    { part: 'cli', what: `lint ${c.files.toLocaleString('en-GB')} files (${(c.bytes / 1e6).toFixed(1)} MB)`, value: c.lint1000Ms, best: c.lint1000BestMs, unit: 'ms', ...atMost(c.lint1000Ms, 1000) },
    { part: 'cli', what: 'markdownlint-cli2 time / ours, same files', value: c.vsMarkdownlint, unit: 'x', ...atLeast(c.vsMarkdownlint, 8) },
    { part: 'cli', what: 'markdownlint-cli2, same files', value: c.markdownlint1000Ms, unit: 'ms' },
    { part: 'cli', what: 'lint one file, cold process', value: c.oneFileColdMs, best: c.oneFileColdBestMs, unit: 'ms', ...atMost(c.oneFileColdMs, 120) },
  ];
}

function importRows(i: ImportResult): Row[] {
  const doc = `a ${i.pages}-page Word document (${i.words.toLocaleString('en-GB')} words, ${i.items} items)`;
  return [
    { part: 'import', what: `minutes import ${doc}, spawn to exit`, value: i.cliMs, best: i.cliBestMs, unit: 'ms', ...atMost(i.cliMs, 3000) },
    { part: 'import', what: `  importMinutes() in process, same document`, value: i.coreMs, best: i.coreBestMs, unit: 'ms' },
  ];
}

function seriesRows(s: SeriesResult): Row[] {
  const rows: Row[] = [];
  for (const z of s.sizes) {
    const at = `${z.meetings.toLocaleString('en-GB')} meetings in ${z.committees} committees (${(z.bytes / 1e6).toFixed(0)} MB)`;
    const full = z.meetings >= 5_000;
    const held = <T extends object>(t: T): T | object => (full ? t : {});
    rows.push({ part: 'series', what: `minutes lint, ${at}`, value: z.lintMs, best: z.lintBestMs, unit: 'ms', ...held(atMost(z.lintMs, 8000)) });
    rows.push({ part: 'series', what: `  markdownlint-cli2 time / ours, same bytes as .md`, value: z.vsMarkdownlint, unit: 'x', ...held(atLeast(z.vsMarkdownlint, 10)) });
    rows.push({ part: 'series', what: `  markdownlint-cli2, same bytes as .md`, value: z.markdownlintMs, unit: 'ms' });
    rows.push({ part: 'series', what: `  peak RSS of minutes lint`, value: z.lintPeakRssMb, unit: 'MB', ...held(atMost(z.lintPeakRssMb, 1024)) });
    rows.push({ part: 'series', what: `  minutes lint --cache, one file changed`, value: z.cacheOneChangedMs, best: z.cacheOneChangedBestMs, unit: 'ms', ...held(atMost(z.cacheOneChangedMs, 1000)) });
    rows.push({ part: 'series', what: `  minutes actions`, value: z.actionsMs, best: z.actionsBestMs, unit: 'ms', ...held(atMost(z.actionsMs, 8000)) });
    rows.push({ part: 'series', what: `  buildSeries() of the summaries, in process`, value: z.buildSeriesMs, best: z.buildSeriesBestMs, unit: 'ms', ...held(atMost(z.buildSeriesMs, 200)) });
    rows.push({ part: 'series', what: `  the same with action threads, citations, approvals, numbers`, value: z.buildWithFactsMs, best: z.buildWithFactsBestMs, unit: 'ms' });
  }
  return rows;
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** The table as Markdown, as the README shows it. */
export function table(rows: readonly Row[]): string {
  const lines = ['| part | measure | value | best run | target | met |', '|---|---|---:|---:|---|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.part} | ${r.what.trim()} | ${format(r.value)} ${r.unit} | ${r.best === undefined ? '' : `${format(r.best)} ${r.unit}`} | ${r.target ? `${r.target} ${r.unit}` : ''} | ${r.met === undefined ? '' : r.met ? 'yes' : '**no**'} |`,
    );
  return lines.join('\n');
}

/** The parts named by `--only core,cli` (or `--only=core,cli`); all of them by default. */
function selectedParts(argv: readonly string[]): Part[] {
  const all: Part[] = ['core', 'server', 'cli', 'import', 'series'];
  const eq = argv.find((a) => a.startsWith('--only='));
  const at = argv.indexOf('--only');
  const list = eq ? eq.slice('--only='.length) : at >= 0 ? argv[at + 1] : undefined;
  return list ? all.filter((p) => list.split(',').includes(p)) : all;
}

/** What bench/results/latest.json holds for the parts not run this time. */
function keptResults(run: readonly Part[]): { rows: Row[]; results: Record<string, unknown>; dates: Record<string, string> } {
  const none = { rows: [], results: {}, dates: {} };
  if (!fs.existsSync(RESULTS)) return none;
  try {
    const last = JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as { date: string; rows?: Row[]; results?: Record<string, unknown>; kept?: Record<string, string> };
    const results: Record<string, unknown> = {};
    const dates: Record<string, string> = {};
    for (const [part, result] of Object.entries(last.results ?? {}))
      if (!run.includes(part as Part)) (results[part] = result), (dates[part] = last.kept?.[part] ?? last.date);
    return { rows: (last.rows ?? []).filter((r) => !run.includes(r.part)), results, dates };
  } catch {
    return none;
  }
}

function main(): void {
  const parts = selectedParts(process.argv);
  const results: Partial<Record<Part, unknown>> = {};
  const skipped: Partial<Record<Part, string>> = {};
  const rows: Row[] = [];
  for (const part of parts) {
    process.stderr.write(`bench: ${part}...\n`);
    const { result, error } = runPart(part);
    if (!result) {
      skipped[part] = error;
      continue;
    }
    results[part] = result;
    if (part === 'core') rows.push(...coreRows(result as CoreResult));
    if (part === 'server') rows.push(...serverRows(result as ServerResult));
    if (part === 'cli') rows.push(...cliRows(result as CliResult));
    if (part === 'import') rows.push(...importRows(result as ImportResult));
    if (part === 'series') rows.push(...seriesRows(result as SeriesResult));
  }
  console.log(table(rows));
  for (const [part, why] of Object.entries(skipped)) console.log(`\n${part}: skipped (${why})`);
  const missed = rows.filter((r) => r.met === false);
  console.log(`\n${rows.filter((r) => r.met).length} targets met, ${missed.length} missed${missed.length ? ': ' + missed.map((r) => `${r.part} ${r.what.trim()}`).join('; ') : ''}.`);
  if (process.argv.includes('--no-write')) return;
  const machine = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', load: os.loadavg() };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  // A run of some parts (--only) keeps the other parts' last rows and results, with the date they were run.
  const kept = keptResults(parts);
  fs.writeFileSync(RESULTS, JSON.stringify({ date: new Date().toISOString(), machine, rows: [...kept.rows, ...rows], results: { ...kept.results, ...results }, skipped, kept: kept.dates }, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(ROOT, RESULTS)}`);
}

if (require.main === module) main();
