/**
 * The formatter's edits for a meeting's proceedings (format.ts calls it for
 * every keyword block):
 *
 * - a recorded vote's lines in their standard form: each label line indented
 *   two spaces under its VOTE, its label in capitals as the vocabulary
 *   writes it (`In favour:` -> `FOR:`, `abstentions:` -> `ABSTAIN:`, a count
 *   in brackets kept) and one space after the colon; each line that wraps
 *   the names indented four spaces;
 * - a motion's or amendment's final ` – withdrawn` or ` -- withdrawn` with
 *   an em dash, one space either side, as the ACTION separators are written.
 *
 * Each edit lies within one line, as format.ts applies them.
 */
import type { KeywordBlockNode } from '../syntax/ast';
import type { LineIndex } from '../text/line-index';
import type { TextEdit } from '../validate/rule';
import { ACTION_SEPARATOR, VOTE_LABELS, voteLabelOf } from '../vocabulary';

/** How far a recorded vote's label lines and the lines that wrap them are indented. */
const LABEL_INDENT = '  ';
const WRAP_INDENT = '    ';

const CANONICAL: ReadonlyMap<string, string> = new Map(VOTE_LABELS.map((l) => [l.side, l.label]));

/** The edits that put a keyword block's recorded vote lines and its ` — withdrawn` in their standard form. */
export function proceedingEdits(b: KeywordBlockNode, lines: LineIndex, text: string): TextEdit[] {
  const out: TextEdit[] = [];
  for (const v of b.voteLines ?? []) {
    const first = lines.lineAt(v.span.start);
    const last = lines.lineAt(v.span.end);
    const start = lines.lineStart(first);
    const lineText = lines.lineText(first);
    const head = voteLabelOf(lineText);
    if (!head) continue;
    // The head as written: indentation, the label, an optional `(n)` count and the colon.
    const count = /\((\d+)\)/.exec(lineText.slice(head.start + head.word.length, head.length));
    let end = head.length;
    while (end < lineText.length && (lineText[end] === ' ' || lineText[end] === '\t')) end++;
    const label = `${CANONICAL.get(v.side) ?? head.word}${count ? ` (${count[1]})` : ''}:`;
    out.push({ start, end: start + end, newText: `${LABEL_INDENT}${label}${end < lineText.length ? ' ' : ''}` });
    for (let line = first + 1; line <= last; line++) {
      const wrapped = lines.lineText(line);
      const indent = /^[ \t\u00A0]*/.exec(wrapped)![0].length;
      if (indent < wrapped.length) out.push({ start: lines.lineStart(line), end: lines.lineStart(line) + indent, newText: WRAP_INDENT });
    }
  }
  const withdrawn = b.motion?.withdrawn;
  if (withdrawn) {
    const dash = dashBefore(text, lines.lineStart(lines.lineAt(withdrawn.span.start)), withdrawn.span.start);
    if (dash && dash.keywordBefore) {
      // `MOTION: -- withdrawn`: nothing but the keyword before the dash, whose space the keyword's edit writes.
      out.push({ start: dash.dashStart, end: withdrawn.span.start, newText: `${ACTION_SEPARATOR.trim()} ` });
    } else if (dash) out.push({ start: dash.start, end: withdrawn.span.start, newText: ACTION_SEPARATOR });
  }
  return out;
}

/**
 * The dash before `withdrawn` with the white space around it, read back from
 * the word to the text before it: where the white space starts, where the
 * dash starts, and whether only the keyword's colon stands before it. A scan
 * back, not a pattern anchored at the end: a pattern would try each start in
 * a long run of spaces before the dash (quadratic).
 */
function dashBefore(text: string, lineStart: number, word: number): { start: number; dashStart: number; keywordBefore: boolean } | null {
  let i = word;
  while (i > lineStart && isBlank(text.charCodeAt(i - 1))) i--;
  const dashEnd = i;
  while (i > lineStart && isDash(text.charCodeAt(i - 1))) i--;
  if (i === dashEnd) return null;
  const dashStart = i;
  while (i > lineStart && isBlank(text.charCodeAt(i - 1))) i--;
  return { start: i, dashStart, keywordBefore: i > lineStart && text.charCodeAt(i - 1) === 58 };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** A hyphen, an en dash or an em dash. */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}
