/**
 * Roman or lettered: what a lone i, v or x in a list is. The lexer reads
 * `i.` `(v)` `x)` as letters, since a single letter cannot tell; the list
 * they stand in can (docs/language.md#lists). Each run of sibling entries
 * (the entries of one level under one parent, read from indentation as
 * resolution ids are) is judged on its own:
 *
 * - a run whose first entry is i, (i) or i) counts in roman numerals;
 * - a run that starts at a is lettered, so its `i.` after `h.` stays a letter;
 * - any other run counts in roman numerals when one of its entries is a
 *   roman numeral of two letters or more (`(ii)`), as v1 read a whole list.
 *
 * Judged per run, a lettered list with roman sub-entries under its `a)` keeps
 * its `c)` and `d)` letters, and the sub-entries' `(i)` is roman.
 */
import { ListNesting } from '../model/list-nesting';
import type { ListEntry } from './ast';

const LONE_ROMAN = /^[ivxlcdm]$/;

/** The entries with the lone letters of roman runs restyled as roman numerals. */
export function settleRomanLetters(entries: ListEntry[]): ListEntry[] {
  const runs = siblingRuns(entries);
  const roman = new Set<number>();
  for (const run of runs) {
    const first = entries[run[0]].value;
    const counts = first === 'i' || (first !== 'a' && run.some((i) => entries[i].style === 'lower-roman'));
    if (counts) for (const i of run) roman.add(i);
  }
  if (!roman.size) return entries;
  return entries.map((e, i) => (roman.has(i) && e.style === 'lower-alpha' && LONE_ROMAN.test(e.value) ? { ...e, style: 'lower-roman' as const } : e));
}

/** The indexes of the entries, grouped into runs of siblings, each run in order. */
function siblingRuns(entries: readonly ListEntry[]): number[][] {
  const nesting = new ListNesting();
  const runs: number[][] = [];
  // The open run at each depth: a new one starts where an entry opens its level.
  const open: number[][] = [];
  entries.forEach((e, i) => {
    const { depth, opened } = nesting.enter(e.indent);
    open.length = depth + 1;
    if (opened || !open[depth]) {
      open[depth] = [];
      runs.push(open[depth]);
    }
    open[depth].push(i);
  });
  return runs;
}
