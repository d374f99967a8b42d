/**
 * item-numbering (warning)
 *
 * Agenda item numbers that cannot be cited safely (docs/language.md#agenda-items):
 * - the same number on two items anywhere in the document (declarations
 *   and resolutions such as `48(2)` cite items by number alone);
 * - a number lower than the numbered sibling before it (items under the
 *   same parent, or top-level items).
 * - a numbered heading with no space after its `#` (`#2. Minutes`): it is
 *   not a heading, so the item is missing from the outline and its RESOLVED
 *   is cited as the item above's. The fix adds the space.
 * Numbers compare part by part as a clerk reads them: 2 < 10, 77/21 <
 * 78/21 (the year after the slash first, then the minute), 3.1 < 3.2 < 3.10,
 * 4 < 4(a) < 4(b), (viii) < (ix), and a planning schedule's A1 < A2 < B1
 * (the letter first). Numbers of different kinds (`77/21` and `5`, `A1`
 * and `5`) are not compared. Unnumbered items (a report's "Summary") are
 * ignored; a trailing dot is not part of the number.
 *
 * Across meetings (when the series is known: the CLI's `minutes lint` over a
 * folder, or with `--series`): where a series numbers its minutes `N/YY`,
 * they run through the year (docs/language.md#the-series). A meeting whose
 * first minute is lower than the one after the previous meeting's last with
 * the same `/YY` overlaps it (a warning naming the previous meeting); one
 * that skips ahead is an info. Both are reported on the later meeting's first
 * item heading. Plain per-meeting numbers are not compared across files.
 *
 * Bad:  `# 1. Apologies` / `# 3. Budget` / `# 2. Minutes`; `#2. Minutes`; a meeting opening at `# 5/24` after one that ended at `# 6/24`
 * Good: `# 1. Apologies` / `# 2. Minutes` / `# 3. Budget`
 */
import type { ItemNode, Span } from '../../syntax/ast';
import { itemNumber } from '../../syntax/walk';
import type { Rule, RuleContext } from '../rule';
import { checkNumberingAcross, numberingMayReport } from '../numbering-across';

export const rule: Rule = {
  id: 'item-numbering',
  defaultSeverity: 'warning',
  description: 'Two items share a number, an item number is lower than the one before it, a numbered heading has no space after its `#` (`#2. Minutes`), or a meeting\'s `N/YY` numbers do not follow on from the previous meeting\'s.',
  fixable: true,
  check(ctx) {
    const first = new Map<string, Span>();
    const walk = (siblings: readonly ItemNode[]): void => {
      let previous: { number: string; key: number[]; kind: string } | null = null;
      const roman = siblings.some((it) => /\([ivxlc]{2,}\)/i.test(it.number?.text ?? ''));
      for (const it of siblings) {
        const number = itemNumber(it);
        if (it.number && number) {
          const span = { start: it.number.span.start, end: it.number.span.start + number.length };
          const earlier = first.get(number.toLowerCase());
          if (earlier) duplicate(ctx, number, span, earlier);
          else first.set(number.toLowerCase(), span);
          const current = { number, key: numberKey(number, roman), kind: numberKind(number) };
          if (!earlier && previous && previous.kind === current.kind && compare(current.key, previous.key) < 0)
            ctx.report({ span, message: `Item ${number} comes after item ${previous.number}: items are numbered in increasing order.` });
          previous = current;
        }
        walk(it.children);
      }
    };
    walk(ctx.ast.items);
    unspacedHeadings(ctx);
  },
  seriesMayReport: numberingMayReport,
  checkSeries(ctx) {
    checkNumberingAcross(ctx);
  },
};

/** `#`, or `##`, then at once a digit, an item number and a title: a heading missing its space. */
const UNSPACED_HEADING = /^(#{1,2})(\d[0-9A-Za-z./()]*)[ \t]+\S/gm;

function unspacedHeadings(ctx: RuleContext): void {
  // The text is scanned rather than the tree: such a line may sit in a paragraph, a list entry or a block body.
  const after = ctx.ast.header?.span.end ?? 0;
  for (const m of ctx.text.matchAll(UNSPACED_HEADING)) {
    if (m.index! < after) continue;
    const [, hashes, number] = m;
    const at = m.index! + hashes.length;
    ctx.report({
      span: { start: m.index!, end: at + number.length },
      message: `"${hashes}${number}" is not read as an item heading, because "${hashes}" needs a space after it: write "${hashes} ${number}". As written, the line belongs to the item above.`,
      fix: { title: `Add a space after "${hashes}"`, edits: [{ start: at, end: at, newText: ' ' }] },
    });
  }
}

function duplicate(ctx: RuleContext, number: string, span: Span, earlier: Span): void {
  ctx.report({
    span,
    message: `Item number ${number} is already used: each item needs its own number, because declarations and resolutions cite items by number.`,
    related: [{ message: `Item ${number} first used here`, span: earlier }],
  });
}

/** A planning schedule's number, a capital and digits (`A1`, `B12`; docs/language.md#agenda-items). */
const SCHEDULE = /^([A-Z])(\d+)$/;

/** Which numbers compare with which: slashed minute numbers, schedule numbers, the rest. */
function numberKind(number: string): string {
  return number.includes('/') ? 'slash' : SCHEDULE.test(number) ? 'schedule' : 'plain';
}

/**
 * The parts of an item number as numbers, most significant first:
 * `78/21(b)` is [21, 78, 2]; `3.10` is [3, 10]; `4(iv)` is [4, 4]. A lone
 * `(i)`, `(v)` or `(x)` is a roman numeral when `roman` is set (its siblings
 * count in roman numerals), else a letter.
 */
export function numberKey(number: string, roman = false): number[] {
  // A schedule's letter is its list (A: applications for approval, B: for refusal ...), counted first.
  const schedule = SCHEDULE.exec(number);
  if (schedule) return [schedule[1].charCodeAt(0) - 64, Number(schedule[2])];
  // A board's letter prefix (`BoD/24/061`) is the same on every item, so it is
  // left out; a letter suffix (`4a`, `24/064a`) counts like `(a)`.
  const m = /^(?:[A-Za-z]{1,6}\/?)?(\d+)([a-z]?)(?:\/(\d+)([a-z]?))?((?:\.\d+)*)((?:\([a-zA-Z0-9]+\))*)$/.exec(number);
  if (!m) return [];
  const key = m[3] !== undefined ? [Number(m[3]), Number(m[1])] : [Number(m[1])];
  const suffix = m[4] || m[2];
  if (suffix) key.push(bracketValue(suffix, false));
  for (const part of m[5].split('.').slice(1)) key.push(Number(part));
  const brackets = [...m[6].matchAll(/\(([a-zA-Z0-9]+)\)/g)].map((x) => x[1].toLowerCase());
  for (const b of brackets) key.push(bracketValue(b, roman));
  return key;
}

/** (3) is 3, (c) is 3, (iv) is 4. */
function bracketValue(part: string, roman: boolean): number {
  if (/^\d+$/.test(part)) return Number(part);
  if (/^[ivxlc]+$/.test(part) && (part.length > 1 || roman)) return romanValue(part);
  return part.length === 1 ? part.charCodeAt(0) - 96 : 0;
}

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) total += v[s[i]] < (v[s[i + 1]] ?? 0) ? -v[s[i]] : v[s[i]];
  return total;
}

/** Lexicographic, a prefix before its extensions: [4] < [4, 1]. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
