/**
 * The `.minutesrc.json` that applies to a document: the nearest one walking
 * up from the document's folder, read and checked exactly as the CLI reads
 * it (core/config-file.ts: the same file name and the same validation), so a
 * file lints the same in the editor and in CI. Lookups and contents are
 * cached until a watched `.minutesrc.json` changes. A broken file does not
 * stop the server: its problem is reported once and the file is ignored.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, parseConfigText, type MinutesConfig } from '../core/index';

export interface ConfigFileResult {
  readonly config: Partial<MinutesConfig>;
  /** The file used, if any. */
  readonly file: string | null;
  /** Why the file was ignored, if it was. */
  readonly problem: string | null;
}

const NONE: ConfigFileResult = { config: {}, file: null, problem: null };

export class ConfigFiles {
  private readonly byDir = new Map<string, Promise<string | null>>();
  private readonly byFile = new Map<string, Promise<ConfigFileResult>>();

  /** The configuration file for a document URI; only `file:` URIs have one. */
  async forUri(uri: string): Promise<ConfigFileResult> {
    const fsPath = uriToPath(uri);
    if (!fsPath) return NONE;
    const file = await this.findUpward(path.dirname(fsPath));
    if (!file) return NONE;
    let loaded = this.byFile.get(file);
    if (!loaded) this.byFile.set(file, (loaded = load(file)));
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
        const candidate = path.join(dir, CONFIG_FILE);
        if (await exists(candidate)) return candidate;
        const parent = path.dirname(dir);
        return parent === dir ? null : this.findUpward(parent);
      })();
      this.byDir.set(dir, found);
    }
    return found;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

async function load(file: string): Promise<ConfigFileResult> {
  try {
    return { config: parseConfigText(await fs.readFile(file, 'utf8'), file), file, problem: null };
  } catch (err) {
    return { config: {}, file, problem: err instanceof Error ? err.message : String(err) };
  }
}

/** The file-system path of a `file:` URI, or null for any other URI. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
