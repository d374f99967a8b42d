/**
 * The series benchmark (issue 14): a seeded archive of minutes in 20
 * committees (bench/generate-series.ts), written to a temporary folder at
 * 500 and at 5,000 meetings, and at each size: `minutes lint` over it (spawn
 * to exit, the series pass included) and its peak RSS; markdownlint-cli2 over
 * the same bytes saved as .md (MD013 off, as bench/cli.ts runs it); `minutes
 * lint --cache` after one file changed; `minutes actions` over it; and, in
 * this process, the series built from the summaries of every file, alone and
 * with what is answered across files (action threads, every citation,
 * approvals, running numbers). Both tools print a report into a pipe that is
 * read and thrown away.
 *
 * Peak RSS is the child's own high-water mark (process.resourceUsage().maxRSS),
 * written on exit by bench/peak-rss.js, which is preloaded for one untimed run.
 *
 * Run alone (after `npm run build`): node -r ./test/register-ts.js bench/series.ts [--json] [--sizes 500,5000]
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSeries, resolveCitations, runningNumbers, seriesActions, seriesApprovals, summarizeText } from '../server/src/core/series';
import type { FileSummary } from '../server/src/core/series';
import { CLI_JS } from './cli';
import { generateArchive } from './generate-series';
import { median, timeRuns } from './stats';

const MARKDOWNLINT = path.join(__dirname, '..', 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const PEAK_RSS = path.join(__dirname, 'peak-rss.js');

/** The figures at one archive size. */
export interface SeriesSizeResult {
  readonly meetings: number;
  readonly committees: number;
  readonly bytes: number;
  readonly lintMs: number;
  readonly lintBestMs: number;
  readonly lintPeakRssMb: number;
  readonly markdownlintMs: number;
  readonly vsMarkdownlint: number;
  readonly cacheOneChangedMs: number;
  readonly cacheOneChangedBestMs: number;
  readonly actionsMs: number;
  readonly actionsBestMs: number;
  readonly buildSeriesMs: number;
  readonly buildSeriesBestMs: number;
  readonly buildWithFactsMs: number;
  readonly buildWithFactsBestMs: number;
  readonly exitCodes: { readonly lint: number; readonly markdownlint: number; readonly cache: number; readonly actions: number };
}

export interface SeriesResult {
  readonly sizes: readonly SeriesSizeResult[];
}

/** Runs `node ...args` to its exit, draining its output; resolves with the wall time and exit code. */
function timed(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ ms: number; code: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const proc = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout.resume();
    proc.stderr.resume();
    proc.on('error', reject);
    proc.on('close', (code) => resolve({ ms: performance.now() - t, code: code ?? -1 }));
  });
}

async function medianOf(runs: number, args: readonly string[], cwd: string, before?: (run: number) => void): Promise<{ ms: number; best: number; code: number }> {
  const times: number[] = [];
  let code = 0;
  for (let i = 0; i < runs; i++) {
    before?.(i);
    const r = await timed(args, cwd);
    times.push(r.ms);
    code = r.code;
  }
  return { ms: median(times), best: Math.min(...times), code };
}

/** The series and everything asked across its files, as the lint's series pass and the registers need them. */
function buildWithFacts(summaries: readonly FileSummary[]): number {
  const set = buildSeries(summaries);
  let n = resolveCitations(set, summaries).size;
  for (const s of set.series) {
    const actions = seriesActions(s);
    n += actions.threads.length + seriesApprovals(s).length + runningNumbers(s).length;
  }
  return n;
}

async function runSize(meetings: number, log: (line: string) => void): Promise<SeriesSizeResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-bench-series-'));
  try {
    const archive = generateArchive(meetings);
    const committees = new Set(archive.map(([file]) => path.dirname(file))).size;
    const minutesDir = path.join(root, 'minutes');
    const markdownDir = path.join(root, 'markdown');
    let bytes = 0;
    for (const [file, text] of archive) {
      for (const [dir, name] of [[minutesDir, file], [markdownDir, file.replace(/\.minutes$/, '.md')]]) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      }
      bytes += Buffer.byteLength(text);
    }
    fs.writeFileSync(path.join(markdownDir, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { MD013: false } }));
    const label = `${meetings.toLocaleString('en-GB')} meetings (${(bytes / 1e6).toFixed(0)} MB)`;
    const big = meetings > 1_000;
    const runs = big ? 3 : 5;

    // The untimed first run puts the files in the page cache and records the peak RSS.
    const rssFile = path.join(root, 'peak-rss.txt');
    await timed(['-r', PEAK_RSS, CLI_JS, 'lint', '.', '--format', 'json'], minutesDir, { ...process.env, BENCH_PEAK_RSS_FILE: rssFile });
    const lintPeakRssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
    const lint = await medianOf(runs, [CLI_JS, 'lint', '.', '--format', 'json'], minutesDir);
    log(`series ${label}: lint ${lint.ms.toFixed(0)} ms, peak RSS ${lintPeakRssMb.toFixed(0)} MB`);

    // The cache is filled once; then each timed run follows a change to one file (a different one each time).
    const cacheArgs = [CLI_JS, 'lint', '.', '--format', 'json', '--cache', '--cache-location', path.join(root, 'lint-cache')];
    await timed(cacheArgs, minutesDir);
    const cache = await medianOf(runs, cacheArgs, minutesDir, (run) => {
      const file = path.join(minutesDir, archive[(run * 97) % archive.length][0]);
      fs.appendFileSync(file, `\n// Checked by the clerk, run ${run}.\n`);
    });
    log(`series ${label}: lint --cache after one change ${cache.ms.toFixed(0)} ms`);

    const actions = await medianOf(runs, [CLI_JS, 'actions', '.', '--format', 'json'], minutesDir);
    log(`series ${label}: actions ${actions.ms.toFixed(0)} ms`);

    const summaries = archive.map(([file, text]) => summarizeText(text, path.join(minutesDir, file)));
    const build = timeRuns(() => buildSeries(summaries), big ? 11 : 21);
    const facts = timeRuns(() => buildWithFacts(summaries), big ? 7 : 15);
    log(`series ${label}: buildSeries ${build.median.toFixed(1)} ms, with threads and citations ${facts.median.toFixed(0)} ms`);

    // markdownlint-cli2 is slow at this size: one untimed and one timed run at 5,000, three at 500.
    await timed([MARKDOWNLINT, '**/*.md'], markdownDir);
    const md = await medianOf(big ? 1 : 3, [MARKDOWNLINT, '**/*.md'], markdownDir);
    log(`series ${label}: markdownlint-cli2 ${md.ms.toFixed(0)} ms`);

    return {
      meetings: archive.length,
      committees,
      bytes,
      lintMs: lint.ms,
      lintBestMs: lint.best,
      lintPeakRssMb,
      markdownlintMs: md.ms,
      vsMarkdownlint: md.ms / lint.ms,
      cacheOneChangedMs: cache.ms,
      cacheOneChangedBestMs: cache.best,
      actionsMs: actions.ms,
      actionsBestMs: actions.best,
      buildSeriesMs: build.median,
      buildSeriesBestMs: build.best,
      buildWithFactsMs: facts.median,
      buildWithFactsBestMs: facts.best,
      exitCodes: { lint: lint.code, markdownlint: md.code, cache: cache.code, actions: actions.code },
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Runs the series benchmark at each size (500 and 5,000 meetings by default); needs out/cli.js. */
export async function runSeries(sizes: readonly number[] = [500, 5_000], log: (line: string) => void = () => undefined): Promise<SeriesResult> {
  if (!fs.existsSync(CLI_JS)) throw new Error(`${CLI_JS} is missing: run npm run build first`);
  const out: SeriesSizeResult[] = [];
  for (const n of sizes) out.push(await runSize(n, log));
  return { sizes: out };
}

if (require.main === module) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at >= 0 ? process.argv[at + 1].split(',').map(Number) : undefined;
  runSeries(sizes, (l) => process.stderr.write(l + '\n')).then(
    (result) => {
      if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(result) + '\n');
      else console.log(JSON.stringify(result, null, 2));
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
