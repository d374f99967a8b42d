/**
 * resolution-numbering (warning)
 *
 * The entries of a RESOLVED list are cited by their markers (resolution 2
 * of item 48 is `48(2)`: docs/language.md#resolutions-and-how-they-are-numbered),
 * so they must count properly:
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
 * Across the RESOLVED blocks of one item, a citation may not come twice: a
 * second RESOLVED that numbers from (1) again gives a second 48(1), and the
 * minutes could no longer be cited. A later block may go on from the one
 * before (`(3)` after `(1)`, `(2)`; `2.` after a one-paragraph RESOLVED, which
 * is 48(1)) or use another style; a repeat points at the first.
 *
 * Bad:  `RESOLVED:` / `1. That the report be noted.` / `3. That …`
 * Good: `RESOLVED:` / `1. That the report be noted.` / `2. That …`
 */
import { ListNesting } from '../../model/list-nesting';
import { resolutionSources, topLevelCount, type ResolutionSource } from '../../model/resolutions';
import type { KeywordBlockNode, ListEntry, MarkerStyle, Span } from '../../syntax/ast';
import { blockText, flattenItems, itemNumber } from '../../syntax/walk';
import type { Rule, RuleContext } from '../rule';

interface Level {
  readonly style: MarkerStyle;
  marker: string;
  previous: number;
}

export const rule: Rule = {
  id: 'resolution-numbering',
  defaultSeverity: 'warning',
  description: 'A RESOLVED list whose entries skip or repeat a number, do not start at 1, a or i, or mix styles at one level; or a resolution cited twice in one item (a second RESOLVED numbered from 1 again).',
  fixable: false,
  check(ctx) {
    for (const it of flattenItems(ctx.ast.items)) {
      const blocks = it.blocks.filter((b): b is KeywordBlockNode => b.kind === 'keyword' && b.keyword === 'RESOLVED');
      let resume: Resume | undefined;
      let before = 0;
      const cited: ResolutionSource[][] = [];
      for (const b of blocks) {
        checkBlock(ctx, b, resume);
        const sources = resolutionSources(b, itemNumber(it), before, () => blockText(b));
        resume = lastRoot(sources, itemNumber(it)) ?? resume;
        before += topLevelCount(sources);
        cited.push(sources);
      }
      checkCitations(ctx, cited);
    }
  },
};

/** Where the item's numbering stands after a RESOLVED: a later one may start there instead of at 1. */
interface Resume {
  readonly style: MarkerStyle;
  readonly value: number;
}

/** The last top-level citation of a block; a paragraph and bullets are cited by number. */
function lastRoot(sources: readonly ResolutionSource[], number: string | null): Resume | undefined {
  const prefix = (number ?? '').length;
  for (let i = sources.length - 1; i >= 0; i--) {
    if (sources[i].nested) continue;
    const cite = sources[i].id.slice(prefix);
    const style: MarkerStyle = sources[i].entry && sources[i].entry!.style !== 'bullet' ? sources[i].entry!.style : 'decimal';
    return { style, value: COUNTING[style].read(cite.slice(1, -1)) };
  }
  return undefined;
}

/** A citation given by an earlier RESOLVED block of the item (repeats inside one block are checkBlock's). */
function checkCitations(ctx: RuleContext, blocks: readonly (readonly ResolutionSource[])[]): void {
  const given = new Map<string, Span>();
  for (const sources of blocks) {
    for (const r of sources) {
      const first = given.get(r.id);
      if (!first) continue;
      const line = ctx.lines.lineAt(first.start) + 1;
      ctx.report({
        span: r.marker,
        message: `${quote(r.entry ?? ctx.text.slice(r.marker.start, r.marker.end))} gives resolution ${r.id} again (first at line ${line}): continue the numbering of the item's earlier RESOLVED, so that each resolution can be cited.`,
        related: [{ message: `Resolution ${r.id}`, span: first }],
      });
    }
    for (const r of sources) if (!given.has(r.id)) given.set(r.id, r.marker);
  }
}

function checkBlock(ctx: RuleContext, block: KeywordBlockNode, resume: Resume | undefined): void {
  const entries = block.body.flatMap((x) => (x.kind === 'list' ? x.entries : []));
  if (entries.every((e) => e.style === 'bullet')) return;
  // Levels are read as the resolution ids read them (model/list-nesting.ts), so a report and a citation agree.
  const nesting = new ListNesting();
  const levels: Level[] = [];
  for (const e of entries) {
    const { depth, opened } = nesting.enter(e.indent);
    levels.length = depth + (opened ? 0 : 1);
    const top = levels[depth];
    if (opened) {
      levels.push({ style: e.style, marker: e.marker.text, previous: valueOf(e) });
      const resumes = depth === 0 && resume?.style === e.style && valueOf(e) === resume.value + 1;
      if (e.style !== 'bullet' && valueOf(e) !== 1 && !resumes) report(ctx, e, `${quote(e)} starts the list: number resolutions from ${COUNTING[e.style].first}${resumeHint(e, depth === 0 ? resume : undefined)}.`);
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

/** A later RESOLVED of the item may go on from the one before in the same style. */
function resumeHint(e: ListEntry, resume: Resume | undefined): string {
  return resume?.style === e.style ? `, or go on from the item's earlier RESOLVED with ${COUNTING[e.style].write(resume.value + 1, e.value)}` : '';
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
