/**
 * `minutes/render` (docs/CONTRACTS.md): the preview's body HTML from the
 * core HTML renderer, source lines tagged with `data-line` and the current
 * diagnostics marked where they are; null for a document the server does not
 * know. Exempt items follow `minutes.export.includeExempt`, so the preview
 * shows what an export prints.
 */
import { renderPreview } from '../core/index';
import { RenderRequest, UNKNOWN_DOCUMENT } from '../protocol/custom-requests';
import type { ServerContext } from './context';

export function registerRender(s: ServerContext): void {
  s.connection.onRequest(
    RenderRequest,
    s.guard(RenderRequest.method, async ({ uri }) => {
      const doc = await s.documents.analysisOrFile(uri);
      return doc ? { html: renderPreview(doc.analysis, { includeExempt: doc.settings.includeExempt }) } : UNKNOWN_DOCUMENT;
    }),
  );
}
