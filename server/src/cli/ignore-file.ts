/**
 * The ignore file (`.minutesignore` in the working folder, or the file given
 * with `--ignore-path`), read with .gitignore rules: one pattern a line, `#`
 * comments, `!` re-includes, a leading `/` or an inner `/` anchors the pattern
 * to the ignore file's folder, a pattern without `/` matches at any depth, a
 * trailing `/` matches folders only, and everything below an ignored folder is
 * ignored.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError, describeFsError } from './errors';
import { globSource } from './glob';

export const IGNORE_FILE = '.minutesignore';

interface IgnoreRule {
  readonly regex: RegExp;
  readonly negated: boolean;
  readonly dirOnly: boolean;
}

/** Answers "is this file ignored?" for absolute paths. */
export interface IgnoreMatcher {
  readonly source: string | null;
  isIgnored(absPath: string): boolean;
}

const NOTHING_IGNORED: IgnoreMatcher = { source: null, isIgnored: () => false };

/**
 * Loads the ignore file. With an explicit path a missing file is an error;
 * the default `.minutesignore` is optional.
 */
export function loadIgnoreFile(cwd: string, explicitPath: string | undefined): IgnoreMatcher {
  const file = path.resolve(cwd, explicitPath ?? IGNORE_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (explicitPath === undefined && (err as NodeJS.ErrnoException).code === 'ENOENT') return NOTHING_IGNORED;
    throw new CliError(`${explicitPath ?? IGNORE_FILE}: cannot read the ignore file: ${describeFsError(err)}`);
  }
  return ignoreMatcher(text, path.dirname(file), file);
}

/** Builds a matcher from ignore-file text whose patterns are relative to `baseDir`. */
export function ignoreMatcher(text: string, baseDir: string, source: string | null = null): IgnoreMatcher {
  const rules = text.split(/\r?\n/).map(parseLine).filter((r): r is IgnoreRule => r !== null);
  const state = (rel: string, isDir: boolean): boolean => {
    let ignored = false;
    for (const r of rules) if ((!r.dirOnly || isDir) && r.regex.test(rel)) ignored = !r.negated;
    return ignored;
  };
  return {
    source,
    isIgnored(absPath: string): boolean {
      const rel = path.relative(baseDir, absPath).split(path.sep).join('/');
      if (rel === '' || rel.startsWith('../') || path.isAbsolute(rel)) return false;
      const segments = rel.split('/');
      for (let i = 1; i < segments.length; i++) if (state(segments.slice(0, i).join('/'), true)) return true;
      return state(rel, false);
    },
  };
}

function parseLine(raw: string): IgnoreRule | null {
  let line = raw.replace(/(?<!\\)\s+$/, '');
  if (line === '' || line.startsWith('#')) return null;
  const negated = line.startsWith('!');
  if (negated) line = line.slice(1);
  if (line.startsWith('\\#') || line.startsWith('\\!')) line = line.slice(1);
  const dirOnly = line.endsWith('/');
  if (dirOnly) line = line.slice(0, -1);
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  if (line === '') return null;
  const body = globSource(line);
  return { regex: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negated, dirOnly };
}
