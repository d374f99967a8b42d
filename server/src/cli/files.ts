/**
 * Which files `minutes lint` reads: paths, folders (searched for `*.minutes`)
 * and quoted globs, minus `!` negations and what the ignore file excludes.
 * The result is deduplicated (a file reached twice, or through a symbolic
 * link, is linted once) and sorted by the path shown, so the output order
 * never depends on the file system.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError, describeFsError } from './errors';
import { globSource, isGlob, staticBase } from './glob';
import type { IgnoreMatcher } from './ignore-file';

export const EXTENSION = '.minutes';

/** One file to lint: its absolute path and the path reports show. */
export interface FoundFile {
  readonly abs: string;
  readonly display: string;
}

export interface Discovery {
  readonly files: readonly FoundFile[];
  /** Files named on the command line that the ignore file excludes. */
  readonly ignoredExplicit: readonly string[];
}

/** What became of a file a pattern named. */
type Kept = 'kept' | 'ignored' | 'negated';

/** Folders a walk never enters unless a pattern starts inside them. */
function skippedFolder(name: string): boolean {
  return name === 'node_modules' || (name.startsWith('.') && name !== '.' && name !== '..');
}

/** Resolves command-line patterns to the sorted list of files to lint. Throws CliError on a missing path. */
export function discoverFiles(patterns: readonly string[], cwd: string, ignore: IgnoreMatcher): Discovery {
  const negations = patterns.filter((p) => p.startsWith('!')).map((p) => negationTest(normalise(p.slice(1)), cwd));
  const found = new Map<string, FoundFile>();
  const ignoredExplicit: string[] = [];
  const add = (abs: string, explicit: boolean): Kept => {
    if (negations.some((excluded) => excluded(abs))) return 'negated';
    if (ignore.isIgnored(abs)) {
      if (explicit) ignoredExplicit.push(displayPath(abs, cwd));
      return 'ignored';
    }
    const key = realKey(abs);
    if (!found.has(key)) found.set(key, { abs, display: displayPath(abs, cwd) });
    return 'kept';
  };
  for (const raw of patterns) {
    if (raw.startsWith('!')) continue;
    const pattern = normalise(raw);
    const matches = isGlob(pattern) ? expandGlob(pattern, raw, cwd) : expandPath(pattern, raw, cwd);
    if (matches.explicit) {
      add(matches.files[0], true);
      continue;
    }
    const kept = matches.files.map((abs) => add(abs, false));
    // A folder or glob whose every file is excluded lints nothing: as with one
    // that matches nothing, the run stops rather than pass with no file checked.
    if (!kept.includes('kept')) {
      const by = kept.includes('ignored') ? `the ignore file${ignore.source ? ` (${displayPath(ignore.source, cwd)})` : ''}; --no-ignore lints them` : 'a "!" pattern';
      throw new CliError(`${raw}: every ${EXTENSION} file it names is excluded by ${by}`);
    }
  }
  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, ignoredExplicit: ignoredExplicit.sort() };
}

/** The path shown in reports: relative to the working folder with `/`, or absolute outside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

function normalise(pattern: string): string {
  let p = pattern;
  while (p.startsWith('./') && p.length > 2) p = p.slice(2);
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

/** The files one pattern names; `explicit` for a single file named on the command line. */
interface Matches {
  readonly files: readonly string[];
  readonly explicit: boolean;
}

function expandPath(pattern: string, raw: string, cwd: string): Matches {
  const abs = path.resolve(cwd, pattern);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch (err) {
    throw new CliError(`${raw}: ${describeFsError(err)}`);
  }
  if (!stat.isDirectory()) return { files: [abs], explicit: true };
  const inside = walk(abs).filter((f) => f.endsWith(EXTENSION));
  if (inside.length === 0) throw new CliError(`${raw}: no ${EXTENSION} files in this folder`);
  return { files: inside, explicit: false };
}

function expandGlob(pattern: string, raw: string, cwd: string): Matches {
  const absolute = path.isAbsolute(pattern);
  const regex = new RegExp(`^${globSource(pattern)}$`);
  const base = path.resolve(cwd, staticBase(pattern));
  const matches = exists(base)
    ? walk(base).filter((abs) => regex.test(absolute ? toPosix(abs) : toPosix(path.relative(cwd, abs))))
    : [];
  if (matches.length === 0) throw new CliError(`no files match the pattern "${raw}"`);
  return { files: matches, explicit: false };
}

/** A negation removes the files it matches and everything below the folders it matches. */
function negationTest(pattern: string, cwd: string): (abs: string) => boolean {
  const absolute = path.isAbsolute(pattern);
  const regex = new RegExp(`^${globSource(pattern)}(?:/.*)?$`);
  return (abs) => regex.test(absolute ? toPosix(abs) : toPosix(path.relative(cwd, abs)));
}

/** Every file below a folder, without entering skipped folders or following folder links. */
function walk(dir: string): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new CliError(`${dir}: cannot read the folder: ${describeFsError(err)}`);
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolder(entry.name)) for (const f of walk(full)) out.push(f);
    } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) {
      out.push(full);
    }
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  return fs.existsSync(p);
}

function realKey(abs: string): string {
  try {
    return fs.realpathSync(abs);
  } catch {
    return abs;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
