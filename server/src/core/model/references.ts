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

/** Handles in a string with their offsets within it. */
export function findHandles(text: string): { handle: string; index: number; length: number }[] {
  const out: { handle: string; index: number; length: number }[] = [];
  if (!text.includes('@')) return out;
  for (const m of text.matchAll(HANDLE)) out.push({ handle: m[1], index: m.index!, length: m[0].length });
  return out;
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
    body(b.body);
  };
  const item = (it: ItemNode): void => {
    scan(it.title);
    it.blocks.forEach(block);
    it.children.forEach(item);
  };
  ast.preamble.forEach(block);
  ast.items.forEach(item);
  return out.sort((a, b) => a.span.start - b.span.start);
}
