/**
 * `minutes new --after FILE [--date YYYY-MM-DD] [-o OUT] [--series PATH]`:
 * the next meeting's minutes, started from FILE (core/series/next-minutes.ts).
 * The series is found among the `.minutes` files of FILE's folder and any
 * `--series` paths; a file of it that cannot be read is named on standard
 * error and left out. Without `--date` the new meeting is dated after FILE
 * by the interval between its series' last two meetings (four weeks when
 * there is no earlier meeting), and standard error says so. The result goes
 * to standard output, or to OUT, written atomically and never over a file
 * that exists (exit 2).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis } from '../core/index';
import { buildSeries, summarize, type FileSummary } from '../core/series/index';
import { nextMinutes } from '../core/series/next-minutes';
import { ConfigResolver } from './config-files';
import { CliError, EXIT_OK, oneLine } from './errors';
import { discoverFiles } from './files';
import type { RunContext } from './lint-command';
import { say, writeStdout } from './output';
import { readSource } from './read-source';
import { writeNewFile } from './safe-write';

export interface NewCommand {
  readonly after: string;
  readonly date?: string;
  readonly output?: string;
  readonly series: readonly string[];
  readonly config?: string;
}

const FLAGS: Record<string, { key: keyof NewCommand | 'help'; value: boolean }> = {
  '--after': { key: 'after', value: true },
  '--date': { key: 'date', value: true },
  '--output': { key: 'output', value: true },
  '-o': { key: 'output', value: true },
  '--series': { key: 'series', value: true },
  '--config': { key: 'config', value: true },
  '-c': { key: 'config', value: true },
  '--help': { key: 'help', value: false },
  '-h': { key: 'help', value: false },
};

/** Parses the arguments after `minutes new`; null for `--help`. Throws CliError on a usage problem. */
export function parseNewArgs(argv: readonly string[]): NewCommand | null {
  const values: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const flag = FLAGS[name];
    if (!flag) throw new CliError(arg.startsWith('-') ? `unknown option "${name}" for minutes new (see minutes new --help)` : `minutes new takes no paths ("${arg}"); name the last meeting with --after FILE`);
    if (flag.key === 'help') return null;
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else throw new CliError(`option ${name} needs a value`);
    if (value === '') throw new CliError(`option ${name} needs a non-empty value`);
    if (flag.key !== 'series' && values[flag.key]) throw new CliError(`option ${name} given more than once`);
    (values[flag.key] ??= []).push(value);
  }
  const after = values.after?.[0];
  if (after === undefined) throw new CliError('minutes new needs --after FILE: the minutes of the last meeting');
  const date = values.date?.[0];
  if (date !== undefined && !isRealDate(date)) throw new CliError(`--date must be a real date YYYY-MM-DD, got "${date}"`);
  return { after, date, output: values.output?.[0], series: values.series ?? [], config: values.config?.[0] };
}

/** Runs `minutes new` and returns the exit code. Throws CliError on usage and file problems. */
export async function runNew(cmd: NewCommand, ctx: RunContext): Promise<number> {
  const configs = new ConfigResolver(ctx.cwd, cmd.config, []);
  const afterAbs = path.resolve(ctx.cwd, cmd.after);
  const afterShown = cmd.after;
  const source = readSource(afterAbs, afterShown);
  const afterAnalysis = analyze(source.text, configs.forFile(afterAbs));
  const afterSummary = summarize(afterAnalysis, afterShown);
  if (afterSummary.date === null) {
    const key = afterSummary.header['date'];
    throw new CliError(`${afterShown}:${key ? `${key.line + 1}:${key.valueRange.start.character + 1}: its date "${key.value}" is not a real date` : '1:1: its header has no date'}; the next meeting cannot follow it`);
  }
  if (cmd.output !== undefined) guardOutput(path.resolve(ctx.cwd, cmd.output), cmd.output);
  const summaries = [afterSummary, ...readSeries(cmd, ctx, configs, afterAbs)];
  const set = buildSeries(summaries);
  const series = set.seriesOf(afterShown) ?? null;
  const date = cmd.date ?? guessDate(afterSummary, series?.meetings ?? []);
  if (cmd.date === undefined) say(`--date not given: the new meeting is dated ${date}, after ${afterShown} by the interval between the last two meetings (or four weeks); check it`);
  if (date <= afterSummary.date) throw new CliError(`--date ${date} is not after the meeting of ${afterSummary.date} (${afterShown})`);
  const text = nextMinutes(afterAnalysis, afterSummary, series, { date });
  if (cmd.output === undefined) await writeStdout(text);
  else writeNewFile(path.resolve(ctx.cwd, cmd.output), text, cmd.output);
  return EXIT_OK;
}

/** OUT must not exist: checked before any work, and again by the write itself. */
function guardOutput(abs: string, shown: string): void {
  if (fs.existsSync(abs)) throw new CliError(`${shown}: already exists; refusing to overwrite it`);
}

/** The summaries of the other `.minutes` files of FILE's folder and the --series paths; an unreadable one is named and left out. */
function readSeries(cmd: NewCommand, ctx: RunContext, configs: ConfigResolver, afterAbs: string): FileSummary[] {
  const patterns = [path.relative(ctx.cwd, path.dirname(afterAbs)) || '.', ...cmd.series];
  const { files } = discoverFiles(patterns, ctx.cwd, { source: null, isIgnored: () => false });
  const out: FileSummary[] = [];
  for (const f of files) {
    if (f.abs === afterAbs) continue;
    let analysis: Analysis;
    try {
      analysis = analyze(readSource(f.abs, f.display).text, configs.forFile(f.abs));
    } catch (err) {
      say(`${oneLine(err)} (left out of the series)`);
      continue;
    }
    out.push(summarize(analysis, f.display));
  }
  return out;
}

/** The day after FILE by the interval between the series' two meetings up to it, or 28 days. */
function guessDate(after: FileSummary, meetings: readonly FileSummary[]): string {
  const at = meetings.indexOf(after);
  const before = at > 0 ? meetings[at - 1].date : null;
  const day = 86_400_000;
  const gap = before ? Date.parse(after.date!) - Date.parse(before) : 28 * day;
  return new Date(Date.parse(after.date!) + (gap > 0 ? gap : 28 * day)).toISOString().slice(0, 10);
}

function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** `minutes new --help`. */
export function newHelp(): string {
  return `Usage: minutes new --after FILE [--date YYYY-MM-DD] [-o OUT] [--series PATH]

Starts the next meeting's minutes from FILE, the last meeting's: the header's
authority, committee, venue, quorum, risk-matrix and executive, the PEOPLE
block, empty attendance lines, and the opening items (apologies,
declarations, approval of FILE's minutes, matters arising with every action
still open carried forward with "from minute N"), numbered on from FILE's.
The series is found among the .minutes files of FILE's folder.

  --after FILE                the last meeting's minutes (required)
  --date YYYY-MM-DD           the new meeting's date (else FILE's date plus
                              the interval between the last two meetings)
  -o, --output OUT            write to OUT (never over a file that exists;
                              exit 2); standard output without it
  --series PATH               more files or folders of the series (repeatable)
  -c, --config FILE           use FILE instead of the nearest .minutesrc.json
  -h, --help                  this help
`;
}
