/** textDocument/completion: the core's completionsAt on the cached analysis. */
import { completionsAt } from '../core/features/index';
import type { ServerContext } from './context';
import { toCompletionItem, toOffset } from './converters';

/** Characters after which the editor asks for completions without a word typed. */
export const COMPLETION_TRIGGERS = ['@', ' ', '|', '#'];

export function registerCompletion(s: ServerContext): void {
  s.connection.onCompletion(
    s.guard('completion', async ({ textDocument, position }) => {
      const doc = await s.analysis(textDocument.uri);
      if (!doc) return null;
      const items = completionsAt(doc.analysis, toOffset(doc.analysis, position)).map((c) => toCompletionItem(doc.analysis, c));
      return { isIncomplete: false, items };
    }),
  );
}
