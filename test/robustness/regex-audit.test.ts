/**
 * Every regular expression literal in the core, timed on long runs of the
 * characters it names (and of common ones): a pattern that backtracks
 * catastrophically grows ~16x from 1,000 to 4,000 characters, a linear one
 * ~4x. The literals are found with the TypeScript parser, so a new pattern
 * is audited the day it is written. The lexer's patterns (syntax/tokens.ts)
 * are tried sticky at the start, as Chevrotain runs them (once per line);
 * the others as the code calls them (exec, or replace for global ones).
 *
 * Three patterns are quadratic on inputs they cannot get, and are listed
 * with the reason; everything else must stay linear.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { CORE_SRC as CORE } from '../helpers/root';


/** Patterns that are quadratic only on inputs the code never gives them. */
const BOUNDED: Readonly<Record<string, string>> = {
  'features/snippets.ts /(\\([^)]*\\))+\\.?$/': 'item numbers as the heading reads them: digits, dots, slashes and bracket groups, so the failing shape (an unclosed tail after bracket groups) cannot occur',
  'features/snippets.ts /^(.*?)(\\d+)(\\)?\\.?)$/': 'item numbers end in a digit, a bracket or a dot, so the match succeeds at once',
  'validate/rules/resolution-numbering.ts /\\d+$/': 'multilevel list values: at most three digits per level, ending in a digit',
};

interface Literal {
  readonly where: string;
  readonly key: string;
  readonly re: RegExp;
}

function literals(): Literal[] {
  const out: Literal[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (file.endsWith('.ts')) read(file);
    }
  };
  const read = (file: string): void => {
    const rel = path.relative(CORE, file).split(path.sep).join('/');
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        const slash = text.lastIndexOf('/');
        // The lexer's patterns are run sticky by Chevrotain.
        const flags = text.slice(slash + 1) + (rel === 'syntax/tokens.ts' && !text.slice(slash + 1).includes('y') ? 'y' : '');
        const line = source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        out.push({ where: `${rel}:${line}`, key: `${rel} ${text}`, re: new RegExp(text.slice(1, slash), flags) });
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  };
  walk(CORE);
  return out;
}

/** The time of one call as the code makes it. */
function time(re: RegExp, s: string): number {
  const t0 = performance.now();
  if (re.sticky) {
    re.lastIndex = 0;
    re.exec(s);
  } else if (re.global) s.replace(re, '');
  else re.exec(s);
  return performance.now() - t0;
}

/** The worst growth from 1,000 to 4,000 characters over runs of the pattern's own characters. */
function worstGrowth(re: RegExp): { ratio: number; ms: number; input: string } {
  const chars = new Set([' ', '\t', '\n', 'a', 'A', '1', '.', '-', '@', '|', '(', ')', '[', ']', '*', ':', ',', '\\', '/', '#', '\u2014', 'x', '_', '<', '>', '"', '\u00a0']);
  for (const c of re.source.replace(/\\[dswDSW]/g, '')) if (/[\x20-\x7e]/.test(c)) chars.add(c);
  const units = [...chars];
  for (const a of ['a', ' ', '1', '.', '-', '@', '(', '*', '[', ':']) for (const b of [...chars]) units.push(a + b);
  let worst = { ratio: 0, ms: 0, input: '' };
  for (const unit of units) {
    for (const [pre, post] of [['', ''], ['a', '!'], ['', '\n!'], ['1', 'x']]) {
      const make = (n: number): string => pre + unit.repeat(Math.ceil(n / unit.length)) + post;
      const small = Math.min(time(re, make(1000)), time(re, make(1000)));
      if (small < 0.3) continue;
      const large = Math.min(time(re, make(4000)), time(re, make(4000)), time(re, make(4000)));
      const ratio = large / Math.max(small, 0.3);
      if (ratio > worst.ratio) worst = { ratio, ms: large, input: `${JSON.stringify(pre)} + ${JSON.stringify(unit)} x n + ${JSON.stringify(post)}` };
    }
  }
  return worst;
}

describe('robustness: no regex of the core backtracks catastrophically', function () {
  this.timeout(120_000);
  const all = literals();

  it(`finds the core's regex literals (${all.length})`, () => {
    assert.ok(all.length >= 150, `${all.length} literals`);
    for (const key of Object.keys(BOUNDED)) assert.ok(all.some((l) => l.key === key), `the listed pattern ${key} is still in the code`);
  });

  it('each grows linearly on runs of its own characters, but for the listed bounded ones', () => {
    const bad: string[] = [];
    for (const l of all) {
      if (BOUNDED[l.key]) continue;
      let w = worstGrowth(l.re);
      if (w.ratio > 8 && w.ms > 3) w = worstGrowth(l.re); // once more, in case the machine was busy
      if (w.ratio > 8 && w.ms > 3) bad.push(`${l.where} ${l.re}: ${w.ratio.toFixed(1)}x, ${w.ms.toFixed(1)} ms at 4,000 characters of ${w.input}`);
    }
    assert.deepEqual(bad, []);
  });

  it('the audit catches the quadratic patterns this project had', () => {
    for (const re of [/[ \t]+$/, /\s*,\s*/, /[ \t]+(?:\u2014|\u2013|--)[ \t]+/g]) {
      const w = worstGrowth(re);
      assert.ok(w.ratio > 8 && w.ms > 3, `${re}: ${w.ratio.toFixed(1)}x`);
    }
  });
});
