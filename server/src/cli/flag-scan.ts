/**
 * The one flag parser every `minutes` command shares: a table of FlagSpecs
 * in, flags (by key) and positionals out, or a CliError naming the bad flag.
 * `--flag value`, `--flag=value`, short aliases (`-f json` or `-fjson`),
 * repeatable flags, `--` to end the options and `-` as a positional meaning
 * standard input. args.ts and register-args.ts hold the tables and what each
 * command makes of the result.
 */
import { CliError } from './errors';

/** One flag in a command's table: the key its values are filed under, whether it takes a value, and whether it may be given twice. */
export interface FlagSpec {
  readonly key: string;
  readonly takesValue: boolean;
  readonly repeatable?: boolean;
}

/** The flags most commands share. */
export const COMMON: Record<string, FlagSpec> = {
  '--help': { key: 'help', takesValue: false },
  '-h': { key: 'help', takesValue: false },
  '--config': { key: 'config', takesValue: true },
  '-c': { key: 'config', takesValue: true },
  '--output': { key: 'output', takesValue: true },
  '-o': { key: 'output', takesValue: true },
};

export type Parsed = { flags: Map<string, string[]>; positionals: string[] };

/** Splits argv into flags (by key) and positionals, rejecting unknown or malformed flags. */
export function scan(argv: readonly string[], specs: Record<string, FlagSpec>, command: string): Parsed {
  const flags = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    // A short option may carry its value joined to it (`-fjson`, `-oreport.txt`), as getopt allows.
    const joined = !arg.startsWith('--') && arg.length > 2 && specs[arg.slice(0, 2)]?.takesValue ? 2 : -1;
    const name = eq !== -1 ? arg.slice(0, eq) : joined !== -1 ? arg.slice(0, joined) : arg;
    const spec = specs[name];
    if (!spec) throw new CliError(`unknown option "${name}" for minutes ${command} (see minutes ${command} --help)`);
    let value = '';
    if (spec.takesValue) {
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (joined !== -1) value = arg.slice(joined);
      else if (i + 1 < argv.length && argv[i + 1] !== '--') value = argv[++i];
      else throw new CliError(`option ${name} needs a value`);
      if (value === '') throw new CliError(`option ${name} needs a non-empty value`);
    } else if (eq !== -1) {
      throw new CliError(`option ${name} takes no value`);
    }
    const seen = flags.get(spec.key);
    if (seen && !spec.repeatable && spec.takesValue) throw new CliError(`option ${name} given more than once`);
    flags.set(spec.key, [...(seen ?? []), value]);
  }
  return { flags, positionals };
}

/** The last value given for a key, or undefined. */
export function last(flags: Map<string, string[]>, key: string): string | undefined {
  const values = flags.get(key);
  return values ? values[values.length - 1] : undefined;
}

/** value when it is one of allowed, else a CliError naming the flag and the choices. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
}
