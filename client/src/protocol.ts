// The custom requests of docs/CONTRACTS.md, typed for the client. The server
// declares the same method names; keep both in step with CONTRACTS.md.
import { RequestType } from 'vscode-languageclient/node';

export interface UriParams {
  readonly uri: string;
}

export interface RenderResult {
  /** Body HTML of the preview; source lines are tagged with `data-line` (0-based). */
  readonly html: string;
}

export type ExportFormat = 'html' | 'md' | 'json' | 'docx' | 'pdf';

export interface ExportParams extends UriParams {
  readonly format: ExportFormat;
  readonly includeExempt: boolean;
}

export interface ExportResult {
  readonly encoding: 'utf8' | 'base64';
  readonly content: string;
}

export interface StatsResult {
  readonly errors: number;
  readonly warnings: number;
  readonly actions: number;
  readonly openActions: number;
}

/** The error code of `minutes/export` to PDF when no Chromium was found (server/src/lsp/export.ts). */
export const CHROMIUM_NOT_FOUND = 1001;

// Render and export answer null when the server does not have the document.
export const RenderRequest = new RequestType<UriParams, RenderResult | null, void>('minutes/render');
export const ExportRequest = new RequestType<ExportParams, ExportResult | null, void>('minutes/export');
/** Null when the server does not know the document (yet). */
export const StatsRequest = new RequestType<UriParams, StatsResult | null, void>('minutes/stats');
