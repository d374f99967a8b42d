/** textDocument/selectionRange: the core's chains from word to document, one per position. */
import type { SelectionRange } from 'vscode-languageserver';
import type { Analysis } from '../core/index';
import { selectionRanges, type SelectionRange as CoreRange } from '../core/features/index';
import type { ServerContext } from './context';
import { toOffset, toRange } from './converters';

function convert(a: Analysis, r: CoreRange): SelectionRange {
  return { range: toRange(a, r), ...(r.parent ? { parent: convert(a, r.parent) } : {}) };
}

export function registerSelectionRanges(s: ServerContext): void {
  s.connection.onSelectionRanges(
    s.guard('selectionRange', async ({ textDocument, positions }) => {
      const doc = await s.analysis(textDocument.uri);
      return doc ? selectionRanges(doc.analysis, positions.map((p) => toOffset(doc.analysis, p))).map((r) => convert(doc.analysis, r)) : null;
    }),
  );
}
