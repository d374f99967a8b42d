/**
 * Command-line parsing: argv in, a typed command out, or a CliError naming
 * the bad flag. Each command has a table of flags; one parse loop
 * (flag-scan.ts) reads them all: `--flag value`, `--flag=value`, short
 * aliases (`-f json` or `-fjson`), repeatable flags, `--` to end the options
 * and `-` as a path meaning standard input. The register commands' tables
 * and checks are in register-args.ts.
 */
import { isRealDate } from '../core/model/dates';
import { CliError } from './errors';
import { COMMON, type FlagSpec, last, oneOf, scan } from './flag-scan';
import { isRegisterCommand, parseRegister, type RegisterCommand, type RegisterKind } from './register-args';

export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export const EXPORT_FORMATS = ['html', 'md', 'json', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `minutes lint ...` */
export interface LintCommand {
  readonly command: 'lint';
  readonly patterns: readonly string[];
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly format: LintFormat;
  readonly output?: string;
  readonly maxWarnings?: number;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly config?: string;
  /** `--rule id=severity`, in the order given. */
  readonly rules: readonly string[];
  readonly printConfig?: string;
  readonly quiet: boolean;
  readonly ignore: boolean;
  readonly ignorePath?: string;
  /** `--series PATH`, repeatable: files or folders read for the series only, not reported. */
  readonly series: readonly string[];
  /** `--cache`: skip files unchanged since the last run (`--cache-location`, default `.minutescache`). */
  readonly cache: boolean;
  readonly cacheLocation?: string;
}

/** `minutes export FILE --to FORMAT ...` */
export interface ExportCommand {
  readonly command: 'export';
  readonly file: string;
  readonly to: ExportFormat;
  readonly output?: string;
  readonly includeExempt: boolean;
  readonly chromium?: string;
  readonly config?: string;
}

/** `minutes import FILE... [-o OUT | --out-dir DIR] ...` */
export interface ImportCommand {
  readonly command: 'import';
  readonly files: readonly string[];
  readonly output?: string;
  readonly outDir?: string;
  readonly from?: 'text' | 'html' | 'docx';
  readonly committee?: string;
  readonly date?: string;
  readonly authority?: string;
  readonly report?: string;
}

export type Command =
  | LintCommand
  | ExportCommand
  | ImportCommand
  | RegisterCommand
  | { readonly command: 'help'; readonly topic?: 'lint' | 'export' | 'import' | RegisterKind }
  | { readonly command: 'version' };

const LINT_FLAGS: Record<string, FlagSpec> = {
  ...COMMON,
  '--format': { key: 'format', takesValue: true },
  '-f': { key: 'format', takesValue: true },
  '--max-warnings': { key: 'maxWarnings', takesValue: true },
  '--fix': { key: 'fix', takesValue: false },
  '--fix-dry-run': { key: 'fixDryRun', takesValue: false },
  '--rule': { key: 'rule', takesValue: true, repeatable: true },
  '--print-config': { key: 'printConfig', takesValue: true },
  '--quiet': { key: 'quiet', takesValue: false },
  '-q': { key: 'quiet', takesValue: false },
  '--stdin': { key: 'stdin', takesValue: false },
  '--stdin-filename': { key: 'stdinFilename', takesValue: true },
  '--no-ignore': { key: 'noIgnore', takesValue: false },
  '--ignore-path': { key: 'ignorePath', takesValue: true },
  '--series': { key: 'series', takesValue: true, repeatable: true },
  '--cache': { key: 'cache', takesValue: false },
  '--cache-location': { key: 'cacheLocation', takesValue: true },
};

const EXPORT_FLAGS: Record<string, FlagSpec> = {
  ...COMMON,
  '--to': { key: 'to', takesValue: true },
  '-t': { key: 'to', takesValue: true },
  '--include-exempt': { key: 'includeExempt', takesValue: false },
  '--chromium': { key: 'chromium', takesValue: true },
};

const IMPORT_FLAGS: Record<string, FlagSpec> = {
  '--help': { key: 'help', takesValue: false },
  '-h': { key: 'help', takesValue: false },
  '--output': { key: 'output', takesValue: true },
  '-o': { key: 'output', takesValue: true },
  '--out-dir': { key: 'outDir', takesValue: true },
  '--from': { key: 'from', takesValue: true },
  '--committee': { key: 'committee', takesValue: true },
  '--date': { key: 'date', takesValue: true },
  '--authority': { key: 'authority', takesValue: true },
  '--report': { key: 'report', takesValue: true },
};

const IMPORT_FROM = ['text', 'html', 'docx'] as const;

/** Parses the arguments after `minutes` (process.argv.slice(2)). Throws CliError on a usage problem. */
export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError('no command given; try "minutes lint ." or "minutes --help"');
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help', topic: topicOf(rest[0]) };
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first === 'lint') return parseLint(rest);
  if (first === 'export') return parseExport(rest);
  if (first === 'import') return parseImport(rest);
  if (isRegisterCommand(first)) return parseRegister(first, rest);
  if (first.startsWith('-')) throw new CliError(`unknown option "${first}"; a command comes first: minutes lint|export|import ... (see minutes --help)`);
  throw new CliError(`unknown command "${first}"; the commands are lint, export, import, actions, decisions, attendance and new (see minutes --help)`);
}

function topicOf(word: string | undefined): 'lint' | 'export' | 'import' | RegisterKind | undefined {
  return word === 'lint' || word === 'export' || word === 'import' || isRegisterCommand(word) ? word : undefined;
}

function parseLint(argv: readonly string[]): Command {
  const { flags, positionals } = scan(argv, LINT_FLAGS, 'lint');
  if (flags.has('help')) return { command: 'help', topic: 'lint' };
  const dash = positionals.filter((p) => p === '-').length;
  const stdin = flags.has('stdin') || dash > 0;
  const patterns = positionals.filter((p) => p !== '-');
  const format = oneOf(last(flags, 'format') ?? 'stylish', LINT_FORMATS, '--format');
  const fix = flags.has('fix');
  const fixDryRun = flags.has('fixDryRun');
  if (stdin && patterns.length) throw new CliError('standard input ("-" or --stdin) cannot be combined with file paths');
  if (dash > 1) throw new CliError('"-" (standard input) may be given only once');
  if (flags.has('stdinFilename') && !stdin) throw new CliError('--stdin-filename needs --stdin (or "-")');
  if (fix && fixDryRun) throw new CliError('--fix and --fix-dry-run cannot be combined; pick one');
  if (fix && stdin) throw new CliError('--fix cannot write back to standard input; use --fix-dry-run to see the changes as a diff');
  if (flags.has('noIgnore') && flags.has('ignorePath')) throw new CliError('--no-ignore and --ignore-path cannot be combined');
  const printConfig = last(flags, 'printConfig');
  if (printConfig !== undefined && (patterns.length || stdin)) throw new CliError('--print-config FILE takes no other paths');
  if (flags.has('cacheLocation') && !flags.has('cache')) throw new CliError('--cache-location needs --cache');
  if (flags.has('cache') && stdin) throw new CliError('--cache cannot be combined with standard input');
  return {
    command: 'lint',
    patterns: patterns.length || stdin || printConfig !== undefined ? patterns : ['.'],
    stdin,
    stdinFilename: last(flags, 'stdinFilename'),
    format,
    output: last(flags, 'output'),
    maxWarnings: count(last(flags, 'maxWarnings')),
    fix,
    fixDryRun,
    config: last(flags, 'config'),
    rules: flags.get('rule') ?? [],
    printConfig,
    quiet: flags.has('quiet'),
    ignore: !flags.has('noIgnore'),
    ignorePath: last(flags, 'ignorePath'),
    series: flags.get('series') ?? [],
    cache: flags.has('cache'),
    cacheLocation: last(flags, 'cacheLocation'),
  };
}

function parseExport(argv: readonly string[]): Command {
  const { flags, positionals } = scan(argv, EXPORT_FLAGS, 'export');
  if (flags.has('help')) return { command: 'help', topic: 'export' };
  if (positionals.length === 0) throw new CliError('export needs a FILE: minutes export FILE --to html|md|json|docx|pdf');
  if (positionals.length > 1) throw new CliError(`export takes one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  const to = last(flags, 'to');
  if (to === undefined) throw new CliError(`export needs --to ${EXPORT_FORMATS.join('|')}`);
  return {
    command: 'export',
    file: positionals[0],
    to: oneOf(to, EXPORT_FORMATS, '--to'),
    output: last(flags, 'output'),
    includeExempt: flags.has('includeExempt'),
    chromium: last(flags, 'chromium'),
    config: last(flags, 'config'),
  };
}

function parseImport(argv: readonly string[]): Command {
  const { flags, positionals } = scan(argv, IMPORT_FLAGS, 'import');
  if (flags.has('help')) return { command: 'help', topic: 'import' };
  if (positionals.length === 0) throw new CliError('import needs a FILE: minutes import FILE... [-o OUT | --out-dir DIR]');
  const output = last(flags, 'output');
  const outDir = last(flags, 'outDir');
  if (output !== undefined && outDir !== undefined) throw new CliError('-o and --out-dir cannot be combined; -o names one file, --out-dir a folder for several');
  if (output !== undefined && positionals.length > 1) throw new CliError(`-o names one output file, but ${positionals.length} files were given: use --out-dir DIR`);
  if (positionals.length > 1 && outDir === undefined) throw new CliError(`${positionals.length} files were given: name a folder for them with --out-dir DIR`);
  const from = last(flags, 'from');
  const date = last(flags, 'date');
  if (date !== undefined && !isRealDate(date)) throw new CliError(`--date must be YYYY-MM-DD, a real date, got "${date}"`);
  return {
    command: 'import',
    files: positionals,
    output,
    outDir,
    from: from === undefined ? undefined : oneOf(from, IMPORT_FROM, '--from'),
    committee: last(flags, 'committee'),
    date,
    authority: last(flags, 'authority'),
    report: last(flags, 'report'),
  };
}

function count(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`--max-warnings must be a whole number of 0 or more, got "${value}"`);
  return Number(value);
}
