/** textDocument/semanticTokens (full and range): the core's tokens, encoded by the core's LSP encoder. */
import { encodeSemanticTokens, SEMANTIC_TOKEN_LEGEND, semanticTokens } from '../core/features/index';
import type { ServerContext } from './context';
import { toSpan } from './converters';

/** The legend announced at initialize. */
export const SEMANTIC_LEGEND = { tokenTypes: [...SEMANTIC_TOKEN_LEGEND.tokenTypes], tokenModifiers: [...SEMANTIC_TOKEN_LEGEND.tokenModifiers] };

export function registerSemanticTokens(s: ServerContext): void {
  const tokens = s.connection.languages.semanticTokens;
  tokens.on(
    s.guard('semanticTokens', async ({ textDocument }) => {
      const doc = await s.analysis(textDocument.uri);
      return { data: doc ? encodeSemanticTokens(semanticTokens(doc.analysis), doc.analysis.lines) : [] };
    }),
  );
  tokens.onRange(
    s.guard('semanticTokens/range', async ({ textDocument, range }) => {
      const doc = await s.analysis(textDocument.uri);
      return { data: doc ? encodeSemanticTokens(semanticTokens(doc.analysis, toSpan(doc.analysis, range)), doc.analysis.lines) : [] };
    }),
  );
}
