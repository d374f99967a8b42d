/** textDocument/foldingRange: the core's folding ranges (header, people, items, blocks, tables, comment runs). */
import { FoldingRangeKind } from 'vscode-languageserver';
import { foldingRanges } from '../core/features/index';
import type { ServerContext } from './context';

export function registerFolding(s: ServerContext): void {
  s.connection.onFoldingRanges(
    s.guard('foldingRange', async ({ textDocument }) => {
      const doc = await s.analysis(textDocument.uri);
      return doc ? foldingRanges(doc.analysis).map((f) => ({ startLine: f.startLine, endLine: f.endLine, ...(f.kind ? { kind: FoldingRangeKind.Comment } : {}) })) : null;
    }),
  );
}
