/**
 * The exports as a bundle of their own (out/exports.js, see esbuild.mjs):
 * HTML, Markdown, JSON and Word from the core, and PDF through an installed
 * Chromium. The docx library alone is about half of what the CLI and the
 * server would otherwise compile and initialise at every start, for a command
 * most runs never give; load-exports.ts loads this module on the first export.
 */
export { exportDocument, toBase64, EXPORT_FORMATS, type ExportFormat } from './core/export/index';
export { ChromiumNotFoundError, htmlToPdf } from './pdf';
// The action register's iCalendar form: the ical.js library is loaded with the exports, not at start-up.
export { formatIcs } from './core/series/format-ics';
