/**
 * `minutes/render` (docs/CONTRACTS.md): the preview's body HTML from the
 * core HTML renderer, source lines tagged with `data-line` and the current
 * diagnostics marked where they are. Exempt items follow
 * `minutes.export.includeExempt`, so the preview shows what an export prints.
 */
import { RequestType } from 'vscode-languageserver/node';
import { renderPreview } from '../core/index';
import { notFound, type ServerContext } from './context';

export const RenderRequest = new RequestType<{ uri: string }, { html: string }, void>('minutes/render');

export function registerRender(s: ServerContext): void {
  s.connection.onRequest(
    RenderRequest,
    s.guard('minutes/render', async ({ uri }) => {
      const doc = await s.documents.analysisOrFile(uri);
      if (!doc) throw notFound(uri);
      return { html: renderPreview(doc.analysis, { includeExempt: doc.settings.includeExempt }) };
    }),
  );
}
