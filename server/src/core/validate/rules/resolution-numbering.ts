/**
 * resolution-numbering (warning)
 *
 * The entries of a RESOLVED list are cited by their markers (language.md
 * §6: resolution 2 of item 48 is `48(2)`), so they must count properly:
 * - the first entry of each level is 1, a, A or i;
 * - each entry follows the one before it at its level (1, 2, 3; a, b, c;
 *   i, ii, iii; 3.1, 3.2), with no gaps or repeats;
 * - one style per level: `1.` then `(a)` at the same indentation mixes
 *   numbers and letters (indent the lettered entries to nest them). The
 *   punctuation (`1.`, `1)`, `(1)`) may vary; the counting may not.
 * All the lists of one RESOLVED block count as one sequence, so a list
 * resumed after a paragraph continues its numbering. Levels are read from
 * indentation. Bullet lists are numbered by the model and are not checked,
 * unless bullets are mixed with numbered entries.
 *
 * Bad:  `RESOLVED:` / `1. That the report be noted.` / `3. That …`
 * Good: `RESOLVED:` / `1. That the report be noted.` / `2. That …`
 */
import { flattenItems } from '../../model/build';
import type { KeywordBlockNode, ListEntry, MarkerStyle } from '../../syntax/ast';
import type { Rule, RuleContext } from '../rule';

interface Level {
  readonly indent: number;
  readonly style: MarkerStyle;
  marker: string;
  previous: number;
}

export const rule: Rule = {
  id: 'resolution-numbering',
  defaultSeverity: 'warning',
  description: 'A RESOLVED list whose entries skip or repeat a number, do not start at 1, a or i, or mix styles at one level.',
  fixable: false,
  check(ctx) {
    for (const it of flattenItems(ctx.ast.items))
      for (const b of it.blocks) if (b.kind === 'keyword' && b.keyword === 'RESOLVED') checkBlock(ctx, b);
  },
};

function checkBlock(ctx: RuleContext, block: KeywordBlockNode): void {
  const entries = block.body.flatMap((x) => (x.kind === 'list' ? x.entries : []));
  if (entries.every((e) => e.style === 'bullet')) return;
  const stack: Level[] = [];
  for (const e of entries) {
    while (stack.length && e.indent < stack[stack.length - 1].indent) stack.pop();
    const top = stack[stack.length - 1];
    if (!top || e.indent > top.indent) {
      stack.push({ indent: e.indent, style: e.style, marker: e.marker.text, previous: valueOf(e) });
      if (e.style !== 'bullet' && valueOf(e) !== 1) report(ctx, e, `${quote(e)} starts the list: number resolutions from ${COUNTING[e.style].first}.`);
      continue;
    }
    if (e.style !== top.style) {
      report(ctx, e, `${quote(e)} follows ${quote(top.marker)} at the same level: use one numbering style, or indent ${quote(e)} to make it a sub-entry.`);
      continue;
    }
    const value = valueOf(e);
    if (e.style !== 'bullet' && value !== top.previous + 1) report(ctx, e, `${quote(e)} follows ${quote(top.marker)}: expected ${COUNTING[e.style].write(top.previous + 1, e.value)}.`);
    top.previous = value;
    top.marker = e.marker.text;
  }
}

function report(ctx: RuleContext, e: ListEntry, message: string): void {
  ctx.report({ span: e.marker.span, message });
}

/** How each style counts: the first value's name, a marker value as a number, and back. */
const COUNTING: Readonly<Record<MarkerStyle, { first: string; read: (v: string) => number; write: (n: number, v: string) => string }>> = {
  decimal: { first: '1', read: Number, write: String },
  multilevel: { first: 'n.1', read: (v) => Number(v.split('.').pop()), write: (n, v) => v.replace(/\d+$/, String(n)) },
  'lower-alpha': { first: 'a', read: (v) => v.charCodeAt(0) - 96, write: (n) => String.fromCharCode(96 + n) },
  'upper-alpha': { first: 'A', read: (v) => v.charCodeAt(0) - 64, write: (n) => String.fromCharCode(64 + n) },
  'lower-roman': { first: 'i', read: roman, write: toRoman },
  bullet: { first: '', read: () => 0, write: () => '' },
};

function valueOf(e: ListEntry): number {
  return COUNTING[e.style].read(e.value);
}

function quote(e: ListEntry | string): string {
  return `\`${typeof e === 'string' ? e : e.marker.text}\``;
}

function roman(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) total += v[s[i]] < (v[s[i + 1]] ?? 0) ? -v[s[i]] : v[s[i]];
  return total;
}

function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']] as const) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}
