/**
 * The `.minutesrc.json` that applies to a document: the nearest one walking
 * up from the document's folder, read and checked exactly as the CLI reads
 * it (core/config-file.ts: the same file name and the same validation), so a
 * file lints the same in the editor and in CI. Files are reached through the
 * server's file source (file-source.ts): the disk on the desktop, the
 * editor's workspace in the browser. Lookups and contents are cached until a
 * watched `.minutesrc.json` changes. A broken file does not stop the
 * server: its problem is reported once and the file is ignored.
 */
import { CONFIG_FILE, parseConfigText, type MinutesConfig } from '../core/index';
import { childUri, parentUri, type FileSource } from './file-source';

export interface ConfigFileResult {
  readonly config: Partial<MinutesConfig>;
  /** The file used (its URI), if any. */
  readonly file: string | null;
  /** Why the file was ignored, if it was. */
  readonly problem: string | null;
}

const NONE: ConfigFileResult = { config: {}, file: null, problem: null };

export class ConfigFiles {
  private readonly byDir = new Map<string, Promise<string | null>>();
  private readonly byFile = new Map<string, Promise<ConfigFileResult>>();

  /** `describe` names a file in messages (the desktop gives its path). */
  constructor(
    private readonly files: FileSource,
    private readonly describe: (uri: string) => string = (uri) => uri,
  ) {}

  /** The configuration file for a document URI; only URIs the file source reads have one. */
  async forUri(uri: string): Promise<ConfigFileResult> {
    if (!this.files.handles(uri)) return NONE;
    const file = await this.findUpward(parentUri(uri));
    if (!file) return NONE;
    let loaded = this.byFile.get(file);
    if (!loaded) this.byFile.set(file, (loaded = this.load(file)));
    return loaded;
  }

  /** Forgets every lookup and file, after a `.minutesrc.json` was created, changed or deleted. */
  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  private findUpward(dir: string): Promise<string | null> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = (async () => {
        const candidate = childUri(dir, CONFIG_FILE);
        if ((await this.files.stat(candidate))?.type === 'file') return candidate;
        const parent = parentUri(dir);
        return parent === dir ? null : this.findUpward(parent);
      })();
      this.byDir.set(dir, found);
    }
    return found;
  }

  private async load(file: string): Promise<ConfigFileResult> {
    const name = this.describe(file);
    try {
      const text = await this.files.readText(file);
      if (text === undefined) throw new Error(`${name}: cannot be read`);
      return { config: parseConfigText(text, name), file, problem: null };
    } catch (err) {
      return { config: {}, file, problem: err instanceof Error ? err.message : String(err) };
    }
  }
}
