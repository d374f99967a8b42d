/**
 * header-unknown-key (warning)
 *
 * A header key outside the table of docs/language.md#the-header: type,
 * authority, committee, date, time, venue, status, approved-on, quorum,
 * risk-matrix, title, author, from. An unknown key is kept in the model but
 * nothing reads it,
 * so it is usually a typo that hides a required value. When the key is a
 * near miss of a known key (one or two letters added, dropped, changed or
 * swapped; one for keys of four letters or fewer) and that key is not
 * already in the header, a fix renames it.
 *
 * Bad:  `commitee: Executive`
 * Good: `committee: Executive`
 */
import { HEADER_KEY_NAMES, isHeaderKey } from '../../vocabulary';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'header-unknown-key',
  defaultSeverity: 'warning',
  description: 'A header key that the language does not define; a near miss of a known key (`commitee`) can be renamed by a fix.',
  fixable: true,
  check(ctx) {
    const entries = ctx.ast.header?.entries ?? [];
    const present = new Set(entries.map((e) => e.key.text.toLowerCase()));
    for (const e of entries) {
      const key = e.key.text.toLowerCase();
      if (isHeaderKey(key)) continue;
      const near = nearestKey(key);
      if (near && !present.has(near)) {
        ctx.report({
          span: e.key.span,
          message: `Unknown header key \`${e.key.text}\`: did you mean \`${near}\`?`,
          fix: { title: `Rename to \`${near}\``, edits: [{ ...e.key.span, newText: near }] },
        });
      } else ctx.report({ span: e.key.span, message: `Unknown header key \`${e.key.text}\`: the header keys are ${HEADER_KEY_NAMES.join(', ')}.` });
    }
  },
};

/** The one known key closest to `key` within the allowed distance, or null (none, or a tie). */
function nearestKey(key: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const known of HEADER_KEY_NAMES) {
    const d = distance(key, known);
    if (d > (known.length <= 4 ? 1 : 2)) continue;
    if (d < bestDistance) [best, bestDistance, tie] = [known, d, false];
    else if (d === bestDistance) tie = true;
  }
  return tie ? null : best;
}

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours. */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}
