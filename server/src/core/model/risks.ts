/**
 * Reading a RISKS pipe table into risk rows. The first row is the header; a
 * row whose first cell is empty continues the row above (a table broken
 * across a page); a repeated header row is dropped. All of this happens
 * before any rule looks at the rows.
 */
import type { TableNode, TableRow } from '../syntax/ast';
import type { RiskModel } from './types';

export interface RiskTableShape {
  readonly header: readonly string[];
  /** Index of the rating column; -1 when the table has no header. */
  readonly ratingColumn: number;
  /** Header found by name ("rating") rather than by position. */
  readonly ratingByName: boolean;
  /** Data rows after merging continuations and dropping repeated headers. */
  readonly rows: readonly MergedRow[];
}

export interface MergedRow {
  readonly cells: string[];
  /** The source rows that make up this risk (first is where it starts). */
  readonly sources: readonly TableRow[];
}

export function readRiskTable(table: TableNode): RiskTableShape {
  const rows = table.rows.filter((r) => !r.separator);
  if (!rows.length) return { header: [], ratingColumn: -1, ratingByName: false, rows: [] };
  const header = rows[0].cells.map((c) => c.text);
  const byName = header.findIndex((h) => /rating/i.test(h));
  const ratingColumn = byName >= 0 ? byName : header.length - 1;
  const key = header.join('|').toLowerCase();
  const merged: { cells: string[]; sources: TableRow[] }[] = [];
  for (const row of rows.slice(1)) {
    const cells = row.cells.map((c) => c.text);
    if (cells.join('|').toLowerCase() === key) continue;
    const last = merged[merged.length - 1];
    if (cells[0] === '' && last) {
      cells.forEach((c, i) => {
        if (!c) return;
        last.cells[i] = last.cells[i] ? `${last.cells[i]} ${c}` : c;
      });
      last.sources.push(row);
      continue;
    }
    merged.push({ cells, sources: [row] });
  }
  return { header, ratingColumn, ratingByName: byName >= 0, rows: merged };
}

/** Risk rows in the model's shape. `lineOf` maps an offset to its 0-based line. */
export function risksOf(shape: RiskTableShape, item: string | null, lineOf: (offset: number) => number): RiskModel[] {
  const { header, ratingColumn } = shape;
  // Risk, description and mitigation take the first three columns that are not the rating.
  const named = header.map((_, i) => i).filter((i) => i !== ratingColumn);
  const [ri, di, mi] = named;
  return shape.rows.map((row) => {
    const extra: Record<string, string> = {};
    named.slice(3).forEach((i) => {
      if (row.cells[i]) extra[header[i] || `column ${i + 1}`] = row.cells[i];
    });
    return {
      risk: row.cells[ri] ?? '',
      description: row.cells[di] ?? '',
      mitigation: row.cells[mi] ?? '',
      rating: row.cells[ratingColumn] ?? '',
      item,
      extra,
      line: lineOf(row.sources[0].span.start),
    };
  });
}
