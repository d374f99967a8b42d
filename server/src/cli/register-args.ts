/**
 * Parsing `minutes actions|decisions|attendance [paths] [options]`: the
 * register commands' own flags (`--status`, `--owner`, `--overdue` for
 * actions; `--format`, `-o`, `--config`, `--no-ignore`, `--ignore-path` for
 * all three), in the forms args.ts accepts: `--flag value`, `--flag=value`,
 * `-f json`, `-fjson`, and `--` to end the options.
 */
import { ACTION_STATUS_NAMES, type ActionStatus } from '../core/vocabulary';
import { CliError } from './errors';

export const REGISTERS = ['actions', 'decisions', 'attendance'] as const;
export type RegisterKind = (typeof REGISTERS)[number];

export const REGISTER_FORMATS = ['table', 'json', 'csv', 'html', 'ics'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

/** The statuses --status takes: the language's four (core/vocabulary/action.ts). */
const STATUSES = ACTION_STATUS_NAMES;

/** `minutes actions ...`, `minutes decisions ...`, `minutes attendance ...` */
export interface RegisterCommand {
  readonly command: 'register';
  readonly register: RegisterKind;
  readonly patterns: readonly string[];
  readonly format: RegisterFormat;
  readonly output?: string;
  readonly config?: string;
  readonly ignore: boolean;
  readonly ignorePath?: string;
  /** actions only */
  readonly status?: readonly ActionStatus[];
  readonly owner?: string;
  readonly overdue: boolean;
}

interface Flag {
  readonly key: string;
  readonly value: boolean;
  readonly only?: RegisterKind;
}

const FLAGS: Record<string, Flag> = {
  '--help': { key: 'help', value: false },
  '-h': { key: 'help', value: false },
  '--format': { key: 'format', value: true },
  '-f': { key: 'format', value: true },
  '--output': { key: 'output', value: true },
  '-o': { key: 'output', value: true },
  '--config': { key: 'config', value: true },
  '-c': { key: 'config', value: true },
  '--no-ignore': { key: 'noIgnore', value: false },
  '--ignore-path': { key: 'ignorePath', value: true },
  '--status': { key: 'status', value: true, only: 'actions' },
  '--owner': { key: 'owner', value: true, only: 'actions' },
  '--overdue': { key: 'overdue', value: false, only: 'actions' },
};

/** True when the first argument names a register command. */
export function isRegisterCommand(word: string | undefined): word is RegisterKind {
  return (REGISTERS as readonly string[]).includes(word ?? '');
}

/** Parses the arguments after the command word; `{ help: true }` for --help. Throws CliError on a usage problem. */
export function parseRegisterArgs(register: RegisterKind, argv: readonly string[]): RegisterCommand | { readonly command: 'register-help'; readonly register: RegisterKind } {
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const joined = !arg.startsWith('--') && arg.length > 2 && FLAGS[arg.slice(0, 2)]?.value ? 2 : -1;
    const name = eq !== -1 ? arg.slice(0, eq) : joined !== -1 ? arg.slice(0, joined) : arg;
    const flag = FLAGS[name];
    if (!flag || (flag.only && flag.only !== register)) throw new CliError(`unknown option "${name}" for minutes ${register} (see minutes ${register} --help)`);
    let value = '';
    if (flag.value) {
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (joined !== -1) value = arg.slice(joined);
      else if (i + 1 < argv.length && argv[i + 1] !== '--') value = argv[++i];
      else throw new CliError(`option ${name} needs a value`);
      if (value === '') throw new CliError(`option ${name} needs a non-empty value`);
      if (flags.has(flag.key)) throw new CliError(`option ${name} given more than once`);
    } else if (eq !== -1) {
      throw new CliError(`option ${name} takes no value`);
    }
    flags.set(flag.key, value);
  }
  if (flags.has('help')) return { command: 'register-help', register };
  if (positionals.includes('-')) throw new CliError(`minutes ${register} reads files and folders, not standard input`);
  if (flags.has('noIgnore') && flags.has('ignorePath')) throw new CliError('--no-ignore and --ignore-path cannot be combined');
  const format = flags.get('format') ?? 'table';
  if (!(REGISTER_FORMATS as readonly string[]).includes(format)) throw new CliError(`--format must be one of ${formatsOf(register).join(', ')}, got "${format}"`);
  if (format === 'ics' && register !== 'actions') throw new CliError(`--format ics is for minutes actions (a to-do per action); minutes ${register} takes ${formatsOf(register).join(', ')}`);
  const owner = flags.get('owner');
  if (owner !== undefined && !/^@?[a-z0-9]+(?:-[a-z0-9]+)*$/.test(owner)) throw new CliError(`--owner takes a handle such as @clerk, got "${owner}"`);
  return {
    command: 'register',
    register,
    patterns: positionals.length ? positionals : ['.'],
    format: format as RegisterFormat,
    output: flags.get('output'),
    config: flags.get('config'),
    ignore: !flags.has('noIgnore'),
    ignorePath: flags.get('ignorePath'),
    status: flags.has('status') ? statusesOf(flags.get('status')!) : undefined,
    owner: owner?.replace(/^@/, ''),
    overdue: flags.has('overdue'),
  };
}

function formatsOf(register: RegisterKind): string[] {
  return REGISTER_FORMATS.filter((f) => f !== 'ics' || register === 'actions');
}

/** `open,in-progress` or `"open, in progress"`: each one of the four statuses. */
function statusesOf(text: string): ActionStatus[] {
  return text.split(',').map((raw) => {
    const s = raw.trim().toLowerCase().replace(/[-_]/g, ' ').replace(/\s+/g, ' ');
    const found = STATUSES.find((x) => x === s || (s === 'canceled' && x === 'cancelled'));
    if (!found) throw new CliError(`--status takes ${STATUSES.map((x) => x.replace(' ', '-')).join(', ')} (comma-separated), got "${raw.trim()}"`);
    return found;
  });
}
