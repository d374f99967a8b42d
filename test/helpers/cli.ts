/**
 * Running the CLI in tests: every test spawns the bundled `out/cli.js` (or
 * the bundle named by MINUTES_CLI) as a user or a CI job would, in a real
 * folder, and looks at its exit code, standard output and standard error.
 * The bundle is rebuilt once per run when it is missing or older than the
 * sources (`npm test` builds first, so then nothing is rebuilt).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './root';

export const CLI = process.env.MINUTES_CLI ? path.resolve(process.env.MINUTES_CLI) : path.join(ROOT, 'out', 'cli.js');
/** The CLI test fixtures, with a `.minutesrc.json` that fixes `today`. */
export const FIXTURES = path.join(ROOT, 'test', 'cli', 'fixtures');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly input?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Run as another user (tests that need a file the CLI cannot read, when they run as root). */
  readonly uid?: number;
  readonly gid?: number;
  /** Bytes of output to take (64 MB unless given; the robustness tests print more). */
  readonly maxBuffer?: number;
}

let built = false;

/** Builds out/cli.js when it is missing or older than a source file (mocha `before` hook). */
export function ensureBuilt(): void {
  if (built || process.env.MINUTES_CLI) return;
  const newest = Math.max(newestMtime(path.join(ROOT, 'server', 'src')), fs.statSync(path.join(ROOT, 'package.json')).mtimeMs);
  if (!fs.existsSync(CLI) || fs.statSync(CLI).mtimeMs < newest) {
    execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }
  built = true;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `node out/cli.js ...args` and waits for it. Colour is off (NO_COLOR) unless the test says otherwise. */
export function runCli(args: readonly string[], options: RunOptions = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', MINUTES_WORKERS: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
    uid: options.uid,
    gid: options.gid,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder with the given files (path -> content); removed by `cleanup`. */
export function tempTree(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-')));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

export function cleanup(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Parses JSON output, failing with the raw text when it is not JSON. */
export function parseJson<T = unknown>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`not JSON:\n${text}`);
  }
}
