/**
 * Finding what stands at an offset: the agenda item (with its model), the
 * keyword block, the table cell, the handle reference. Hover, completion and
 * code actions all start from "what is under the cursor", so the searches
 * live here once. Everything is read from the Analysis; nothing is parsed
 * again.
 */
import type { Analysis } from '../index';
import type { HandleReference } from '../model/references';
import { DEFAULT_RISK_MATRIX, parseRiskMatrix, type RiskMatrix } from '../model/risk-matrix';
import type { ItemModel } from '../model/types';
import type { ItemNode, KeywordBlockNode, Span, TableCell, TableNode, TableRow } from '../syntax/ast';
import { documentBlocks, keywordBlocks } from '../syntax/walk';

/** True when `offset` lies in the span, its end included (a cursor just after a word is "on" it). */
export function touches(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** An agenda item of the tree together with its model. */
export interface LocatedItem {
  readonly node: ItemNode;
  readonly model: ItemModel;
}

/** Every item and sub-item in source order, each paired with its model. */
export function allItems(a: Analysis): LocatedItem[] {
  const out: LocatedItem[] = [];
  const walk = (nodes: readonly ItemNode[], models: readonly ItemModel[]): void => {
    nodes.forEach((node, i) => {
      const model = models[i];
      if (!model) return;
      out.push({ node, model });
      walk(node.children, model.items);
    });
  };
  walk(a.ast.items, a.model.items);
  return out;
}

/** The innermost item whose span holds the offset, or null in the preamble. */
export function itemAt(a: Analysis, offset: number): LocatedItem | null {
  let found: LocatedItem | null = null;
  for (const it of allItems(a)) if (offset >= it.node.span.start && offset <= it.node.span.end) found = it;
  return found;
}

/** The keyword block whose span holds the offset. */
export function keywordBlockAt(a: Analysis, offset: number): KeywordBlockNode | null {
  for (const b of documentBlocks(a.ast)) if (b.kind === 'keyword' && touches(b.span, offset)) return b;
  return null;
}

/** The handle reference (declaration or use) under the offset. */
export function referenceAt(a: Analysis, offset: number): HandleReference | null {
  return a.references.find((r) => touches(r.span, offset)) ?? null;
}

/** A cell of a RISKS table under the cursor, with what the table says about its column. */
export interface RiskCellAt {
  readonly table: TableNode;
  readonly row: TableRow;
  /** Index of the cell in its row; may equal the row's length while a new cell is typed. */
  readonly column: number;
  readonly cell: TableCell | null;
  readonly ratingColumn: number;
  readonly headerRow: boolean;
}

/** The RISKS table cell at an offset, or null when the offset is not in a risk table. */
export function riskCellAt(a: Analysis, offset: number): RiskCellAt | null {
  for (const b of keywordBlocks(a.ast, 'RISKS')) {
    if (!touches(b.span, offset)) continue;
    for (const table of b.body) {
      if (table.kind !== 'table') continue;
      const rows = table.rows;
      const row = rows.find((r) => touches(r.span, offset));
      if (!row || row.separator) continue;
      const header = rows.find((r) => !r.separator)!;
      const names = header.cells.map((c) => c.text);
      const byName = names.findIndex((h) => /rating/i.test(h));
      const ratingColumn = byName >= 0 ? byName : names.length - 1;
      const before = a.text.slice(a.lines.lineStart(a.lines.positionAt(row.span.start).line), offset);
      const column = Math.max(0, countPipes(before) - 1);
      return { table, row, column, cell: row.cells[column] ?? null, ratingColumn, headerRow: row === header };
    }
  }
  return null;
}

/** Unescaped pipes in a string. */
function countPipes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === '|' && s[i - 1] !== '\\') n++;
  return n;
}

/** The risk matrix in force: the header's `risk-matrix`, else the configured one, else the default. */
export function documentMatrix(a: Analysis): RiskMatrix {
  const declared = a.model.meta.riskMatrix;
  return (
    (typeof declared === 'string' ? parseRiskMatrix(declared) : null) ??
    parseRiskMatrix(a.config.riskMatrix) ??
    parseRiskMatrix(DEFAULT_RISK_MATRIX)!
  );
}

/** The line break the document uses, so inserted lines match it. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Shortens text for a label, at a word boundary where one is near. */
export function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** An item's label as the agenda prints it: number and title. */
export function itemLabel(it: ItemModel): string {
  return [it.number, it.title].filter(Boolean).join(' ') || '(untitled item)';
}
