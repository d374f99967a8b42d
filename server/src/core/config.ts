/**
 * The configuration, typed, with its one set of defaults. The CLI reads it
 * from `.minutesrc.json` (searched upward from each file) and the server from
 * the same file merged with the `minutes.*` VS Code settings; both hand the
 * result to the core, which reads no files itself.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A named band of risk ratings, e.g. red from a score of 15. */
export interface RiskBand {
  readonly name: string;
  /** A CSS colour for the preview and exports. */
  readonly color?: string;
  /** Ratings in this band, listed (`["A1", "A2", "B1"]`). */
  readonly ratings?: readonly string[];
  /** Or: likelihood step number x impact step number at least this (1-based steps). */
  readonly minScore?: number;
}

export interface RiskScaleNames {
  /** Meaning of each likelihood step, e.g. `{ "A": "Very likely" }`. */
  readonly likelihood?: Readonly<Record<string, string>>;
  /** Meaning of each impact step, e.g. `{ "1": "Catastrophic" }`. */
  readonly impact?: Readonly<Record<string, string>>;
  /** Bands, tried in order; the first that holds a rating names it. */
  readonly bands?: readonly RiskBand[];
}

export interface MinutesConfig {
  /** Severity per rule id; rules not named keep their default. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** The risk matrix when the header does not declare one. */
  readonly riskMatrix: string;
  /** The date action-overdue measures against (`YYYY-MM-DD`); empty means the system date. */
  readonly today: string;
  /** What the steps and bands of the risk matrix mean, for hover and the preview. */
  readonly risk: RiskScaleNames;
}

export const DEFAULT_CONFIG: MinutesConfig = {
  rules: {},
  riskMatrix: 'A-F x 1-4',
  today: '',
  risk: {},
};

/** Merges a partial configuration over the defaults. */
export function resolveConfig(partial?: Partial<MinutesConfig> | null): MinutesConfig {
  if (!partial) return DEFAULT_CONFIG;
  return {
    rules: { ...DEFAULT_CONFIG.rules, ...(partial.rules ?? {}) },
    riskMatrix: partial.riskMatrix || DEFAULT_CONFIG.riskMatrix,
    today: partial.today ?? DEFAULT_CONFIG.today,
    risk: partial.risk ?? DEFAULT_CONFIG.risk,
  };
}

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/**
 * Checks a parsed JSON configuration and returns it typed, or the problems
 * found, each naming the offending key. Unknown rule ids are problems too: a
 * typo in a CI config must not silently switch nothing off.
 */
export function validateConfig(json: unknown, knownRules: readonly string[]): { config: Partial<MinutesConfig>; problems: string[] } {
  const problems: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { config: {}, problems: ['the configuration must be a JSON object'] };
  const o = json as Record<string, unknown>;
  const config: { -readonly [K in keyof MinutesConfig]?: MinutesConfig[K] } = {};
  for (const key of Object.keys(o)) {
    if (!['rules', 'riskMatrix', 'today', 'risk', '$schema'].includes(key)) problems.push(`unknown key "${key}"`);
  }
  if (o.rules !== undefined) {
    if (typeof o.rules !== 'object' || o.rules === null || Array.isArray(o.rules)) problems.push('"rules" must be an object of rule id to severity');
    else {
      const rules: Record<string, SeveritySetting> = {};
      for (const [id, sev] of Object.entries(o.rules as Record<string, unknown>)) {
        if (!knownRules.includes(id)) problems.push(`unknown rule "${id}" in "rules"`);
        else if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) problems.push(`rule "${id}": severity must be one of off, info, warning, error`);
        else rules[id] = sev as SeveritySetting;
      }
      config.rules = rules;
    }
  }
  if (o.riskMatrix !== undefined) {
    if (typeof o.riskMatrix !== 'string') problems.push('"riskMatrix" must be a string such as "A-F x 1-4"');
    else config.riskMatrix = o.riskMatrix;
  }
  if (o.today !== undefined) {
    if (typeof o.today !== 'string' || (o.today !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(o.today))) problems.push('"today" must be a date YYYY-MM-DD');
    else config.today = o.today;
  }
  if (o.risk !== undefined) {
    if (typeof o.risk !== 'object' || o.risk === null) problems.push('"risk" must be an object with likelihood, impact and bands');
    else config.risk = o.risk as RiskScaleNames;
  }
  return { config, problems };
}
