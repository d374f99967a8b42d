/**
 * The symbols of every `.minutes` file in the workspace folders, for
 * workspace/symbol. Files are found by walking the folders (skipping
 * node_modules and dot-folders) the first time a search needs them, read
 * and analysed once, and kept until a watched-file event says a file
 * changed, appeared or went. Open documents are read from the editor
 * instead, so unsaved edits are found. Clients that cannot watch files get
 * a modification-time check on each search instead. The folders are
 * walked and the files read through the server's file source
 * (file-source.ts), so the index works in the browser too.
 */
import { FileChangeType, type CancellationToken, type FileEvent, type WorkspaceSymbol } from 'vscode-languageserver';
import { analyze, type Analysis } from '../core/index';
import { matchesQuery, workspaceEntries } from '../core/features/index';
import { toRange, toSymbolKind } from './converters';
import { uriKey, type FileSource } from './file-source';

interface FileEntry {
  readonly mtimeMs: number;
  readonly symbols: readonly WorkspaceSymbol[];
}

/** Enough for any council's archive; a runaway folder cannot stall the server. */
const MAX_FILES = 20000;

export class WorkspaceIndex {
  private folders: string[] = [];
  private files: Promise<string[]> | null = null;
  private readonly entries = new Map<string, FileEntry>();

  constructor(private readonly source: FileSource) {}

  /** True when watched-file events keep the cache right; otherwise files are re-checked on each search. */
  watched = false;

  /** Sets the workspace folders (URIs; those the file source cannot read are left out); anything cached is dropped. */
  setFolders(uris: readonly string[]): void {
    this.folders = uris.filter((uri) => this.source.handles(uri));
    this.files = null;
    this.entries.clear();
  }

  /** Applies watched-file events for `.minutes` files. */
  filesChanged(events: readonly FileEvent[]): void {
    for (const e of events) {
      if (!this.source.handles(e.uri)) continue;
      this.entries.delete(uriKey(e.uri));
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
    if (!this.files || !this.watched) this.files = this.source.listMinutes(this.folders, MAX_FILES);
    const out: WorkspaceSymbol[] = [];
    const files = await this.files;
    const listed = new Set(files.map(uriKey));
    const outside = openUris.filter((uri) => !listed.has(uriKey(uri)));
    const add = (symbols: readonly WorkspaceSymbol[]): void => {
      for (const s of symbols) if (matchesQuery(s.name, query)) out.push(s);
    };
    for (const uri of files) {
      if (token?.isCancellationRequested) break;
      const open = await openAnalysis(uri);
      add(open ? symbolsOf(uri, open) : await this.fromSource(uri));
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

  private async fromSource(uri: string): Promise<readonly WorkspaceSymbol[]> {
    const key = uriKey(uri);
    const cached = this.entries.get(key);
    if (cached && this.watched) return cached.symbols;
    const stat = await this.source.stat(uri);
    if (!stat) {
      this.entries.delete(key);
      return [];
    }
    if (cached && cached.mtimeMs === stat.mtime) return cached.symbols;
    const text = (await this.source.readText(uri)) ?? '';
    const symbols = symbolsOf(uri, analyze(text.replace(/^\uFEFF/, '')));
    this.entries.set(key, { mtimeMs: stat.mtime, symbols });
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
