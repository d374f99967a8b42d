/**
 * Tests that need a program from outside npm: Chromium (PDF export, the XSS
 * run in a real browser), poppler-utils (pdftotext and pdfinfo read PDFs
 * back) and Neovim (the second LSP client). `npm ci` installs none of them,
 * so on a fresh machine such a test is pending, its title saying what it
 * needs and the command that installs it, and the rest of `npm test` passes.
 * With CI=true the same test fails instead: CI installs the programs
 * (.ci/run), and a missing one must never make it stop running the test
 * without anyone noticing.
 *
 * Call the helper at the start of the test (`requireChromium(this)`), or in
 * a `before` hook for a suite that needs the program throughout; there every
 * test of the suite is marked pending.
 */
import { spawnSync } from 'node:child_process';
import type { Context, Runnable, Suite } from 'mocha';
import { ChromiumNotFoundError, findChromium } from '../../server/src/pdf';

/** A program a test needs, and how a newcomer installs it. */
interface Tool {
  readonly name: string;
  readonly install: string;
}

const CHROMIUM: Tool = { name: 'Chromium', install: 'apt-get install chromium' };
const POPPLER: Tool = { name: 'pdftotext and pdfinfo', install: 'apt-get install poppler-utils' };
const NEOVIM: Tool = { name: 'Neovim', install: 'apt-get install neovim' };

/** True when CI says it is CI (GitHub Actions and most others set CI=true; .ci/run does too). */
export function onCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(true|1)$/i.test(env.CI ?? '');
}

/**
 * The Chromium that PDF export would use (found as server/src/pdf.ts finds
 * it: MINUTES_CHROMIUM, CHROME_PATH, the PATH, the usual places). Without
 * one the test is pending, or fails when CI=true.
 */
export function requireChromium(ctx: Context): string {
  try {
    return findChromium();
  } catch (err) {
    if (!(err instanceof ChromiumNotFoundError)) throw err;
    return missing(ctx, CHROMIUM, firstSentence(err.message));
  }
}

/** pdftotext and pdfinfo (poppler-utils), which read a printed PDF back. */
export function requirePdfTools(ctx: Context): void {
  for (const program of ['pdftotext', 'pdfinfo']) {
    const r = spawnSync(program, ['-v'], { encoding: 'utf8' });
    if (r.error) missing(ctx, POPPLER, `${program} was not found on the PATH.`);
  }
}

/** Neovim's `nvim`; returns the first line of its --version. */
export function requireNeovim(ctx: Context): string {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.status === 0) return r.stdout.split('\n')[0];
  return missing(ctx, NEOVIM, 'nvim was not found on the PATH.');
}

/** Fails (on CI) or marks the test, or every test of the hook's suite, pending with the reason. */
function missing(ctx: Context, tool: Tool, detail: string): never {
  if (onCi()) throw new Error(`${detail} This test needs ${tool.name}, and CI must run it: install it with \`${tool.install}\` (.ci/run does).`);
  const note = ` (pending: needs ${tool.name}, not found; install it with \`${tool.install}\`)`;
  // In a test, ctx.test is that test; in a hook it is the hook (type 'hook').
  const runnable = ctx.test as (Runnable & { type?: string }) | undefined;
  if (runnable?.type === 'test') runnable.title += note;
  else if (runnable?.parent) for (const t of testsUnder(runnable.parent)) t.title += note;
  ctx.skip();
}

function testsUnder(suite: Suite): Suite['tests'] {
  return [...suite.tests, ...suite.suites.flatMap(testsUnder)];
}

function firstSentence(message: string): string {
  const end = message.search(/\.(\s|$)/);
  return end === -1 ? message : message.slice(0, end + 1);
}
