/** textDocument/documentSymbol: the core's hierarchical outline on the cached analysis. */
import { documentSymbols } from '../core/features/index';
import type { ServerContext } from './context';
import { toDocumentSymbol } from './converters';

export function registerDocumentSymbols(s: ServerContext): void {
  s.connection.onDocumentSymbol(
    s.guard('documentSymbol', async ({ textDocument }) => {
      const doc = await s.analysis(textDocument.uri);
      return doc ? documentSymbols(doc.analysis).map((x) => toDocumentSymbol(doc.analysis, x)) : null;
    }),
  );
}
