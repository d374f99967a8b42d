/**
 * The exports in the browser (out/web/server.js; esbuild.mjs puts this
 * module where load-exports.ts asks for './exports'): HTML, Markdown, JSON
 * and Word come from the core, as on the desktop; PDF needs a Chromium
 * started on the machine, which a browser tab cannot do, so it says where
 * to get one instead. The web client does not ask for PDF (it offers the
 * HTML export to print); this answers any other client that does.
 */
import type { Exports } from './load-exports';

export { exportDocument, toBase64, EXPORT_FORMATS, type ExportFormat } from './core/export/index';

/** Never thrown here: there is no Chromium to look for. Kept so the export handler's check reads the same. */
export class ChromiumNotFoundError extends Error {}

/** The message of a PDF export in the browser. */
export const PDF_IN_BROWSER =
  'PDF export needs Chromium, which cannot run in the browser: export to HTML and print it to PDF from the browser, or use VS Code on the desktop or the minutes CLI (`minutes export FILE --to pdf`).';

export const htmlToPdf: Exports['htmlToPdf'] = async () => {
  throw new Error(PDF_IN_BROWSER);
};
