/** textDocument/documentLink: web and email addresses, from the core's document links. */
import { documentLinks } from '../core/features/index';
import type { ServerContext } from './context';
import { toRange } from './converters';

export function registerDocumentLinks(s: ServerContext): void {
  s.connection.onDocumentLinks(
    s.guard('documentLink', async ({ textDocument }) => {
      const doc = await s.analysis(textDocument.uri);
      return doc ? documentLinks(doc.analysis).map((l) => ({ range: toRange(doc.analysis, l), target: l.target })) : null;
    }),
  );
}
