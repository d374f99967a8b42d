/** textDocument/hover: the core's hoverAt on the cached analysis, as Markdown. */
import { MarkupKind } from 'vscode-languageserver';
import { hoverAt } from '../core/features/index';
import type { ServerContext } from './context';
import { toOffset, toRange } from './converters';

export function registerHover(s: ServerContext): void {
  s.connection.onHover(
    s.guard('hover', async ({ textDocument, position }) => {
      const doc = await s.analysis(textDocument.uri);
      const h = doc && hoverAt(doc.analysis, toOffset(doc.analysis, position));
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: toRange(doc.analysis, h.span) } : null;
    }),
  );
}
