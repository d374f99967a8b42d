/**
 * risk-rating (error)
 *
 * Every risk in a RISKS table has a rating the declared matrix allows
 * (docs/language.md#risk-matrices): the header's `risk-matrix`, else the `riskMatrix`
 * setting (`A-F x 1-4` by default). Under a lettered matrix a rating is a
 * letter and a digit (`B2`); under two numeric ranges it is `LxI` (`4x3`).
 * A rating outside the matrix, in the wrong shape, or missing cannot be
 * banded, sorted or compared with last quarter's register.
 *
 * Rows are judged after the table is read as the model reads it: a row whose
 * first cell is empty continues the risk above, and a repeated header row is
 * dropped. The problem is reported on the rating cell as written (on the row,
 * when the rating is missing). When the header's `risk-matrix` is itself not
 * a matrix, this rule stays silent: header-invalid reports that.
 *
 * Bad:  `risk-matrix: A-F x 1-4` ... `| Staff vacancies | ... | G7 |`
 * Good: `risk-matrix: A-F x 1-4` ... `| Staff vacancies | ... | C3 |`
 */
import { DEFAULT_RISK_MATRIX, parseRiskMatrix, ratingShape, readRating, type RiskMatrix } from '../../model/risk-matrix';
import { readRiskTable, type MergedRow } from '../../model/risks';
import type { Span } from '../../syntax/ast';
import { keywordBlocks } from '../../syntax/walk';
import type { Rule, RuleContext } from '../rule';

export const rule: Rule = {
  id: 'risk-rating',
  defaultSeverity: 'error',
  description: 'A risk whose rating is missing or not allowed by the risk matrix (the header `risk-matrix`, else the setting).',
  fixable: false,
  check(ctx) {
    const declared = matrixOf(ctx);
    if (!declared) return;
    const { matrix, source } = declared;
    for (const b of keywordBlocks(ctx.ast, 'RISKS')) {
      for (const table of b.body) {
        if (table.kind !== 'table') continue;
        const shape = readRiskTable(table);
        if (shape.header.length < 2) continue; // risk-table reports a table with no rating column
        for (const row of shape.rows) {
          const rating = row.cells[shape.ratingColumn] ?? '';
          const where = `the ${matrix.text} matrix (${source})`;
          if (!rating)
            ctx.report({ span: row.sources[0].span, message: `This risk has no rating: add one in the "${shape.header[shape.ratingColumn]}" column, ${ratingShape(matrix)}, as ${where} requires.` });
          else if (!readRating(rating, matrix))
            ctx.report({ span: ratingSpan(row, shape.ratingColumn), message: `"${rating}" is not a rating in ${where}: write ${ratingShape(matrix)}.` });
        }
      }
    }
  },
};

/** The matrix in force and where it comes from; null when the declared one is invalid. */
function matrixOf(ctx: RuleContext): { matrix: RiskMatrix; source: string } | null {
  const entry = ctx.ast.header?.entries.find((e) => e.key.text.toLowerCase() === 'risk-matrix');
  if (entry) {
    const matrix = parseRiskMatrix(entry.value.text);
    return matrix ? { matrix, source: 'declared in the header' } : null;
  }
  const matrix = parseRiskMatrix(ctx.config.riskMatrix);
  return matrix ? { matrix, source: ctx.config.riskMatrix === DEFAULT_RISK_MATRIX ? 'the default' : 'from the settings' } : null;
}

/** The rating cells as written in the source rows of a merged risk, first to last. */
function ratingSpan(row: MergedRow, column: number): Span {
  const cells = row.sources.map((r) => r.cells[column]).filter((c) => c && c.text);
  return { start: cells[0].span.start, end: cells[cells.length - 1].span.end };
}
