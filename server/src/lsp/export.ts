/**
 * `minutes/export` (docs/CONTRACTS.md): the document in html, md, json or
 * docx from the core's exportDocument, or pdf by printing the HTML export
 * with the installed Chromium (server/src/pdf.ts, `minutes.pdf.chromiumPath`);
 * null for a document the server does not know, an InvalidParams error for an
 * unknown format, error CHROMIUM_NOT_FOUND when PDF finds no browser.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { loadExports } from '../load-exports';
import { CHROMIUM_NOT_FOUND, EXPORT_REQUEST_FORMATS, ExportRequest, UNKNOWN_DOCUMENT } from '../protocol/custom-requests';
import type { ServerContext } from './context';

export function registerExport(s: ServerContext): void {
  s.connection.onRequest(
    ExportRequest,
    s.guard(ExportRequest.method, async ({ uri, format, includeExempt }) => {
      if (!EXPORT_REQUEST_FORMATS.includes(format)) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown export format "${String(format)}": use one of ${EXPORT_REQUEST_FORMATS.join(', ')}.`);
      // Loaded on the first export only (load-exports.ts): most sessions never export. The error
      // class comes from there too, as the bundled export code throws its own copy of it.
      const { exportDocument, toBase64, htmlToPdf, ChromiumNotFoundError } = await loadExports();
      const doc = await s.documents.analysisOrFile(uri);
      if (!doc) return UNKNOWN_DOCUMENT;
      if (format !== 'pdf') {
        const { encoding, content } = await exportDocument(doc.analysis, format, { includeExempt });
        return { encoding, content };
      }
      const html = await exportDocument(doc.analysis, 'html', { includeExempt });
      try {
        return { encoding: 'base64', content: toBase64(await htmlToPdf(html.content, { chromiumPath: doc.settings.chromiumPath })) };
      } catch (err) {
        if (err instanceof ChromiumNotFoundError) throw new ResponseError(CHROMIUM_NOT_FOUND, err.message);
        throw err;
      }
    }),
  );
}
