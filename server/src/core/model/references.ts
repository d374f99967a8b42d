/**
 * @handle references: where each handle is declared and used. A side table
 * beside the tree, read by the person rules, definition, references, rename
 * and highlight. An `@` after a letter, digit, `.`, `_` or `-` belongs to an
 * email address and is not a handle.
 */
import type { Block, BodyBlock, DocumentNode, ItemNode, Span, TextPiece } from '../syntax/ast';

export interface HandleReference {
  /** The handle without `@`. */
  readonly handle: string;
  /** Covers the `@` and the handle. */
  readonly span: Span;
  readonly declaration: boolean;
}

const HANDLE = /(?<![A-Za-z0-9._@-])@([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/**
 * Handles in a string with their offsets within it. An `@` inside a link's
 * address (`[text](https://mastodon.social/@council)`,
 * `<https://medium.com/@council>`) is part of the address, as the exports
 * print it (export/inline.ts), not a reference to a person.
 */
export function findHandles(text: string): { handle: string; index: number; length: number }[] {
  const out: { handle: string; index: number; length: number }[] = [];
  if (!text.includes('@')) return out;
  const targets = linkTargets(text);
  // Matches and targets both come in text order: one pointer walks the
  // targets (a search of them per match was quadratic on a long line of links).
  let t = 0;
  for (const m of text.matchAll(HANDLE)) {
    const at = m.index!;
    while (t < targets.length && targets[t].end <= at) t++;
    if (t < targets.length && at >= targets[t].start) continue;
    out.push({ handle: m[1], index: at, length: m[0].length });
  }
  return out;
}

/** The address of `[text](…)` after its `](`, up to and with the closing `)`; as LINK in export/inline.ts reads it. */
const LINK_TARGET = /((?:[^()\s]|\([^()\s]*\))*)\)/y;
/** An autolink after its `<`; as AUTOLINK in export/inline.ts reads it. */
const AUTOLINK_BODY = /([A-Za-z][A-Za-z0-9+.-]*:[^<>\s]+)>/y;
/** The link targets the exports print as links: http, https and mailto (isSafeHref in export/inline.ts). */
const SAFE_HREF = /^(https?:\/\/[^/]|mailto:[^\s])/i;

/**
 * The spans of the link addresses in a string. Each `](` and `<` is tried
 * once, and each try stops at the next bracket or white space, so a line of
 * thousands of brackets is still read in linear time.
 */
function linkTargets(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!text.includes('](') && !text.includes('<')) return out;
  let lastClose = -1; // the last `]` or line break seen, which a link's text cannot cross
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      AUTOLINK_BODY.lastIndex = i + 1;
      const m = AUTOLINK_BODY.exec(text);
      if (m && SAFE_HREF.test(m[1])) out.push({ start: i + 1, end: i + 1 + m[1].length });
    } else if (c === ']' || c === '\n') {
      if (c === ']' && text[i + 1] === '(' && hasLinkText(text, lastClose + 1, i)) {
        LINK_TARGET.lastIndex = i + 2;
        const m = LINK_TARGET.exec(text);
        if (m && SAFE_HREF.test(m[1])) out.push({ start: i + 2, end: i + 2 + m[1].length });
      }
      lastClose = i;
    }
  }
  return out;
}

/** True when a `[` with at least one character after it opens between `from` and `close` (the `]`). */
function hasLinkText(text: string, from: number, close: number): boolean {
  // A loop over [from, close), not indexOf: that would run on to the end of a text with no `[`, from every `](`.
  for (let j = from; j < close - 1; j++) if (text[j] === '[') return true;
  return false;
}

/**
 * Every declaration and use of a handle in the document, in source order.
 * With the source text, each piece is scanned as written under its span, so
 * offsets stay right where the tree joined wrapped lines (CONTACT) or
 * unescaped a table cell's `\|`.
 */
export function collectReferences(ast: DocumentNode, text?: string): HandleReference[] {
  const out: HandleReference[] = [];
  const scan = (p: TextPiece | null | undefined): void => {
    if (!p) return;
    // Most pieces name nobody. The `@` is looked for inside the piece only: an
    // indexOf from the piece's start ran on to the next `@` of the whole text,
    // quadratic over thousands of pieces with no `@` after them.
    const written = text !== undefined ? text.slice(p.span.start, p.span.end) : p.text;
    if (!written.includes('@')) return;
    for (const h of findHandles(written))
      out.push({ handle: h.handle, span: { start: p.span.start + h.index, end: p.span.start + h.index + h.length }, declaration: false });
  };
  const body = (blocks: readonly BodyBlock[]): void => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') b.lines.forEach(scan);
      else if (b.kind === 'list') for (const e of b.entries) e.lines.forEach(scan);
      else if (b.kind === 'table') for (const r of b.rows) r.cells.forEach(scan);
    }
  };
  const block = (b: Block): void => {
    if (b.kind !== 'keyword') return body([b]);
    if (b.people) {
      for (const p of b.people) {
        out.push({ handle: p.handle.text, span: p.handle.span, declaration: true });
        scan(p.name);
        scan(p.role);
      }
      return;
    }
    // Attendance lists keep their wrapped lines in the entries, not in the body.
    for (const e of b.attendance ?? []) {
      scan(e.name);
      scan(e.note);
    }
    if (b.attendance) return;
    scan(b.inline);
    // A recorded vote's FOR:/AGAINST:/ABSTAIN: lines keep their names (wrapped lines too) in the entries.
    for (const l of b.voteLines ?? [])
      for (const e of l.names) {
        scan(e.name);
        scan(e.note);
      }
    body(b.body);
  };
  const item = (it: ItemNode): void => {
    scan(it.title);
    it.blocks.forEach(block);
    it.children.forEach(item);
  };
  // The header's `contact:` may name the meeting's contact by handle (docs/language.md#the-header).
  for (const e of ast.header?.entries ?? []) if (e.key.text.toLowerCase() === 'contact') scan(e.value);
  ast.preamble.forEach(block);
  ast.items.forEach(item);
  return out.sort((a, b) => a.span.start - b.span.start);
}
