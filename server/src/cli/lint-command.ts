/**
 * `minutes lint`: find the files, lint them (on worker threads when
 * MINUTES_WORKERS asks for them), apply or show fixes, print the report and
 * choose the exit code: 0 no errors, 1 errors or too many warnings, 2 a
 * usage, configuration or IO problem (each printed on standard error as one
 * line naming the file).
 */
import * as path from 'node:path';
import { RULES } from '../core/index';
import type { LintCommand } from './args';
import { ConfigResolver } from './config-files';
import { CliError, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, oneLine } from './errors';
import { discoverFiles, type FoundFile } from './files';
import { FORMATTERS } from './formatters/index';
import { loadIgnoreFile } from './ignore-file';
import { errorsOnly, totals, type LintResult } from './lint-result';
import { processFile, processStdin, type FileJob, type FileOutcome } from './lint-file';
import { say, useColour, writeOutputFile, writeStdout } from './output';
import { LintCache } from './lint-cache';
import { seriesPass } from './lint-series';
import { processInWorkers, workerCount } from './parallel';
import { readStdin, encodeSource } from './read-source';
import { writeIfUnchanged } from './safe-write';
import { unifiedDiff } from './unified-diff';

/** What the entry point knows about where it runs. */
export interface RunContext {
  readonly cwd: string;
  /** The CLI bundle, started again as a worker thread when MINUTES_WORKERS is set. */
  readonly script: string;
  readonly version: string;
}

/** Runs `minutes lint` and returns the exit code. Throws CliError on usage and configuration problems. */
export async function runLint(cmd: LintCommand, ctx: RunContext): Promise<number> {
  const configs = new ConfigResolver(ctx.cwd, cmd.config, cmd.rules);
  if (cmd.printConfig !== undefined) {
    const resolved = configs.resolvedFor(path.resolve(ctx.cwd, cmd.printConfig), RULES);
    await writeStdout(`${JSON.stringify(resolved, null, 2)}\n`);
    return EXIT_OK;
  }
  const cache = cmd.cache ? LintCache.open(ctx.cwd, cmd.cacheLocation, ctx.version) : undefined;
  const linted = cmd.stdin ? [await lintStdin(cmd, ctx, configs)] : await lintFiles(cmd, ctx, configs, cache);
  const context = readSeriesPaths(cmd, ctx, configs, linted);
  const { outcomes, notes } = seriesPass(linted, context, { fix: cmd.fix || cmd.fixDryRun, configFor: (abs) => configs.forFile(abs), cache });
  const problems = [...context, ...outcomes].filter((o) => o.problem).map((o) => o.problem!);
  const unwritten = cmd.fix ? writeFixes(outcomes) : new Map<string, string>();
  problems.push(...unwritten.values());
  // A file that could not be written is in an unknown state: it is not reported, only named.
  const results = outcomes.filter((o) => o.result && !unwritten.has(o.display)).map((o) => o.result!);
  if (cmd.fixDryRun) await writeStdout(outcomes.map(diffOf).join(''));
  await report(cmd, ctx, outcomes, results, problems.length);
  announceFixes(cmd, outcomes.filter((o) => !unwritten.has(o.display)));
  notes.forEach(say);
  const unsaved = cache?.save();
  if (unsaved) say(unsaved);
  problems.forEach(say);
  return exitCode(cmd, results, problems.length);
}

async function lintStdin(cmd: LintCommand, ctx: RunContext, configs: ConfigResolver): Promise<FileOutcome> {
  const display = cmd.stdinFilename ?? '<stdin>';
  const abs = path.resolve(ctx.cwd, cmd.stdinFilename ?? 'stdin.minutes');
  const job: FileJob = { abs, display, config: configs.forFile(abs), fix: cmd.fixDryRun };
  return processStdin(await readStdin(), job);
}

async function lintFiles(cmd: LintCommand, ctx: RunContext, configs: ConfigResolver, cache?: LintCache): Promise<FileOutcome[]> {
  const ignore = cmd.ignore ? loadIgnoreFile(ctx.cwd, cmd.ignorePath) : { source: null, isIgnored: () => false };
  const { files, ignoredExplicit } = discoverFiles(cmd.patterns, ctx.cwd, ignore);
  for (const f of ignoredExplicit) say(`${f}: skipped, the ignore file excludes it (--no-ignore lints it)`);
  guardOutputFile(cmd, ctx, files);
  const jobs = files.map((f): FileJob => ({ abs: f.abs, display: f.display, config: configs.forFile(f.abs), fix: cmd.fix || cmd.fixDryRun }));
  if (!cache) return runJobs(jobs, ctx);
  // --cache: a file as it was last time is taken from the cache; only the others are linted.
  const fixing = cmd.fix || cmd.fixDryRun;
  const looked = jobs.map((job) => cache.lookUp(job));
  const outcomes: (FileOutcome | undefined)[] = looked.map((l) => ('hit' in l && !fixing ? l.hit : undefined));
  const todo = jobs.filter((_, i) => outcomes[i] === undefined);
  const done = await runJobs(todo, ctx);
  let next = 0;
  return outcomes.map((o, i) => {
    if (o) return o;
    const fresh = done[next++];
    const l = looked[i];
    // A file --fix changes is not stored: its bytes on disk are no longer those the key was made from.
    if ('key' in l && l.key !== null && (!fresh.fix || fresh.fix.output === fresh.fix.original)) cache.store(fresh, l.key);
    return fresh;
  });
}

function runJobs(jobs: readonly FileJob[], ctx: RunContext): Promise<FileOutcome[]> | FileOutcome[] {
  const workers = workerCount(jobs.length);
  return workers > 0 ? processInWorkers(jobs, workers, ctx.script) : jobs.map(processFile);
}

/**
 * The files `--series` names, read for the series only: analysed and
 * summarised, never reported or written. A file that is also being linted is
 * read once, as a linted file. A file that cannot be read is a problem
 * named like any other; the series is built without it.
 */
function readSeriesPaths(cmd: LintCommand, ctx: RunContext, configs: ConfigResolver, linted: readonly FileOutcome[]): FileOutcome[] {
  if (cmd.series.length === 0) return [];
  const ignore = cmd.ignore ? loadIgnoreFile(ctx.cwd, cmd.ignorePath) : { source: null, isIgnored: () => false };
  const seen = new Set(linted.map((o) => o.abs));
  const { files } = discoverFiles(cmd.series, ctx.cwd, ignore);
  return files
    .filter((f) => !seen.has(f.abs))
    .map((f) => processFile({ abs: f.abs, display: f.display, config: configs.forFile(f.abs), fix: false }))
    .map(({ display, abs, summary, problem }) => ({ display, abs, summary, problem }));
}

/** `-o` must never replace one of the files being linted. */
function guardOutputFile(cmd: LintCommand, ctx: RunContext, files: readonly FoundFile[]): void {
  if (cmd.output === undefined) return;
  const out = path.resolve(ctx.cwd, cmd.output);
  if (files.some((f) => f.abs === out)) throw new CliError(`-o ${cmd.output}: refusing to write the report over a file being linted`);
}

/** Writes fixed files under --fix; returns the files that could not be written, with why. */
function writeFixes(outcomes: readonly FileOutcome[]): Map<string, string> {
  const unwritten = new Map<string, string>();
  for (const o of outcomes) {
    if (!o.fix || o.fix.output === o.fix.original) continue;
    try {
      if (!writeIfUnchanged(o.abs, o.fix, encodeSource(o.fix.output, o.fix.hasBom))) {
        unwritten.set(o.display, `${o.display}: changed on disk since it was read; not overwritten (run --fix again)`);
      }
    } catch (err) {
      unwritten.set(o.display, oneLine(err));
    }
  }
  return unwritten;
}

function diffOf(o: FileOutcome): string {
  return o.fix ? unifiedDiff(o.fix.original, o.fix.output, o.display) : '';
}

async function report(cmd: LintCommand, ctx: RunContext, outcomes: readonly FileOutcome[], all: readonly LintResult[], unlinted: number): Promise<void> {
  // Under --fix-dry-run standard output carries the diff; the report goes to -o only.
  if (cmd.fixDryRun && cmd.output === undefined) return;
  const results = cmd.quiet ? all.map(errorsOnly) : all;
  const texts = new Map(outcomes.map((o) => [o.display, o.text]));
  const color = cmd.output === undefined && cmd.format === 'stylish' && useColour(process.stdout);
  const text = FORMATTERS[cmd.format](results, { color, sourceOf: (p) => texts.get(p), rules: RULES, version: ctx.version, unlinted });
  if (cmd.output !== undefined) writeOutputFile(ctx.cwd, cmd.output, text);
  else await writeStdout(text);
}

function announceFixes(cmd: LintCommand, outcomes: readonly FileOutcome[]): void {
  if (!cmd.fix && !cmd.fixDryRun) return;
  const changed = outcomes.filter((o) => o.fix && o.fix.output !== o.fix.original);
  const count = changed.reduce((n, o) => n + o.fix!.fixed, 0);
  const files = `${changed.length} file${changed.length === 1 ? '' : 's'}`;
  const fixes = `${count} problem${count === 1 ? '' : 's'}`;
  if (count === 0) say('nothing to fix');
  else say(cmd.fix ? `fixed ${fixes} in ${files}` : `--fix would fix ${fixes} in ${files}; nothing written`);
}

function exitCode(cmd: LintCommand, results: readonly LintResult[], ioProblems: number): number {
  if (ioProblems > 0) return EXIT_USAGE;
  const t = totals(results);
  if (t.errors > 0) return EXIT_PROBLEMS;
  if (cmd.maxWarnings !== undefined && t.warnings > cmd.maxWarnings) {
    say(`${t.warnings} warning${t.warnings === 1 ? '' : 's'}, more than --max-warnings ${cmd.maxWarnings}`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
