/**
 * `minutes actions|decisions|attendance [paths]`: read the `.minutes` files
 * the paths name (folders searched as `minutes lint` searches them), summarise
 * each, build the series (core/series) and print one register as a table,
 * JSON, CSV, an HTML page or (actions) an iCalendar file. A file that cannot
 * be read, or has no date or committee, is named on standard error with why
 * and left out; everything else is still reported. Exit codes as lint's: 0,
 * 1 when a file was left out of the series, 2 on a usage or file problem.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isRealDate, isoDate } from '../core/model/dates';
import {
  actionRegister,
  attendanceRegister,
  buildSeries,
  decisionRegister,
  summarizeText,
  type FileSummary,
  type LeftOutReason,
  type SeriesSet,
} from '../core/series/index';
import { formatHtml } from '../core/series/format-html';
import { formatCsv, formatTable } from '../core/series/format-text';
import { actionRows, attendanceRows, decisionRows, type RegisterRows } from '../core/series/register-rows';
import { loadExports } from '../load-exports';
import { ConfigResolver } from './config-files';
import { CliError, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './errors';
import { discoverFiles, type FoundFile } from './files';
import { loadIgnoreFile } from './ignore-file';
import type { RunContext } from './lint-command';
import { say, writeOutputFile, writeStdout } from './output';
import { readSource } from './read-source';
import type { RegisterCommand } from './register-args';

/** Runs a register command and returns the exit code. Throws CliError on usage problems. */
export async function runRegister(cmd: RegisterCommand, ctx: RunContext): Promise<number> {
  const ignore = cmd.ignore ? loadIgnoreFile(ctx.cwd, cmd.ignorePath) : { source: null, isIgnored: () => false };
  const { files, ignoredExplicit } = discoverFiles(cmd.patterns, ctx.cwd, ignore);
  for (const f of ignoredExplicit) say(`${f}: skipped, the ignore file excludes it (--no-ignore reads it)`);
  guardOutput(cmd, ctx, files);
  const configs = new ConfigResolver(ctx.cwd, cmd.config, []);
  let unreadable = 0;
  const summaries: FileSummary[] = [];
  for (const f of files) {
    try {
      const source = readSource(f.abs, f.display);
      // The registers need no rule's findings: the summary is read from the tree and model alone.
      summaries.push(summarizeText(source.text, f.display));
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      say(`${err.message}; left out`);
      unreadable++;
    }
  }
  const set = buildSeries(summaries);
  for (const { summary, reason } of set.leftOut) say(leftOutMessage(summary, reason));
  const configured = files.length ? configs.forFile(files[0].abs).today : undefined;
  const today = configured && isRealDate(configured) ? configured : isoDate(new Date());
  const content = await render(cmd, set, summaries, today);
  if (cmd.output !== undefined) writeOutputFile(ctx.cwd, cmd.output, content);
  else await writeStdout(content);
  if (unreadable > 0) return EXIT_USAGE;
  return set.leftOut.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

async function render(cmd: RegisterCommand, set: SeriesSet, summaries: readonly FileSummary[], today: string): Promise<string> {
  if (cmd.register === 'actions') {
    const reg = actionRegister(set, { today, status: cmd.status, owner: cmd.owner, overdue: cmd.overdue });
    if (cmd.format === 'ics') {
      // Loaded here, with the exports (load-exports.ts): the iCalendar library is not part of the CLI's start.
      const { formatIcs } = await loadExports();
      return formatIcs(reg, today);
    }
    return cmd.format === 'json' ? json(reg) : asText(cmd, actionRows(reg), set);
  }
  if (cmd.register === 'decisions') {
    const reg = decisionRegister(set, summaries);
    return cmd.format === 'json' ? json(reg) : asText(cmd, decisionRows(reg), set);
  }
  const reg = attendanceRegister(set);
  return cmd.format === 'json' ? json(reg) : asText(cmd, attendanceRows(reg), set);
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function asText(cmd: RegisterCommand, rows: RegisterRows, set: SeriesSet): string {
  if (cmd.format === 'csv') return formatCsv(rows);
  if (cmd.format === 'html') return formatHtml(rows, set.series.map((s) => (s.authority ? `${s.authority}, ${s.committee}` : s.committee)).join('; '));
  return formatTable(rows);
}

/** Why a file is in no series, at the header line concerned (1-based line and column). */
function leftOutMessage(s: FileSummary, reason: LeftOutReason): string {
  const key = reason === 'no-date' ? s.header.date : s.header.committee;
  const at = key ? `${key.line + 1}:${key.valueRange.start.character + 1}` : '1:1';
  if (reason === 'no-committee') return `${s.file}:${at}: no committee in the header (committee: ...); left out of the series`;
  return key && key.value !== ''
    ? `${s.file}:${at}: the date "${key.value}" is not a real date (YYYY-MM-DD); left out of the series`
    : `${s.file}:${at}: no date in the header (date: YYYY-MM-DD); left out of the series`;
}

/** `-o` must never replace one of the files read. */
function guardOutput(cmd: RegisterCommand, ctx: RunContext, files: readonly FoundFile[]): void {
  if (cmd.output === undefined) return;
  const out = path.resolve(ctx.cwd, cmd.output);
  let outStat: fs.Stats | undefined;
  try {
    outStat = fs.statSync(out);
  } catch {
    outStat = undefined;
  }
  for (const f of files) {
    if (f.abs === out) throw new CliError(`-o ${cmd.output}: refusing to write the register over ${f.display}, a file it reads`);
    if (outStat) {
      try {
        const s = fs.statSync(f.abs);
        if (s.dev === outStat.dev && s.ino === outStat.ino) throw new CliError(`-o ${cmd.output}: refusing to write the register over ${f.display}, a file it reads`);
      } catch (err) {
        if (err instanceof CliError) throw err;
      }
    }
  }
  if (out.endsWith('.minutes')) throw new CliError(`-o ${cmd.output}: refusing to write a register to a .minutes file`);
}
