/**
 * The register commands, `minutes actions|decisions|attendance [paths]
 * [options]`: their flag tables for the shared parse loop (flag-scan.ts) and
 * the checks on what it returns. `--status`, `--owner` and `--overdue` are
 * for actions only; `--format`, `-o`, `--config`, `--no-ignore` and
 * `--ignore-path` are for all three. args.ts routes the command word here.
 */
import { ACTION_STATUS_NAMES, type ActionStatus } from '../core/vocabulary';
import { CliError } from './errors';
import { COMMON, type FlagSpec, last, scan } from './flag-scan';

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

/** The flags all three registers take. */
const REGISTER_FLAGS: Record<string, FlagSpec> = {
  ...COMMON,
  '--format': { key: 'format', takesValue: true },
  '-f': { key: 'format', takesValue: true },
  '--no-ignore': { key: 'noIgnore', takesValue: false },
  '--ignore-path': { key: 'ignorePath', takesValue: true },
};

/** The action register's filters: for decisions and attendance they are unknown options. */
const ACTION_FLAGS: Record<string, FlagSpec> = {
  ...REGISTER_FLAGS,
  '--status': { key: 'status', takesValue: true },
  '--owner': { key: 'owner', takesValue: true },
  '--overdue': { key: 'overdue', takesValue: false },
};

/** True when the first argument names a register command. */
export function isRegisterCommand(word: string | undefined): word is RegisterKind {
  return (REGISTERS as readonly string[]).includes(word ?? '');
}

/** Parses the arguments after the command word (args.ts routes them here); help for --help. Throws CliError on a usage problem. */
export function parseRegister(register: RegisterKind, argv: readonly string[]): RegisterCommand | { readonly command: 'help'; readonly topic: RegisterKind } {
  const { flags, positionals } = scan(argv, register === 'actions' ? ACTION_FLAGS : REGISTER_FLAGS, register);
  if (flags.has('help')) return { command: 'help', topic: register };
  if (positionals.includes('-')) throw new CliError(`minutes ${register} reads files and folders, not standard input`);
  if (flags.has('noIgnore') && flags.has('ignorePath')) throw new CliError('--no-ignore and --ignore-path cannot be combined');
  const format = last(flags, 'format') ?? 'table';
  if (!(REGISTER_FORMATS as readonly string[]).includes(format)) throw new CliError(`--format must be one of ${formatsOf(register).join(', ')}, got "${format}"`);
  if (format === 'ics' && register !== 'actions') throw new CliError(`--format ics is for minutes actions (a to-do per action); minutes ${register} takes ${formatsOf(register).join(', ')}`);
  const owner = last(flags, 'owner');
  if (owner !== undefined && !/^@?[a-z0-9]+(?:-[a-z0-9]+)*$/.test(owner)) throw new CliError(`--owner takes a handle such as @clerk, got "${owner}"`);
  const status = last(flags, 'status');
  return {
    command: 'register',
    register,
    patterns: positionals.length ? positionals : ['.'],
    format: format as RegisterFormat,
    output: last(flags, 'output'),
    config: last(flags, 'config'),
    ignore: !flags.has('noIgnore'),
    ignorePath: last(flags, 'ignorePath'),
    status: status !== undefined ? statusesOf(status) : undefined,
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
