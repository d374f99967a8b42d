/**
 * Settings per resource, typed, with one set of defaults.
 *
 * The `minutes.*` settings come from `workspace/configuration` for each
 * document (so folder and language overrides apply), or, for clients that
 * cannot answer it, from the last `workspace/didChangeConfiguration`. They
 * are laid over the nearest `.minutesrc.json`, which the CLI reads too:
 * rule severities from the editor win rule by rule; `riskMatrix` and
 * `today` from the editor win when set to something other than their
 * default. The defaults of the analysis settings are the core's
 * DEFAULT_CONFIG; the server's own are DEFAULT_SERVER_SETTINGS below, and a
 * test checks both against package.json's `contributes.configuration`.
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_CONFIG, RULE_IDS, validateConfig, type MinutesConfig } from '../core/index';
import type { ConfigFiles } from './config-file';

export interface ServerSettings {
  /** What analyze() receives. */
  readonly config: Partial<MinutesConfig>;
  /** `minutes.debounce`: milliseconds to wait after an edit before validating. */
  readonly debounce: number;
  /** `minutes.export.includeExempt`. */
  readonly includeExempt: boolean;
  /** `minutes.pdf.chromiumPath`; empty means auto-detect. */
  readonly chromiumPath: string;
}

/** Defaults of the settings that only the server reads. */
export const DEFAULT_SERVER_SETTINGS: Omit<ServerSettings, 'config'> = {
  debounce: 0,
  includeExempt: false,
  chromiumPath: '',
};

/** The editor's `minutes` section, read defensively: any shape may arrive. */
export function readSection(raw: unknown): { settings: ServerSettings; problems: string[] } {
  const o = isObject(raw) ? raw : {};
  const get = (dotted: string): unknown => dotted.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), o) ?? o[dotted];
  const analysis: Record<string, unknown> = {};
  if (get('rules') !== undefined) analysis.rules = get('rules');
  if (typeof get('riskMatrix') === 'string' && get('riskMatrix') !== DEFAULT_CONFIG.riskMatrix) analysis.riskMatrix = get('riskMatrix');
  if (get('today') !== undefined && get('today') !== DEFAULT_CONFIG.today) analysis.today = get('today');
  const { config, problems } = validateConfig(analysis, RULE_IDS);
  const debounce = Number(get('debounce'));
  const settings: ServerSettings = {
    config,
    debounce: Number.isFinite(debounce) && debounce >= 0 ? Math.min(debounce, 5000) : DEFAULT_SERVER_SETTINGS.debounce,
    includeExempt: typeof get('export.includeExempt') === 'boolean' ? (get('export.includeExempt') as boolean) : DEFAULT_SERVER_SETTINGS.includeExempt,
    chromiumPath: typeof get('pdf.chromiumPath') === 'string' ? (get('pdf.chromiumPath') as string) : DEFAULT_SERVER_SETTINGS.chromiumPath,
  };
  return { settings, problems: problems.map((p) => `minutes settings: ${p}`) };
}

/** The editor's settings laid over a configuration file's. */
export function mergeConfig(file: Partial<MinutesConfig>, editor: Partial<MinutesConfig>): Partial<MinutesConfig> {
  return {
    ...file,
    ...editor,
    rules: { ...(file.rules ?? {}), ...(editor.rules ?? {}) },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class SettingsStore {
  private readonly byUri = new Map<string, Promise<ServerSettings>>();
  private readonly reported = new Set<string>();
  /** True when the client answers `workspace/configuration`. */
  pullConfiguration = false;
  /** The last `minutes` section pushed by didChangeConfiguration. */
  pushedSection: unknown = undefined;

  constructor(
    private readonly connection: Connection,
    private readonly files: ConfigFiles,
  ) {}

  /** The settings for a document, fetched once until the settings change. */
  forResource(uri: string): Promise<ServerSettings> {
    let found = this.byUri.get(uri);
    if (!found) {
      found = this.fetch(uri);
      this.byUri.set(uri, found);
    }
    return found;
  }

  /** Forgets every fetched setting and configuration file. */
  changed(): void {
    this.byUri.clear();
    this.files.clear();
  }

  /** Forgets one document's settings (closed). */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private async fetch(uri: string): Promise<ServerSettings> {
    let section: unknown = this.pushedSection;
    if (this.pullConfiguration) {
      try {
        section = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'minutes' });
      } catch (err) {
        this.report(`could not read the minutes settings: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const { settings, problems } = readSection(section);
    problems.forEach((p) => this.report(p));
    const file = await this.files.forUri(uri);
    if (file.problem) this.report(`${file.problem} (the file is ignored)`);
    return { ...settings, config: mergeConfig(file.config, settings.config) };
  }

  /** Logs a problem once, and shows it to the user once. */
  private report(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.connection.console.warn(message);
    void this.connection.window.showWarningMessage(`Minutes: ${message}`);
  }
}
