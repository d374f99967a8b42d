/**
 * Document links: the web addresses and email addresses in a document, so a
 * clerk can open the planning portal or write to the contact from the
 * editor. Four forms are found, on every line (comments and the header
 * included): `[text](https://…)`, whose link covers the whole construct;
 * `<https://…>`, whose link covers the address inside the brackets; a bare
 * `https://…` or `mailto:…`; and a bare email address such as
 * `jo.patel@westford.gov.uk`, whose target is `mailto:` it.
 *
 * Signature:
 *   documentLinks(analysis: Analysis): DocumentLink[]
 * Only http, https and mailto targets are links: a `[text](javascript:…)` or
 * a relative path is left alone. Trailing sentence punctuation is not part of
 * a bare address, and a closing parenthesis only when it closes one opened
 * in the address.
 */
import type { Analysis } from '../index';
import type { Span } from '../syntax/ast';

/** A link: the span to underline and the URI to open. */
export interface DocumentLink extends Span {
  readonly target: string;
}

/** Every link of the document, in source order, never overlapping. */
export function documentLinks(analysis: Analysis): DocumentLink[] {
  const out: DocumentLink[] = [];
  const { lines } = analysis;
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!MAYBE_LINK.test(text)) continue;
    const base = lines.lineStart(line);
    for (const l of linksInLine(text)) out.push({ start: base + l.start, end: base + l.end, target: l.target });
  }
  return out;
}

const MAYBE_LINK = /https?:|mailto:|@/i;
const MARKDOWN = /\[[^\]\n]*\]\(\s*<?((?:[^()\s<>]|\([^()\s<>]*\))+)>?\s*\)/y;
const ANGLE = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/gi;
const BARE_URL = /\b(?:https?:\/\/|mailto:)[^\s<>"]+/gi;
const EMAIL = /(?<![\p{L}\p{N}._%+@-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;

/** Links in one line, in offsets within it. Each form claims its text before the looser forms look. */
function linksInLine(text: string): DocumentLink[] {
  const found: DocumentLink[] = [];
  // The spans each form claimed, one list per form, each in source order and
  // without overlaps, so that a binary search per list answers whether a span
  // is free (comparing with every claimed span was quadratic on a long line).
  const markdown: Span[] = [];
  const angle: Span[] = [];
  const bare: Span[] = [];
  const free = (s: number, e: number): boolean => [markdown, angle, bare].every((list) => clearOf(list, s, e));
  for (const m of markdownMatches(text)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    markdown.push(span);
    if (isWebOrMail(m[1])) found.push({ ...span, target: m[1] });
  }
  for (const m of text.matchAll(ANGLE)) {
    const span = { start: m.index! + 1, end: m.index! + 1 + m[1].length };
    if (!free(span.start, span.end)) continue;
    angle.push(span);
    if (isWebOrMail(m[1])) found.push({ ...span, target: m[1] });
  }
  for (const m of text.matchAll(BARE_URL)) {
    const url = trimTrailing(m[0]);
    const span = { start: m.index!, end: m.index! + url.length };
    if (!free(span.start, span.end) || !isWebOrMail(url)) continue;
    bare.push(span);
    found.push({ ...span, target: url });
  }
  for (const m of text.matchAll(EMAIL)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (!free(span.start, span.end)) continue;
    found.push({ ...span, target: `mailto:${m[0]}` });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The matches of MARKDOWN in source order, as a global search would find
 * them. A `[` whose search failed stopped at the first `]` or line break
 * after it, and so would every `[` before that point: those are skipped, so a
 * line of `[` that never close is read once, not once per `[`.
 */
function* markdownMatches(text: string): Generator<RegExpExecArray> {
  let i = text.indexOf('[');
  while (i !== -1) {
    MARKDOWN.lastIndex = i;
    const m = MARKDOWN.exec(text);
    if (m) {
      yield m;
      i = text.indexOf('[', i + m[0].length);
      continue;
    }
    let stop = i + 1;
    while (stop < text.length && text[stop] !== ']' && text[stop] !== '\n') stop++;
    i = text.indexOf('[', stop);
  }
}

/** Whether [s, e) overlaps none of `spans` (sorted, not overlapping): only the last one starting before `e` can reach it. */
function clearOf(spans: readonly Span[], s: number, e: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < e) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 || spans[lo - 1].end <= s;
}

/** An http(s) address with a host, or a mailto with an address. */
function isWebOrMail(target: string): boolean {
  return /^https?:\/\/[^/?#\s]+/i.test(target) || /^mailto:[^\s@]+@[^\s@]+$/i.test(target);
}

/** Drops sentence punctuation after a bare address, and closing brackets that it did not open. */
function trimTrailing(url: string): string {
  // Bracket counts are kept as characters come off, not recounted each time (quadratic on a run of them).
  const opens: Record<string, number> = { ')': count(url, '('), ']': count(url, '[') };
  const closes: Record<string, number> = { ')': count(url, ')'), ']': count(url, ']') };
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (/[.,;:!?'"\u2019\u201d*_]/.test(last)) end--;
    else if ((last === ')' || last === ']') && opens[last] < closes[last]) {
      end--;
      closes[last]--;
    } else return url.slice(0, end);
  }
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}
