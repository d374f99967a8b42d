/**
 * The one entry to the exports, for the CLI and the language server:
 * `exportDocument(analysis, format, options)` renders the analysed document's
 * model as a standalone HTML page, Markdown, JSON or a Word file. Exempt
 * items are withheld unless `includeExempt` is set. Text formats come back as
 * UTF-8 text; Word comes back as base64 with the raw bytes beside it. (PDF is
 * not here: it needs a browser, see server/src/pdf.ts, which prints the HTML.)
 */
import type { Analysis } from '../analysis';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { exportModel } from './withhold';

export type ExportFormat = 'html' | 'md' | 'json' | 'docx';

export interface ExportOptions {
  /** Print exempt items in full; by default they are withheld. */
  readonly includeExempt?: boolean;
}

export interface ExportResult {
  readonly encoding: 'utf8' | 'base64';
  /** The text, or for binary formats its base64 form. */
  readonly content: string;
  /** The raw bytes, for binary formats. */
  readonly bytes?: Uint8Array;
}

/** Every export format, for argument checking. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'md', 'json', 'docx'];

/** Renders the analysed document in `format`. Rejects only on an unknown format. */
export async function exportDocument(
  analysis: Pick<Analysis, 'model' | 'config'>,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const includeExempt = !!options.includeExempt;
  switch (format) {
    case 'html':
      return utf8(renderHtml(analysis.model, { standalone: true, includeExempt, config: analysis.config }));
    case 'md':
      return utf8(renderMarkdown(exportModel(analysis.model, includeExempt), analysis.config));
    case 'json':
      return utf8(renderJson(exportModel(analysis.model, includeExempt)));
    case 'docx': {
      const bytes = await renderDocx(exportModel(analysis.model, includeExempt), analysis.config);
      return { encoding: 'base64', content: toBase64(bytes), bytes };
    }
    default:
      throw new Error(`unknown export format "${String(format)}": use one of ${EXPORT_FORMATS.join(', ')}`);
  }
}

function utf8(content: string): ExportResult {
  return { encoding: 'utf8', content };
}

/** Base64 without Node's Buffer, so the core stays free of Node APIs. */
export function toBase64(bytes: Uint8Array): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += chars[(n >> 18) & 63] + chars[(n >> 12) & 63];
    out += i + 1 < bytes.length ? chars[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? chars[n & 63] : '=';
  }
  return out;
}

export { renderHtml } from './html';
export { renderPreview } from './preview';
export type { PreviewOptions } from './preview';
export type { HtmlOptions, PreviewDiagnostic } from './html';
export { renderMarkdown } from './markdown';
export { renderJson } from './json';
export { renderDocx } from './docx';
export { withholdExempt, isWithheld } from './withhold';
export type { ExportItem, ExportModel, WithheldItemModel } from './withhold';
