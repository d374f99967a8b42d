/**
 * The one way the language server reaches the workspace's files (other than
 * the documents the editor has open): read a file's text, stat it, and list
 * the `.minutes` files under the workspace folders. The configuration
 * lookup (config-file.ts), the workspace index (workspace-index.ts) and the
 * custom requests for a file that is not open (documents.ts) all go
 * through it, so the same server code runs on the desktop, where
 * node-file-source.ts reads the disk, and in a Web Worker (vscode.dev,
 * github.dev), where clientFileSource asks the web client, which answers
 * from `vscode.workspace.fs`.
 *
 * Everything is named by URI, as the client names it; the helpers below
 * work on the URI's path alone, so they need nothing of Node.
 */
import type { Connection } from 'vscode-languageserver';
import { FindFilesRequest, ReadFileRequest, StatFileRequest, type FileStatResult } from '../protocol/custom-requests';

export type FileStat = FileStatResult;

export interface FileSource {
  /** The file's text (UTF-8), or undefined when it cannot be read. */
  readText(uri: string): Promise<string | undefined>;
  /** What the URI names and when it changed, or undefined when nothing is there. */
  stat(uri: string): Promise<FileStat | undefined>;
  /** The `.minutes` files under the folders (skipping node_modules and dot-folders), sorted, at most `max`. */
  listMinutes(folders: readonly string[], max: number): Promise<string[]>;
  /** Whether this source can read the URI at all (the desktop reads `file:` URIs only). */
  handles(uri: string): boolean;
}

/** Folders never searched for `.minutes` files. */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules']);

/**
 * The files as the client sees them, over the custom requests of
 * custom-requests.ts. Any URI the client has a file system for can be
 * read; a request that fails (the client went, or has no handler) reads as
 * "no such file", as a missing file on disk does.
 */
export function clientFileSource(connection: Connection): FileSource {
  const ask = async <R>(run: () => Promise<R>, fallback: R): Promise<R> => {
    try {
      return await run();
    } catch {
      return fallback;
    }
  };
  return {
    readText: async (uri) => (await ask(() => connection.sendRequest(ReadFileRequest, { uri }), null)) ?? undefined,
    stat: async (uri) => (await ask(() => connection.sendRequest(StatFileRequest, { uri }), null)) ?? undefined,
    listMinutes: (folders, max) => ask(() => connection.sendRequest(FindFilesRequest, { folders, max }), [] as string[]),
    handles: (uri) => !uri.startsWith('untitled:'),
  };
}

/** The URI of the folder that holds `uri` (the URI itself when it is a root). */
export function parentUri(uri: string): string {
  const { head, path } = splitUri(uri);
  const trimmed = path.replace(/\/+$/, '');
  const cut = trimmed.lastIndexOf('/');
  return cut <= 0 ? `${head}/` : `${head}${trimmed.slice(0, cut)}`;
}

/** `name` inside the folder `uri`. */
export function childUri(uri: string, name: string): string {
  const { head, path } = splitUri(uri);
  return `${head}${path.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
}

/**
 * One spelling per file, for telling whether two URIs name the same one:
 * escapes decoded, a Windows drive letter in lower case, no trailing slash.
 * (VS Code writes `file:///c%3A/x`, Node's pathToFileURL `file:///C:/x`.)
 */
export function uriKey(uri: string): string {
  let s = uri;
  try {
    s = decodeURIComponent(uri);
  } catch {
    // A malformed escape: the URI as given.
  }
  return s.replace(/^file:\/\/\/([A-Za-z]):/, (_m, d: string) => `file:///${d.toLowerCase()}:`).replace(/\/+$/, '');
}

/** The scheme and authority (`file://`, `vscode-vfs://github`) and the path of a URI, query and fragment dropped. */
function splitUri(uri: string): { head: string; path: string } {
  const m = /^([a-zA-Z][\w+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/.exec(uri);
  return m ? { head: m[1], path: m[2] } : { head: '', path: uri };
}
