/**
 * risk-table (error)
 *
 * The shape of a RISKS block (docs/language.md#risk-tables-and-risk-matrices):
 * a pipe table whose first row
 * is the header, with at least two columns (the risk and its rating), at
 * least one risk under the header, and the same number of cells in every row
 * as in the header. Reported:
 * - a RISKS block with no table (`RISKS: none` is allowed, for a report that
 *   says it has no risks);
 * - a table that starts with its `|---|` separator, or whose first row is
 *   already a rated risk: the header is missing, and the first risk would be
 *   read as the header;
 * - a header with a single column: there is no room for a rating;
 * - a table with a header and no risks;
 * - each row with more or fewer cells than the header (on that row), since
 *   cells are read by position and would land in the wrong column.
 *
 * Bad:  `RISKS:` / `| Staff vacancies | Two posts are vacant | C3 |`
 * Good: `RISKS:` / `| Risk | Description | Rating |` / `|---|---|---|` / `| Staff vacancies | Two posts are vacant | C3 |`
 */
import { parseRiskMatrix, readRating } from '../../model/risk-matrix';
import type { KeywordBlockNode, TableNode } from '../../syntax/ast';
import { keywordBlocks } from '../../syntax/walk';
import type { Rule, RuleContext } from '../rule';

const EXAMPLE = '`| Risk | Description | Mitigation | Rating |`';

export const rule: Rule = {
  id: 'risk-table',
  defaultSeverity: 'error',
  description: 'A RISKS block without a proper table: no table, no header row, no rating column, no risks, or rows with the wrong number of cells.',
  fixable: false,
  check(ctx) {
    for (const b of keywordBlocks(ctx.ast, 'RISKS')) checkBlock(b, ctx);
  },
};

function checkBlock(b: KeywordBlockNode, ctx: RuleContext): void {
  const tables = b.body.filter((x): x is TableNode => x.kind === 'table');
  if (!tables.length) {
    if (!/^none\.?$/i.test(b.inline?.text ?? '') || b.body.some((x) => x.kind !== 'comment'))
      ctx.report({ span: b.keywordText.span, message: `RISKS: is followed by a table of risks, one row per line, starting with a header such as ${EXAMPLE} (or write \`RISKS: none\`).` });
    return;
  }
  for (const table of tables) checkTable(table, ctx);
}

function checkTable(table: TableNode, ctx: RuleContext): void {
  const [first] = table.rows;
  if (first.separator) {
    ctx.report({ span: first.span, message: `This risk table has no header row: put one such as ${EXAMPLE} above the \`|---|\` line.` });
    return;
  }
  const header = first.cells;
  if (header.length < 2) {
    ctx.report({ span: first.span, message: `A risk table needs at least a risk column and a rating column, as in ${EXAMPLE}.` });
    return;
  }
  // Without a "rating" header the last column is the rating: a rating there means a risk, not a header.
  const declared = ctx.ast.header?.entries.find((e) => e.key.text.toLowerCase() === 'risk-matrix');
  const matrix = parseRiskMatrix(declared ? declared.value.text : ctx.config.riskMatrix);
  const last = header[header.length - 1].text;
  if (matrix && !header.some((c) => /rating/i.test(c.text)) && readRating(last, matrix)) {
    ctx.report({ span: first.span, message: `The first row of a risk table is its header, but this row is a risk rated ${last}: add a header row such as ${EXAMPLE} above it.` });
    return;
  }
  const data = table.rows.slice(1).filter((r) => !r.separator);
  if (!data.length) ctx.report({ span: first.span, message: 'This risk table has a header but no risks: add one row per risk, or write `RISKS: none`.' });
  for (const row of table.rows.slice(1)) {
    if (row.cells.length === header.length) continue;
    const n = row.cells.length;
    ctx.report({ span: row.span, message: `This row has ${n} cell${n === 1 ? '' : 's'} but the header has ${header.length}: cells are read by position, so every row needs the same number (leave a cell empty with \`| |\`).` });
  }
}
