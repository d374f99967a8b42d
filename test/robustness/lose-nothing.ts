/**
 * The checks that formatting and --fix lose nothing (used by
 * format-fix-words.test.ts on generated documents):
 *
 * - formatText keeps every word outside the keyword heads (and a recorded
 *   vote's labels, which it writes in capitals), in order, adding
 *   only what the keyword-form fix documents (the "that" of "It was resolved
 *   that" moves into the text, and "unanimously" becomes a `VOTE: unanimous`
 *   line); and formatting the result again changes nothing.
 * - applyFixes keeps every word no applied fix touches, in order, adds only
 *   the words of the fixes' replacements, and each fix keeps the meaning of
 *   what it replaced as its rule documents: keyword-form drops only the
 *   legacy phrase's own words ("It was", "And", the old keyword, the
 *   "proposed" a MOTION line writes "moved"), header-invalid
 *   changes capitals only (or writes a time range's spaced dash as a
 *   hyphen, or a printed closing time as HH:MM), attendance-conflict swaps
 *   ARRIVED: and RETURNED:, header-unknown-key respells a near miss of a known key,
 *   action-due writes the same day, month and year as an ISO date,
 *   action-owner writes a spaced hyphen as an em dash, and contact-invalid
 *   removes a full stop.
 */
import { analyze, applyFixes, type Analysis, type MinutesDiagnostic } from '../../server/src/core/index';
import { formatText } from '../../server/src/core/features/format';
import type { Block, ItemNode } from '../../server/src/core/syntax/ast';

const WORD = /[\p{L}\p{N}]+/gu;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

function blocksOf(a: Analysis): Block[] {
  const flat = (items: readonly ItemNode[]): ItemNode[] => items.flatMap((i) => [i, ...flat(i.children)]);
  return [...a.ast.preamble, ...flat(a.ast.items).flatMap((i) => i.blocks)];
}

/** The text with the given spans blanked out, so that words are cut where a span starts or ends. */
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  const chars = [...text.split('')];
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = ' ';
  return chars.join('');
}

/** Words outside the keyword heads and a recorded vote's labels (which the formatter may respell), cut at the heads' edges. */
function bodyWords(a: Analysis): string[] {
  const heads = blocksOf(a).flatMap((b) => (b.kind === 'keyword' ? [b.keywordText.span, ...(b.voteLines ?? []).map((l) => l.label.span)] : []));
  return wordsOf(blank(a.text, heads)).map((w) => w.text);
}

/**
 * Checks that `after` is `before` with only allowed words added: each
 * allowed word may be added as many times as it is listed. Returns a
 * message naming the first difference, or null.
 */
export function sameWordsBut(before: readonly string[], after: readonly string[], allowed: string[]): string | null {
  const spare = [...allowed];
  let i = 0;
  for (const w of after) {
    if (i < before.length && w === before[i]) i++;
    else if (spare.includes(w)) spare.splice(spare.indexOf(w), 1);
    else return `word ${i}: expected ${JSON.stringify(before[i])}, found ${JSON.stringify(w)} (around: ${before.slice(Math.max(0, i - 4), i + 4).join(' ')})`;
  }
  return i === before.length ? null : `words lost from ${JSON.stringify(before[i])}: ${before.slice(i, i + 6).join(' ')}`;
}

/** The formatting property for one text; throws with a message on failure. */
export function checkFormat(text: string): void {
  const before = analyze(text);
  const once = formatText(before);
  const after = analyze(once);
  const twice = formatText(after);
  if (twice !== once) throw new Error(`not idempotent:\n${JSON.stringify(once)}\n${JSON.stringify(twice)}`);
  // What keyword-form's fix may bring out of a legacy head: "that", and "unanimous" on an added VOTE line.
  const legacy = blocksOf(before).filter((b) => b.kind === 'keyword' && b.legacy);
  const allowed = legacy.flatMap((b) => (b.kind === 'keyword' ? ['that', ...(/unanimously/i.test(b.keywordText.text) ? ['unanimous'] : [])] : []));
  const problem = sameWordsBut(bodyWords(before), bodyWords(after), allowed);
  if (problem) throw new Error(`format lost or added a word: ${problem}`);
}

// "and" of `And Resolved:` and of `seconded by B and RESOLVED that`, and "proposed", which a MOTION line writes "moved".
const LEGACY_WORDS = new Set(['it', 'was', 'resolved', 'recommended', 'minutes', 'unanimously', 'that', 'and', 'proposed']);
/** A time as minutes print it (`4.25 pm`, `16.25`), which header-invalid writes as the CLOSED line's HH:MM. */
const PRINTED_TIME = /^(\d{1,2})[.:](\d{2})[ \t]*(?:([ap])\.?m\.?)?$/i;
const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** Whether one applied fix keeps what its rule says it keeps. */
export function fixKeepsMeaning(d: MinutesDiagnostic, text: string): string | null {
  for (const e of d.fix!.edits) {
    const old = text.slice(e.start, e.end);
    const neu = e.newText;
    const oldWords = (old.match(WORD) ?? []).map((w) => w.toLowerCase());
    const newWords = (neu.match(WORD) ?? []).map((w) => w.toLowerCase());
    switch (d.ruleId) {
      case 'keyword-form': {
        // The old keyword phrase goes; any other word in it must come back.
        const kept = oldWords.filter((w) => !LEGACY_WORDS.has(w));
        if (kept.some((w) => !newWords.includes(w))) return `keyword-form dropped ${kept.join(' ')} from ${JSON.stringify(old)}`;
        // "unanimously" goes to an added `VOTE: unanimous` line, unless a VOTE line follows already.
        const kept2 = /unanimous/i.test(d.fix!.edits.map((x) => x.newText).join(' ')) || /^VOTE:/m.test(text.slice(e.end));
        if (/unanimously/i.test(old) && !kept2) return 'keyword-form lost "unanimously"';
        break;
      }
      case 'header-invalid': {
        // Capitals lowered, or a time range's spaced dash written as a hyphen, or a printed closing time as HH:MM.
        const printed = PRINTED_TIME.exec(old);
        const clock = /^(\d{2}):(\d{2})$/.exec(neu);
        const sameTime = !!printed && !!clock && printed[2] === clock[2] && Number(clock[1]) % 12 === Number(printed[1]) % 12;
        if (!sameTime && old.toLowerCase().replace(/[ \t]*[-–—][ \t]*/g, '-') !== neu.toLowerCase()) return `header-invalid changed ${JSON.stringify(old)} to ${JSON.stringify(neu)}`;
        break;
      }
      case 'attendance-conflict':
        // An arrival after leaving written as a return, or a return of someone who never came as an arrival.
        if (!/^(ARRIVED|RETURNED):$/.test(old) || !/^(ARRIVED|RETURNED):$/.test(neu)) return `attendance-conflict replaced ${JSON.stringify(old)} with ${JSON.stringify(neu)}`;
        break;
      case 'action-owner':
        if (!/^[ \t]+-[ \t]+$/.test(old) || neu !== ' — ') return `action-owner replaced ${JSON.stringify(old)} with ${JSON.stringify(neu)}`;
        break;
      case 'header-unknown-key':
        if (distance(old.toLowerCase(), neu.toLowerCase()) > 2) return `header-unknown-key renamed ${JSON.stringify(old)} to ${JSON.stringify(neu)}`;
        break;
      case 'action-due': {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(neu);
        const month = oldWords.map((w) => MONTHS.findIndex((name) => name.startsWith(w.slice(0, 3)))).find((i) => i >= 0);
        const numbers = oldWords.map((w) => parseInt(w, 10)).filter((n) => !Number.isNaN(n));
        if (!m || month === undefined || Number(m[2]) !== month + 1 || !numbers.includes(Number(m[1])) || !numbers.includes(Number(m[3])))
          return `action-due wrote ${JSON.stringify(neu)} for ${JSON.stringify(old)}`;
        break;
      }
      case 'contact-invalid':
        if (old !== '.' || neu !== '') return `contact-invalid replaced ${JSON.stringify(old)} with ${JSON.stringify(neu)}`;
        break;
      default:
        if (oldWords.some((w) => !newWords.includes(w))) return `${d.ruleId} dropped words of ${JSON.stringify(old)}`;
    }
  }
  return null;
}

/**
 * Letters added, dropped, changed or swapped with a neighbour, each one
 * edit, as header-unknown-key promises (a swap counted as two edits read
 * its rename of `ittee` to `title`, a swap and a change, as three).
 * Written here rather than imported, so that the check does not take the
 * rule's word for its own distance.
 */
function distance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0); // row i - 2
  let last = Array.from({ length: b.length + 1 }, (_, j) => j); // row i - 1
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(last[j] + 1, row[j - 1] + 1, last[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    [before, last] = [last, row];
  }
  return last[b.length];
}

/**
 * The --fix property for one text; throws with a message on failure. Outside
 * the applied edits the words are the same, in order (words are cut at the
 * edits' edges, before and after); inside, each fix keeps what its rule
 * promises.
 */
export function checkFixes(text: string): void {
  const a = analyze(text);
  const r = applyFixes(text, a.diagnostics);
  const edits = r.applied.flatMap((d) => d.fix!.edits).sort((x, y) => x.start - y.start || x.end - y.end);
  let shift = 0;
  const placed = edits.map((e) => {
    const at = { start: e.start + shift, end: e.start + shift + e.newText.length };
    shift += e.newText.length - (e.end - e.start);
    return at;
  });
  if (r.text.length !== text.length + shift) throw new Error(`--fix text has length ${r.text.length}, the edits make ${text.length + shift}`);
  const before = wordsOf(blank(text, edits)).map((w) => w.text);
  const after = wordsOf(blank(r.text, placed)).map((w) => w.text);
  const problem = sameWordsBut(before, after, []);
  if (problem) throw new Error(`--fix changed a word outside its edits: ${problem}`);
  for (const d of r.applied) {
    const p = fixKeepsMeaning(d, text);
    if (p) throw new Error(p);
  }
}

/** One of each fixable problem. */
export const EVERY_FIX = [
  '---',
  'commitee: Planning',
  'date: 2021-06-08',
  'status: Draft',
  'time: 18:30 – 21:10',
  '---',
  '',
  'PEOPLE:',
  '@alam Irfan Alam',
  '',
  '# 1. Item',
  'CONTACT: @alam, irfan.alam@westford.gov.uk.',
  'It was unanimously resolved that the report be noted.',
  '',
  'ACTION: @alam — Write to the applicant — due 14th October 2021',
  'ACTION: @alam - Write to the objectors - due 2021-10-14',
  '',
].join('\n');

