/**
 * The CLI benchmark: wall time of the bundled out/cli.js, from spawn to exit,
 * linting 1,000 generated minutes of about 5 KB each, and linting one file
 * from cold (a fresh process, as a pre-commit hook runs it). The reference is
 * markdownlint-cli2 over the same number of files with the same bytes, saved
 * as .md: what a CI already pays to lint prose of that size. Both print a
 * machine-readable report into a pipe that is read and thrown away, so
 * neither pays for a terminal. markdownlint's line-length rule (MD013) is
 * off, as it would be for prose written one paragraph to a line; its other
 * default rules run.
 *
 * Run alone (after `npm run build`): node -r ./test/register-ts.js bench/cli.ts [--json]
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from './generate';
import { median } from './stats';

/** The CLI bundle; BENCH_CLI_JS points elsewhere (e.g. a bundle built to compare two versions). */
export const CLI_JS = process.env.BENCH_CLI_JS ?? path.join(__dirname, '..', 'out', 'cli.js');
const MARKDOWNLINT = path.join(__dirname, '..', 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

export interface CliResult {
  readonly files: number;
  readonly bytes: number;
  readonly lint1000Ms: number;
  readonly lint1000BestMs: number;
  readonly oneFileColdMs: number;
  readonly oneFileColdBestMs: number;
  readonly markdownlint1000Ms: number;
  readonly vsMarkdownlint: number;
  readonly exitCodes: { readonly minutes: number; readonly markdownlint: number };
}

/** Runs a command to its exit, draining its output; resolves with the wall time and exit code. */
function timed(args: readonly string[], cwd: string): Promise<{ ms: number; code: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const proc = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout.resume();
    proc.stderr.resume();
    proc.on('error', reject);
    proc.on('close', (code) => resolve({ ms: performance.now() - t, code: code ?? -1 }));
  });
}

async function medianOf(runs: number, args: readonly string[], cwd: string): Promise<{ ms: number; best: number; code: number }> {
  const times: number[] = [];
  let code = 0;
  for (let i = 0; i < runs; i++) {
    const r = await timed(args, cwd);
    times.push(r.ms);
    code = r.code;
  }
  return { ms: median(times), best: Math.min(...times), code };
}

/** Runs the CLI benchmark; needs out/cli.js. */
export async function runCli(log: (line: string) => void = () => undefined): Promise<CliResult> {
  if (!fs.existsSync(CLI_JS)) throw new Error(`${CLI_JS} is missing: run npm run build first`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-bench-cli-'));
  try {
    const corpus = generateCorpus(1_000);
    const minutesDir = path.join(root, 'minutes');
    const markdownDir = path.join(root, 'markdown');
    fs.mkdirSync(minutesDir);
    fs.mkdirSync(markdownDir);
    corpus.forEach((text, i) => {
      const name = `meeting-${String(i).padStart(4, '0')}`;
      fs.writeFileSync(path.join(minutesDir, `${name}.minutes`), text);
      fs.writeFileSync(path.join(markdownDir, `${name}.md`), text);
    });
    fs.writeFileSync(path.join(markdownDir, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { MD013: false } }));
    const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);

    // One untimed run each, so both start with the files in the page cache.
    await timed([CLI_JS, 'lint', '.', '--format', 'json'], minutesDir);
    const lint = await medianOf(5, [CLI_JS, 'lint', '.', '--format', 'json'], minutesDir);
    log(`cli 1,000 files: ${lint.ms.toFixed(0)} ms`);
    const one = await medianOf(10, [CLI_JS, 'lint', 'meeting-0000.minutes', '--format', 'json'], minutesDir);
    log(`cli one file cold: ${one.ms.toFixed(0)} ms`);
    await timed([MARKDOWNLINT, '**/*.md'], markdownDir);
    const md = await medianOf(3, [MARKDOWNLINT, '**/*.md'], markdownDir);
    log(`markdownlint-cli2 1,000 files: ${md.ms.toFixed(0)} ms`);
    return {
      files: corpus.length,
      bytes,
      lint1000Ms: lint.ms,
      lint1000BestMs: lint.best,
      oneFileColdMs: one.ms,
      oneFileColdBestMs: one.best,
      markdownlint1000Ms: md.ms,
      vsMarkdownlint: md.ms / lint.ms,
      exitCodes: { minutes: lint.code, markdownlint: md.code },
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runCli((l) => process.stderr.write(l + '\n')).then(
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
