/**
 * `minutes/export` (docs/CONTRACTS.md): the document in html, md, json or
 * docx from the core's exportDocument, or pdf by printing the HTML export
 * with the installed Chromium (server/src/pdf.ts, `minutes.pdf.chromiumPath`).
 */
import { ErrorCodes, RequestType, ResponseError } from 'vscode-languageserver/node';
import type { ExportFormat } from '../core/index';
import { loadExports } from '../load-exports';
import { notFound, type ServerContext } from './context';

export interface ExportParams {
  readonly uri: string;
  readonly format: ExportFormat | 'pdf';
  readonly includeExempt: boolean;
}

/**
 * The error code of a PDF export that found no Chromium (the message says how to
 * name one), so a client can offer its setting rather than a generic failure.
 */
export const CHROMIUM_NOT_FOUND = 1001;

export const ExportRequest = new RequestType<ExportParams, { encoding: 'utf8' | 'base64'; content: string }, void>('minutes/export');

export function registerExport(s: ServerContext): void {
  s.connection.onRequest(
    ExportRequest,
    s.guard('minutes/export', async ({ uri, format, includeExempt }) => {
      // Loaded on the first export only (load-exports.ts): most sessions never export. The error
      // class comes from there too, as the bundled export code throws its own copy of it.
      const { exportDocument, toBase64, EXPORT_FORMATS, htmlToPdf, ChromiumNotFoundError } = await loadExports();
      if (format !== 'pdf' && !EXPORT_FORMATS.includes(format)) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown export format "${String(format)}": use one of ${[...EXPORT_FORMATS, 'pdf'].join(', ')}.`);
      const doc = await s.documents.analysisOrFile(uri);
      if (!doc) throw notFound(uri);
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
