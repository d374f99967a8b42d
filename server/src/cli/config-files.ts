/**
 * Configuration for each linted file: `--config FILE` when given, else the
 * nearest `.minutesrc.json` found walking up from the file's folder, with
 * `--rule id=severity` flags laid over either. Files are read once per folder
 * and checked by the core (core/config-file.ts, as the language server checks
 * them); a problem stops the run with the file and, where it can be found,
 * the line:column of the offending key.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE, ConfigFileError, parseConfigText, RULE_IDS, resolveConfig, type MinutesConfig, type SeveritySetting } from '../core/index';
import { CliError, describeFsError } from './errors';
import { displayPath } from './files';

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/** Finds, reads and caches the configuration that applies to a path. */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly byFile = new Map<string, Partial<MinutesConfig>>();
  private readonly overrides: Readonly<Record<string, SeveritySetting>>;

  constructor(
    private readonly cwd: string,
    private readonly explicitFile: string | undefined,
    ruleFlags: readonly string[],
  ) {
    this.overrides = parseRuleFlags(ruleFlags);
    if (explicitFile !== undefined) this.load(path.resolve(cwd, explicitFile));
  }

  /** The partial configuration (file, then `--rule` flags) for an absolute file path. */
  forFile(absPath: string): Partial<MinutesConfig> {
    const file = this.explicitFile !== undefined ? path.resolve(this.cwd, this.explicitFile) : this.findUpward(path.dirname(absPath));
    const fromFile = file ? this.load(file) : {};
    return { ...fromFile, rules: { ...(fromFile.rules ?? {}), ...this.overrides } };
  }

  /** The fully resolved configuration, every rule listed with its effective severity. */
  resolvedFor(absPath: string, ruleDefaults: ReadonlyArray<{ id: string; defaultSeverity: string }>): MinutesConfig {
    const config = resolveConfig(this.forFile(absPath));
    const rules: Record<string, SeveritySetting> = {};
    for (const r of ruleDefaults) rules[r.id] = (config.rules[r.id] ?? r.defaultSeverity) as SeveritySetting;
    return { ...config, rules };
  }

  private findUpward(dir: string): string | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    const candidate = path.join(dir, CONFIG_FILE);
    const parent = path.dirname(dir);
    const found = fs.existsSync(candidate) ? candidate : parent === dir ? null : this.findUpward(parent);
    this.byDir.set(dir, found);
    return found;
  }

  private load(file: string): Partial<MinutesConfig> {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const shown = displayPath(file, this.cwd);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new CliError(`${shown}: cannot read the configuration: ${describeFsError(err)}`);
    }
    const config = checked(text, shown);
    this.byFile.set(file, config);
    return config;
  }
}

/** Reads `--rule id=severity` flags; an unknown id or severity is a usage error. */
export function parseRuleFlags(flags: readonly string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const flag of flags) {
    const m = /^([^=]+)=(.*)$/.exec(flag);
    if (!m) throw new CliError(`--rule expects id=off|info|warning|error, got "${flag}"`);
    const [, id, severity] = m;
    if (!RULE_IDS.includes(id)) throw new CliError(`--rule: unknown rule "${id}" (the rules are listed in minutes lint --help)`);
    if (!SEVERITIES.includes(severity)) throw new CliError(`--rule ${id}: severity must be off, info, warning or error, got "${severity}"`);
    out[id] = severity as SeveritySetting;
  }
  return out;
}

/** The core's reading of the file (core/config-file.ts); its problem is a usage error of the run. */
function checked(text: string, shown: string): Partial<MinutesConfig> {
  try {
    return parseConfigText(text, shown);
  } catch (err) {
    if (err instanceof ConfigFileError) throw new CliError(err.message);
    throw err;
  }
}
