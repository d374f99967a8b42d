/**
 * The symbols of every `.minutes` file in the workspace folders, for
 * workspace/symbol. Files are found by walking the folders (skipping
 * node_modules and dot-folders) the first time a search needs them, read
 * and analysed once, and kept until a watched-file event says a file
 * changed, appeared or went. Open documents are read from the editor
 * instead, so unsaved edits are found. Clients that cannot watch files get
 * a modification-time check on each search instead.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type CancellationToken, type FileEvent, type WorkspaceSymbol } from 'vscode-languageserver/node';
import { analyze, type Analysis } from '../core/index';
import { matchesQuery, workspaceEntries } from '../core/features/index';
import { uriToPath } from './config-file';
import { toRange, toSymbolKind } from './converters';

interface FileEntry {
  readonly mtimeMs: number;
  readonly symbols: readonly WorkspaceSymbol[];
}

/** Folders never searched. */
const SKIP_DIRS = new Set(['node_modules']);
/** Enough for any council's archive; a runaway folder cannot stall the server. */
const MAX_FILES = 20000;

export class WorkspaceIndex {
  private folders: string[] = [];
  private files: Promise<string[]> | null = null;
  private readonly entries = new Map<string, FileEntry>();
  /** True when watched-file events keep the cache right; otherwise files are re-checked on each search. */
  watched = false;

  /** Sets the workspace folders (file: URIs); anything cached is dropped. */
  setFolders(uris: readonly string[]): void {
    this.folders = uris.map(uriToPath).filter((p): p is string => p !== null);
    this.files = null;
    this.entries.clear();
  }

  /** Applies watched-file events for `.minutes` files. */
  filesChanged(events: readonly FileEvent[]): void {
    for (const e of events) {
      const file = uriToPath(e.uri);
      if (!file) continue;
      this.entries.delete(file);
      if (e.type !== FileChangeType.Changed) this.files = null;
    }
  }

  /**
   * Symbols matching the query across the workspace. `openAnalysis` gives the
   * live analysis of a file open in the editor, or undefined. `openUris` are
   * the documents open in the editor: those outside the folders are searched
   * too (after the folders' files), since a clerk who opens one file with no
   * folder, or an untitled document, has no workspace folder to walk and
   * would otherwise find nothing at all.
   */
  async search(
    query: string,
    openAnalysis: (uri: string) => Promise<Analysis | undefined>,
    token?: CancellationToken,
    openUris: readonly string[] = [],
  ): Promise<WorkspaceSymbol[]> {
    if (!this.files || !this.watched) this.files = listFiles(this.folders);
    const out: WorkspaceSymbol[] = [];
    const files = await this.files;
    const listed = new Set(files);
    const outside = openUris.filter((uri) => {
      const file = uriToPath(uri);
      return !file || !listed.has(path.resolve(file));
    });
    const add = (symbols: readonly WorkspaceSymbol[]): void => {
      for (const s of symbols) if (matchesQuery(s.name, query)) out.push(s);
    };
    for (const file of files) {
      if (token?.isCancellationRequested) break;
      const uri = pathToFileURL(file).toString();
      const open = await openAnalysis(uri);
      add(open ? symbolsOf(uri, open) : await this.fromDisk(file, uri));
      // Let other messages (edits, cancellations) through between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const uri of outside) {
      if (token?.isCancellationRequested) break;
      const open = await openAnalysis(uri);
      if (open) add(symbolsOf(uri, open));
    }
    return out;
  }

  private async fromDisk(file: string, uri: string): Promise<readonly WorkspaceSymbol[]> {
    const cached = this.entries.get(file);
    if (cached && this.watched) return cached.symbols;
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      this.entries.delete(file);
      return [];
    }
    if (cached && cached.mtimeMs === stat.mtimeMs) return cached.symbols;
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    const symbols = symbolsOf(uri, analyze(text.replace(/^\uFEFF/, '')));
    this.entries.set(file, { mtimeMs: stat.mtimeMs, symbols });
    return symbols;
  }
}

/** The workspace symbols of one analysed file. */
function symbolsOf(uri: string, a: Analysis): WorkspaceSymbol[] {
  return workspaceEntries(a).map((e) => ({
    name: e.name,
    kind: toSymbolKind(e.kind),
    containerName: e.container,
    location: { uri, range: toRange(a, e.span) },
  }));
}

/** Every `.minutes` file under the folders, depth first, sorted for stable results. */
async function listFiles(folders: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    if (out.length >= MAX_FILES) return;
    let items: Dirent[];
    try {
      items = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    items.sort((x, y) => x.name.localeCompare(y.name));
    for (const d of items) {
      const full = path.join(dir, d.name);
      if (d.isDirectory() && !d.name.startsWith('.') && !SKIP_DIRS.has(d.name)) await walk(full);
      else if (d.isFile() && d.name.endsWith('.minutes') && out.length < MAX_FILES) out.push(full);
    }
  };
  for (const f of folders) await walk(f);
  return out;
}
