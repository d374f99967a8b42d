/**
 * The regex audit's tools (regex-audit.test.ts, regex-audit.slow.test.ts):
 * every regular expression literal of the core, found with the TypeScript
 * parser, and the growth of a pattern's time from 1,000 to 4,000 characters
 * on runs of its own characters (and of common ones). A pattern that
 * backtracks catastrophically grows ~16x, a linear one ~4x. The lexer's
 * patterns (syntax/tokens.ts) are tried sticky at the start, as Chevrotain
 * runs them (once per line); the others as the code calls them (exec, or
 * replace for global ones).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { CORE_SRC as CORE } from '../helpers/root';

/** Patterns that are quadratic only on inputs the code never gives them. */
export const BOUNDED: Readonly<Record<string, string>> = {
  'features/snippets.ts /(\\([^)]*\\))+\\.?$/': 'item numbers as the heading reads them: digits, dots, slashes and bracket groups, so the failing shape (an unclosed tail after bracket groups) cannot occur',
  'features/snippets.ts /^(.*?)(\\d+)(\\)?\\.?)$/': 'item numbers end in a digit, a bracket or a dot, so the match succeeds at once',
  'validate/rules/resolution-numbering.ts /\\d+$/': 'multilevel list values: at most three digits per level, ending in a digit',
};

export interface Literal {
  readonly where: string;
  readonly key: string;
  readonly re: RegExp;
}

export function literals(): Literal[] {
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
export function worstGrowth(re: RegExp): { ratio: number; ms: number; input: string } {
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
