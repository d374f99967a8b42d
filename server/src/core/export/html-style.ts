/**
 * The stylesheets of the HTML export. LAYOUT_CSS arranges the minutes (item
 * numbers and resolution citations in a margin column, label runs, tables)
 * without fonts or colours, so the VS Code preview can use it under its own
 * theme; on a narrow screen its tables reflow (REFLOW_CSS). PAGE_CSS adds the
 * look of printed council minutes for the exported page, and a print
 * stylesheet for A4, which shows each link's address after it (inline.ts).
 */

/**
 * On a narrow screen (a 390 px phone) a table with headings reflows: each
 * row a bordered block, each cell a line led by its column's heading
 * (`data-label`, html-cells.ts), the header row kept for screen readers
 * but not shown; an empty cell is left out. The tables are those with
 * headings: actions, risks, declarations, and a table written with a header row.
 */
const REFLOW = 'table:is(.minutes-actions, .minutes-risk-table, .minutes-declarations, .minutes-table:has(> thead))';
const REFLOW_CSS = `@media (max-width: 40rem) {
  ${REFLOW}, ${REFLOW} > tbody, ${REFLOW} > tbody > tr, ${REFLOW} > tbody > tr > * { display: block; }
  .minutes-document ${REFLOW} { width: auto; margin-left: 0; }
  ${REFLOW} > caption { display: block; }
  ${REFLOW} > thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  ${REFLOW} > tbody > tr { border: 1px solid rgba(128, 128, 128, .55); margin: 0 0 .6em; padding: .25em 0; }
  .minutes-document ${REFLOW} > tbody > tr > * { border: 0; padding: .15em .6em; text-align: left; }
  ${REFLOW} > tbody > tr > [data-label]::before { content: attr(data-label) ": "; font-weight: 700; }
  ${REFLOW} > tbody > tr > td:empty { display: none; }
}
`;

export const LAYOUT_CSS = `
.minutes-document { --minutes-margin: 6.5rem; }
.minutes-document table { width: 100%; }
.minutes-header h1 { margin: .15em 0 .2em; }
.minutes-authority { margin: 0; letter-spacing: .04em; text-transform: uppercase; font-weight: 600; }
.minutes-subtitle { margin: 0 0 .8em; }
.minutes-meta, .minutes-attendance dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1.2em; margin: .6em 0; }
.minutes-meta > div, .minutes-attendance dl > div { display: contents; }
.minutes-meta dt, .minutes-attendance dt { font-weight: 700; }
.minutes-meta dd, .minutes-attendance dd { margin: 0; }
.minutes-item { margin: 1.4em 0 0; }
.minutes-item > h2, .minutes-item > h3, .minutes-item > h4 { display: grid; grid-template-columns: var(--minutes-margin) 1fr; margin: 1.2em 0 .5em; }
.minutes-item > h2:not(:has(.minutes-item-number)), .minutes-item > h3:not(:has(.minutes-item-number)) { display: block; }
.minutes-item > :not(h2, h3, h4, section), .minutes-item > section { margin-left: var(--minutes-margin); }
.minutes-item > section { margin-left: 0; }
.minutes-item table { width: calc(100% - var(--minutes-margin)); }
.minutes-item .minutes-risks table.minutes-risk-table { width: calc(100% + var(--minutes-margin)); margin-left: calc(-1 * var(--minutes-margin)); }
.minutes-risk-table thead th:first-child { width: 18%; }
.minutes-label { font-weight: 700; }
.minutes-block-label { margin-bottom: .3em; }
.minutes-field { margin: .15em 0; }
.minutes-list { padding-left: 0; list-style: none; }
ul.minutes-list { padding-left: 1.4em; list-style: disc; }
.minutes-list > li { margin: .25em 0; }
ol.minutes-list > li { display: grid; grid-template-columns: 2.6em 1fr; column-gap: .25em; }
ol.minutes-markers-4 > li { grid-template-columns: 3.38em 1fr; }
ol.minutes-markers-5 > li { grid-template-columns: 4.0em 1fr; }
ol.minutes-markers-6 > li { grid-template-columns: 4.62em 1fr; }
ol.minutes-markers-7 > li { grid-template-columns: 5.24em 1fr; }
ol.minutes-markers-8 > li { grid-template-columns: 5.86em 1fr; }
.minutes-list > li > .minutes-list { grid-column: -2 / -1; margin: .25em 0 0; }
.minutes-resolutions { list-style: none; padding: 0; margin: .3em 0 .6em; }
.minutes-resolution { display: grid; grid-template-columns: 7.5em 1fr; gap: 0 .6em; margin: .35em 0; }
.minutes-resolution > .minutes-resolutions { grid-column: -2 / -1; margin: 0; }
.minutes-resolution-id { font-weight: 700; white-space: nowrap; }
.minutes-resolution-text > p { margin: 0 0 .4em; }
.minutes-vote { font-style: italic; }
.minutes-motion-head .minutes-outcome { font-weight: 700; }
.minutes-amendment { border-left: 3px solid rgba(128, 128, 128, .55); padding-left: .8em; }
.minutes-recorded-vote tbody th { width: 9em; white-space: nowrap; }
.minutes-attendance-change { font-style: italic; }
.minutes-meeting-contact { margin: .4em 0 0; }
.minutes-end { margin: 2.5em 0 0; }
.minutes-signature { margin: 3em 0 0; }
.minutes-signature-part { display: inline-block; margin-right: 3em; white-space: nowrap; }
.minutes-confidential { border: 3px solid currentColor; padding: .4em 1em; margin: 0 0 1.2em; }
.minutes-confidential > p { margin: .3em 0; }
.minutes-confidential-mark { font-weight: 700; letter-spacing: .04em; }
.minutes-exempt, .minutes-withheld-note { border-left: 4px solid currentColor; padding: .3em .8em; font-style: italic; }
table.minutes-table, table.minutes-actions, table.minutes-risk-table, table.minutes-declarations, table.minutes-recorded-vote { border-collapse: collapse; margin-top: .6em; margin-bottom: 1em; font-size: .95em; }
.minutes-document caption { text-align: left; font-weight: 700; padding: 0 0 .3em; }
.minutes-document th, .minutes-document td { text-align: left; vertical-align: top; padding: .3em .5em; border: 1px solid rgba(128, 128, 128, .55); }
.minutes-document .minutes-align-left { text-align: left; }
.minutes-document .minutes-align-right { text-align: right; }
.minutes-document .minutes-align-center { text-align: center; }
.minutes-risk-table tbody th { font-weight: 600; }
.minutes-rating { white-space: nowrap; }
.minutes-band { display: inline-block; padding: 0 .45em; border-radius: 3px; font-size: .85em; font-weight: 700; }
.minutes-due { white-space: nowrap; }
[data-severity] { outline: 1px dashed rgba(128, 128, 128, .8); outline-offset: 2px; }
[data-severity="error"] { outline-color: #d32f2f; }
[data-severity="warning"] { outline-color: #b58900; }
.minutes-diagnostic { display: block; font-size: .8em; font-style: normal; font-weight: 600; margin: 0 0 .2em; }
.minutes-diagnostic-error { color: #d32f2f; }
.minutes-diagnostic-warning { color: #b58900; }
@media (max-width: 40rem) {
  .minutes-document { --minutes-margin: 0rem; }
  .minutes-item > h2, .minutes-item > h3, .minutes-item > h4 { display: block; }
  .minutes-item-number { margin-right: .5em; }
  .minutes-resolution { grid-template-columns: 1fr; }
}
.minutes-print-url { display: none; }
.minutes-document a { overflow-wrap: break-word; }
${REFLOW_CSS}`;

export const PAGE_CSS = `
html { background: #f3f2f1; }
body { margin: 0; color: #0b0c0c; font: 11pt/1.45 Arial, "Helvetica Neue", Helvetica, "Liberation Sans", sans-serif; }
main.minutes-document { max-width: 52rem; margin: 1.5rem auto; padding: 2.5rem 3rem 3rem; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
.minutes-header { border-bottom: 3px solid #0b0c0c; padding-bottom: .6em; margin-bottom: 1em; }
.minutes-authority { font-size: .95em; color: #383f43; }
h1 { font-size: 1.9em; line-height: 1.15; }
h2 { font-size: 1.2em; border-top: 1px solid #b1b4b6; padding-top: .7em; }
h3 { font-size: 1.05em; }
h4 { font-size: 1em; }
.minutes-item-number { font-weight: 700; }
.minutes-header.minutes-draft h1::after { content: "DRAFT"; margin-left: .6em; padding: .05em .4em; font-size: .45em; vertical-align: middle; border: 2px solid #b10e1e; color: #b10e1e; letter-spacing: .1em; }
.minutes-document th { background: #f3f2f1; }
.minutes-document th, .minutes-document td { border-color: #b1b4b6; }
.minutes-exempt, .minutes-withheld-note { border-left-color: #1d70b8; background: #f3f2f1; }
.minutes-confidential { border-color: #b10e1e; }
.minutes-confidential-mark { color: #b10e1e; }
a { color: #1d70b8; }
.minutes-status-done, .minutes-status-cancelled { color: #505a5f; }
/* Room to sign on paper: the blank is drawn as a rule as wide as a signature; its underscores stay in the text. */
.minutes-signature-blank { display: inline-block; min-width: 14em; border-bottom: 1px solid #0b0c0c; color: transparent; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html, body { background: #fff; }
  body { font-size: 10.5pt; }
  main.minutes-document { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .minutes-actions tr, .minutes-declarations tr, .minutes-recorded-vote tr, .minutes-resolution, .minutes-vote { break-inside: avoid; page-break-inside: avoid; }
  .minutes-end { break-inside: avoid; page-break-inside: avoid; }
  caption { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  .minutes-band { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
  .minutes-print-url { display: inline; font-size: .85em; }
}
`;
