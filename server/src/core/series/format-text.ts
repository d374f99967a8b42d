/**
 * The registers as text: an aligned table for a terminal, and CSV as RFC 4180
 * has it (a header row, fields with a comma, a quote or a line break in
 * double quotes with quotes doubled, CRLF between records).
 */
import type { RegisterRows } from './register-rows';

/** Longest a free-text cell is in the terminal table; `--format csv` or `json` give the whole text. */
const LONG_CELL = 60;

/** An aligned plain-text table, a line per row, columns two spaces apart; long text shortened with `…`. */
export function formatTable(r: RegisterRows): string {
  if (r.rows.length === 0) return `${r.title}: none\n`;
  const cell = (text: string, col: number): string => {
    const flat = text.replace(/\s+/g, ' ');
    const chars = [...flat];
    return r.long.includes(col) && chars.length > LONG_CELL ? `${chars.slice(0, LONG_CELL - 1).join('')}…` : flat;
  };
  const body = r.rows.map((row) => row.map(cell));
  // A loop, not Math.max(...rows): a register of an archive has more rows than a call takes arguments.
  const widths = r.columns.map((c, i) => body.reduce((w, row) => Math.max(w, [...row[i]].length), [...c].length));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i] - [...c].length);
        return r.numeric.includes(i) ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return `${[line(r.columns), rule, ...body.map(line)].join('\n')}\n`;
}

/** RFC 4180 CSV with a header row. */
export function formatCsv(r: RegisterRows): string {
  const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return [r.columns, ...r.rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
