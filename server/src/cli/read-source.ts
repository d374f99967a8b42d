/**
 * Reads one `.minutes` file as text, refusing what is not a minutes file: a
 * UTF-16 file (named as such), a binary file (NUL bytes) or bytes that are
 * not UTF-8, reported with the line and column of the first bad byte. A UTF-8 byte-order mark is taken off (and
 * put back when a fix is written), so positions match what editors show.
 */
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import { CliError, describeFsError } from './errors';

const BOM = '\uFEFF';

/** A file as read: its text for the core, and what is needed to write it back safely. */
export interface SourceFile {
  readonly abs: string;
  readonly display: string;
  /** The text without a byte-order mark. */
  readonly text: string;
  readonly hasBom: boolean;
  /** The bytes as read, to tell whether the file changed before writing it. */
  readonly bytes: Uint8Array;
  readonly mtimeMs: number;
}

/** Reads and checks a file. Throws CliError naming the file on any problem. */
export function readSource(abs: string, display: string): SourceFile {
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    // One open for both the stat and the read (rather than two path look-ups): a
    // large lint run reads a thousand files, and this is most of its IO. The
    // stat comes first, so a change made between the two leaves the times
    // apart and safe-write.ts refuses to write a fix over it.
    const fd = fs.openSync(abs, 'r');
    try {
      mtimeMs = fs.fstatSync(fd).mtimeMs;
      bytes = fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    throw new CliError(`${display}: cannot read the file: ${describeFsError(err)}`);
  }
  return { abs, display, ...decodeSource(bytes, display), bytes, mtimeMs };
}

/** Checks and decodes bytes read from a file or standard input. */
export function decodeSource(bytes: Uint8Array, display: string): { text: string; hasBom: boolean } {
  // UTF-16 (as Windows Notepad may save) is text, not binary: say so, rather than report its NUL bytes.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16 LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16 BE' : null;
  if (utf16) throw new CliError(`${display}:1:1: the file is ${utf16} text (it starts with a UTF-16 byte-order mark); save it as UTF-8`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = positionOfByte(bytes, nul);
    throw new CliError(`${display}:${at}: binary file (a NUL byte), not a minutes text file`);
  }
  // Node's native check first: the byte loop below, run on every file, was 2% of
  // linting 1,000 files (--cpu-prof); it is kept to find where a bad file goes wrong.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const at = positionOfByte(bytes, bad);
    throw new CliError(`${display}:${at}: invalid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')}); save the file as UTF-8`);
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const hasBom = text.startsWith(BOM);
  return { text: hasBom ? text.slice(1) : text, hasBom };
}

/** The text to write back for fixed text, with the byte-order mark restored. */
export function encodeSource(text: string, hasBom: boolean): Buffer {
  return Buffer.from(hasBom ? BOM + text : text, 'utf8');
}

/** 1-based `line:column` (UTF-16 column, as the rest of the CLI) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): string {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, offset - lineStart).toString('utf8');
  const column = (line === 1 ? prefix.replace(/^\uFEFF/, '') : prefix).length + 1;
  return `${line}:${column}`;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Reads all of standard input as bytes. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
