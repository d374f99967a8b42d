/**
 * Glob patterns, compiled to regular expressions over POSIX-style paths.
 * Shared by the command line (`"minutes/**\/*.minutes"`, `"!drafts/**"`) and
 * the ignore file. Supported: `*` and `?` (never across `/`), `**` as a whole
 * path segment (any number of folders), `[abc]`, `[a-z]`, `[!x]`, `{a,b}`
 * and `\` to escape the next character.
 */

const MAGIC = /[*?[\]{}]/;

/** True when the text holds glob syntax rather than naming one path. */
export function isGlob(text: string): boolean {
  return MAGIC.test(text.replace(/\\./g, ''));
}

/** The leading folders of a pattern that hold no glob syntax: where a walk can start. */
export function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const base: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    base.push(segment);
  }
  if (base.length === 0) return '.';
  const joined = base.join('/');
  return joined === '' ? '/' : joined;
}

/** Compiles a glob to a regular expression that must match a whole path. */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${globSource(pattern)}$`);
}

/** The regular-expression source of a glob, without anchors. */
export function globSource(pattern: string): string {
  const segments = pattern.split('/');
  let out = '';
  segments.forEach((segment, i) => {
    const lastSegment = i === segments.length - 1;
    if (segment === '**') {
      // `a/**/b` matches a/b, a/x/b, a/x/y/b; a trailing `**` matches everything below.
      out += lastSegment ? (i === 0 ? '.*' : '(?:/.*)?') : i === 0 ? '(?:[^/]*/)*' : '(?:/[^/]*)*';
      return;
    }
    // A leading `**` already ends in a slash; every other segment needs one before it.
    if (i > 0 && !(i === 1 && segments[0] === '**')) out += '/';
    out += segmentSource(segment);
  });
  return out;
}

function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      out += escapeChar(segment[++i]);
    } else if (c === '*') {
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      out += `[${negated ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close;
    } else if (c === '{') {
      const close = segment.indexOf('}', i + 1);
      if (close === -1) {
        out += '\\{';
        continue;
      }
      const alternatives = segment.slice(i + 1, close).split(',');
      out += `(?:${alternatives.map(segmentSource).join('|')})`;
      i = close;
    } else {
      out += escapeChar(c);
    }
  }
  return out;
}

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
