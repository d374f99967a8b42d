/**
 * Source comments cite places a reader of this repository can open. The
 * language is documented in docs/language.md, whose headings are not
 * numbered, so a comment cites a section by its anchor,
 * `docs/language.md#actions`; the anchor must be a heading of the page
 * (GitHub's anchors, docs/build/headings.ts). Any other `docs/….md` cited
 * must exist, with its anchor when one is given. A section number
 * (`language.md §6`), a bare `language.md`, and paths of files kept outside
 * the repository (the design notes the project started from) are refused:
 * nobody who clones the repository can follow them. The rule pages turn the
 * rules' citations into links, so this also keeps docs/rules/ linking true.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { headingsOf } from '../../docs/build/headings';
import { ROOT } from '../helpers/root';

/** The folders and files whose comments are checked, and the extensions read. */
const SCANNED = ['server/src', 'client/src', 'test', 'bench', 'docs/build', 'syntaxes', 'esbuild.mjs'];
const EXTENSIONS = /\.(ts|js|mjs|cjs|json)$/;
/** Generated or recorded output, not comments anyone wrote. */
const SKIPPED = ['test/golden', 'test/fixtures'];

function walk(rel: string): string[] {
  const abs = path.join(ROOT, rel);
  if (!fs.existsSync(abs) || SKIPPED.includes(rel)) return [];
  if (fs.statSync(abs).isFile()) return [rel];
  return fs.readdirSync(abs).flatMap((name) => walk(path.posix.join(rel, name)));
}

const files = SCANNED.flatMap(walk).filter((f) => EXTENSIONS.test(f) && f !== 'test/unit/tidy-citations.test.ts');

/** Each match of `pattern` in the scanned files, as `file:line: text`. */
function occurrences(pattern: RegExp, keep: (match: RegExpExecArray) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const file of files) {
    const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)))
        if (keep(m as RegExpExecArray)) out.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return out;
}

const anchorsCache = new Map<string, Set<string>>();
function anchorsOf(relFile: string): Set<string> {
  let anchors = anchorsCache.get(relFile);
  if (!anchors) {
    anchors = new Set(headingsOf(fs.readFileSync(path.join(ROOT, relFile), 'utf8')).map((h) => h.anchor));
    anchorsCache.set(relFile, anchors);
  }
  return anchors;
}

describe('tidy: citations in source comments', () => {
  it('scans the sources', () => assert.ok(files.length > 100, `only ${files.length} files`));

  it('cites no numbered section (§) of a language brief', () => {
    assert.deepEqual(occurrences(/§/), [], 'cite docs/language.md#<heading-anchor> instead');
  });

  it('cites the language reference by its path, docs/language.md', () => {
    assert.deepEqual(
      occurrences(/(^|[^/\w])language\.md/),
      [],
      'write docs/language.md, with #<heading-anchor> for a section',
    );
  });

  it('cites only docs pages and headings that exist', () => {
    const broken = occurrences(/\bdocs\/([\w./-]+\.md)(?:#([\w-]+))?/, (m) => {
      const file = `docs/${m[1]}`;
      if (!fs.existsSync(path.join(ROOT, file))) return true;
      return m[2] !== undefined && !anchorsOf(file).has(m[2]);
    });
    assert.deepEqual(broken, []);
  });

  it('cites no file kept outside the repository', () => {
    const outside = occurrences(/\/work\/|\bshared\/design\b|\.\.\/shared\b|\barchitecture\.md\b|\bteam-rules\.md\b|\/notes\//);
    assert.deepEqual(outside, []);
  });
});

describe('tidy: links in the README and docs', () => {
  const pages = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

  it('link only to files and headings of the repository that exist', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const text = fs.readFileSync(path.join(ROOT, page), 'utf8');
      // Inline links outside code: `[text](target)`; fenced blocks are skipped by blanking them.
      const prose = text.replace(/^```[\s\S]*?^```/gm, '');
      for (const m of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        const [target, anchor] = m[1].split('#');
        if (/^[a-z]+:/.test(target)) continue;
        checked++;
        const file = target === '' ? path.join(ROOT, page) : path.resolve(ROOT, path.dirname(page), target);
        const rel = path.relative(ROOT, file);
        if (rel.startsWith('..') || !fs.existsSync(file)) {
          broken.push(`${page}: ${m[1]}`);
          continue;
        }
        if (anchor && file.endsWith('.md') && !anchorsOf(rel.split(path.sep).join('/')).has(anchor)) broken.push(`${page}: ${m[1]} (no such heading)`);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(checked > 50, `only ${checked} links checked`);
  });

  it('cite no numbered section (§) of the design notes the project started from, which are not in the repository', () => {
    const cited = pages.flatMap((page) =>
      fs
        .readFileSync(path.join(ROOT, page), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/§/.test(line) ? [`${page}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(cited, [], 'link to the heading of docs/language.md (or another page) that holds it');
  });
});
