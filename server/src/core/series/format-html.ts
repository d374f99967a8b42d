/**
 * A register as a standalone HTML page: a language, a title, a heading, one
 * table with a caption and column headers scoped for screen readers, styles
 * inline (no scripts, nothing fetched), and every piece of text escaped.
 * Overdue actions are marked in words, not by colour alone.
 */
import { escapeHtml } from '../export/inline';
import type { RegisterRows } from './register-rows';

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;background:#fff}
table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:600;margin-bottom:.5rem}
th,td{border:1px solid #767676;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f0f0f0}td.number{text-align:right}tr.overdue td{background:#fff4e5}
@media print{body{margin:0}}`;

/** The page; `subtitle` names what was read (the committees, say). */
export function formatHtml(r: RegisterRows, subtitle: string): string {
  const head = r.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const overdueCol = r.columns.indexOf('Overdue');
  const rows = r.rows
    .map((row) => {
      const cls = overdueCol !== -1 && row[overdueCol] !== '' ? ' class="overdue"' : '';
      const cells = row.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td${r.numeric.includes(i) ? ' class="number"' : ''}>${escapeHtml(c)}</td>`));
      return `<tr${cls}>${cells.join('')}</tr>`;
    })
    .join('\n');
  const title = subtitle ? `${r.title} — ${subtitle}` : r.title;
  const table = r.rows.length
    ? `<table>\n<caption>${escapeHtml(r.title)}, ${r.rows.length} ${r.rows.length === 1 ? 'entry' : 'entries'}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`
    : '<p>None.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(r.title)}</h1>
${subtitle ? `<p>${escapeHtml(subtitle)}</p>\n` : ''}${table}
</main>
</body>
</html>
`;
}
