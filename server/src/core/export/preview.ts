/**
 * The preview's body: the HTML renderer's fragment (not a standalone page)
 * for an analysed document, with each source block tagged with `data-line`
 * (the attendance and declarations too, from preamble-lines.ts) and the
 * document's diagnostics marked on the block that holds their line. Exempt
 * items follow `includeExempt`, as in an export, so the preview shows what
 * an export would print. The language server's `minutes/render` is this.
 */
import type { Analysis } from '../analysis';
import { renderHtml } from './html';
import { preambleLines } from './preamble-lines';

export interface PreviewOptions {
  /** Show exempt items in full; by default they are withheld, as in an export. */
  readonly includeExempt?: boolean;
}

/** Renders the preview's body fragment of an analysed document. */
export function renderPreview(analysis: Pick<Analysis, 'model' | 'config' | 'ast' | 'lines' | 'diagnostics'>, options: PreviewOptions = {}): string {
  const { model, config, ast, lines } = analysis;
  const diagnostics = analysis.diagnostics.map((d) => ({ line: lines.positionAt(d.start).line, severity: d.severity, message: d.message }));
  return renderHtml(model, { config, includeExempt: !!options.includeExempt, diagnostics, preambleLines: preambleLines(ast, lines) });
}
