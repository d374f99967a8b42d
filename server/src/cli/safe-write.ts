/**
 * Writing files without ever leaving a half-written one: the content goes to
 * a temporary file in the same folder, is flushed, and is renamed over the
 * target (keeping the target's permissions). A file fixed by `--fix` is first
 * checked against what was read: when its modification time, size or bytes
 * changed in the meantime (an editor saved it), it is not overwritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError, describeFsError } from './errors';

/** What a file looked like when it was read. */
export interface ReadSnapshot {
  readonly bytes: Uint8Array;
  readonly mtimeMs: number;
}

/**
 * Writes `content` to `file` only if the file is still as `snapshot` saw it.
 * Returns false (and writes nothing) when it changed. Symbolic links are
 * followed, so the link stays a link.
 */
export function writeIfUnchanged(file: string, snapshot: ReadSnapshot, content: Uint8Array): boolean {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch {
    return false;
  }
  if (stat.mtimeMs !== snapshot.mtimeMs || stat.size !== snapshot.bytes.length) return false;
  let current: Buffer;
  try {
    current = fs.readFileSync(target);
  } catch {
    return false;
  }
  if (!current.equals(snapshot.bytes)) return false;
  atomicWrite(target, content, stat.mode & 0o7777);
  return true;
}

/** Writes a file atomically (temporary file + rename). Throws CliError naming the file. */
export function atomicWrite(file: string, content: Uint8Array | string, mode?: number, shown: string = file): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const keep = mode ?? existingMode(file);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', keep ?? 0o666);
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (keep !== undefined) fs.chmodSync(temp, keep);
    fs.renameSync(temp, file);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw new CliError(`${shown}: cannot write: ${describeFsError(err)}`);
  }
}

function existingMode(file: string): number | undefined {
  try {
    return fs.statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/**
 * Writes a new file atomically and never over an existing one: the content
 * goes to a temporary file, which is then hard-linked to the target (a link
 * fails when the target exists, even one made a moment ago) and removed.
 * Throws CliError naming the file.
 */
export function writeNewFile(file: string, content: Uint8Array | string, shown: string = file): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', 0o666);
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.linkSync(temp, file);
  } catch (err) {
    const exists = (err as NodeJS.ErrnoException).code === 'EEXIST';
    throw new CliError(exists ? `${shown}: already exists; refusing to overwrite it` : `${shown}: cannot write: ${describeFsError(err)}`);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
