/** textDocument/formatting and rangeFormatting: the core formatter's minimal edits on the cached analysis. */
import { formatDocument, formatRange } from '../core/features/index';
import type { ServerContext } from './context';
import { toSpan, toTextEdits } from './converters';

export function registerFormatting(s: ServerContext): void {
  s.connection.onDocumentFormatting(
    s.guard('formatting', async ({ textDocument }) => {
      const doc = await s.analysis(textDocument.uri);
      return doc ? toTextEdits(doc.analysis, formatDocument(doc.analysis)) : null;
    }),
  );
  s.connection.onDocumentRangeFormatting(
    s.guard('rangeFormatting', async ({ textDocument, range }) => {
      const doc = await s.analysis(textDocument.uri);
      return doc ? toTextEdits(doc.analysis, formatRange(doc.analysis, toSpan(doc.analysis, range))) : null;
    }),
  );
}
