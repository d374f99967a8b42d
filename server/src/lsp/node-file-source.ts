/**
 * The file source of the desktop server (file-source.ts): Node's fs, for
 * `file:` URIs only, as the server has always read the disk. Folders are
 * walked depth first in name order, so workspace symbols come in a stable
 * order; a folder that cannot be read is skipped.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SKIP_DIRS, type FileSource } from './file-source';

export function nodeFileSource(): FileSource {
  return {
    async readText(uri) {
      const file = uriToPath(uri);
      return file ? fs.readFile(file, 'utf8').catch(() => undefined) : undefined;
    },
    async stat(uri) {
      const file = uriToPath(uri);
      if (!file) return undefined;
      try {
        const s = await fs.stat(file);
        return { type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', mtime: s.mtimeMs };
      } catch {
        return undefined;
      }
    },
    async listMinutes(folders, max) {
      const out: string[] = [];
      for (const f of folders) {
        const dir = uriToPath(f);
        if (dir) await walk(dir, out, max);
      }
      return out.map((file) => pathToFileURL(file).toString());
    },
    handles: (uri) => uriToPath(uri) !== null,
  };
}

async function walk(dir: string, out: string[], max: number): Promise<void> {
  if (out.length >= max) return;
  let items: Dirent[];
  try {
    items = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  items.sort((x, y) => x.name.localeCompare(y.name));
  for (const d of items) {
    const full = path.join(dir, d.name);
    if (d.isDirectory() && !d.name.startsWith('.') && !SKIP_DIRS.has(d.name)) await walk(full, out, max);
    else if (d.isFile() && d.name.endsWith('.minutes') && out.length < max) out.push(full);
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
