/**
 * The custom requests between the VS Code client and the language server
 * (docs/CONTRACTS.md), declared once: their method names, parameters and
 * results. The client (client/src: preview, export, status) and the server
 * (server/src/lsp: render, export, stats) both import this module, so the
 * two sides cannot disagree on a name or a shape without the type check
 * failing. It holds types and RequestType declarations only (vscode-jsonrpc,
 * which both bundles carry), nothing of the core, of VS Code or of Node.
 *
 * A document the server does not know, neither open in the editor nor a
 * file it can read, is answered with `null` (UNKNOWN_DOCUMENT) by every
 * request here, as LSP's own requests answer null for a document they have
 * no result for; it is not an error of the request. A malformed request (an
 * unknown export format) is still an InvalidParams error.
 */
import { RequestType } from 'vscode-jsonrpc';

/** The parameters of a request about one document. */
export interface DocumentParams {
  /** The document's URI as the client knows it (`file:`, `untitled:`, ...). */
  readonly uri: string;
}

/** What every custom request answers for a document the server neither has open nor can read. */
export const UNKNOWN_DOCUMENT = null;

/** A request's result, or UNKNOWN_DOCUMENT. */
export type Answer<R> = R | typeof UNKNOWN_DOCUMENT;

/** The result of `minutes/render`. */
export interface RenderResult {
  /** The preview's body HTML; source lines are tagged with `data-line` (0-based) and problems marked where they are. */
  readonly html: string;
}

/** The formats of `minutes/export`. */
export type ExportFormat = 'html' | 'md' | 'json' | 'docx' | 'pdf';

/** Every format of `minutes/export`, in the order the CLI and the docs list them. */
export const EXPORT_REQUEST_FORMATS: readonly ExportFormat[] = ['html', 'md', 'json', 'docx', 'pdf'];

/** The parameters of `minutes/export`. */
export interface ExportParams extends DocumentParams {
  readonly format: ExportFormat;
  /** Print exempt items in full; when false they are withheld. */
  readonly includeExempt: boolean;
}

/** The result of `minutes/export`. */
export interface ExportResult {
  /** `utf8` for html, md and json; `base64` for docx and pdf. */
  readonly encoding: 'utf8' | 'base64';
  readonly content: string;
}

/** The result of `minutes/stats`, for the status item. */
export interface StatsResult {
  readonly errors: number;
  readonly warnings: number;
  readonly actions: number;
  /** Actions still open or in progress. */
  readonly openActions: number;
}

/**
 * The error code of `minutes/export` to PDF when no Chromium was found; its
 * message says how to name one, so a client can offer the setting.
 */
export const CHROMIUM_NOT_FOUND = 1001;

/** The kinds of input `minutes/import` reads (told from the content when not given). */
export type ImportSourceFormat = 'text' | 'html' | 'docx';

/** The parameters of `minutes/import`: a file the user picked, as its bytes. */
export interface ImportParams {
  /** The file's name, for messages. */
  readonly name: string;
  /** The file's bytes, base64. */
  readonly content: string;
  readonly from?: ImportSourceFormat;
}

/** The result of `minutes/import`. */
export interface ImportAnswer {
  /** The `.minutes` text. */
  readonly text: string;
  /** One line: what was recognised, guessed and dropped. */
  readonly summary: string;
  /** The import report (`"schema": "minutes-import/1"`), as `minutes import --report` writes it. */
  readonly report: unknown;
}

/** The error code of `minutes/import` for input that is not minutes (empty, binary, a PDF, a damaged .docx); the message says why. */
export const IMPORT_FAILED = 1002;

/** The preview's body HTML of a document. */
export const RenderRequest = new RequestType<DocumentParams, Answer<RenderResult>, void>('minutes/render');
/** The document in a format, for the export commands. */
export const ExportRequest = new RequestType<ExportParams, Answer<ExportResult>, void>('minutes/export');
/** A document's errors, warnings and actions. */
export const StatsRequest = new RequestType<DocumentParams, Answer<StatsResult>, void>('minutes/stats');

/** Minutes written before the language, turned into a `.minutes` text (`minutes import`). */
export const ImportRequest = new RequestType<ImportParams, ImportAnswer, void>('minutes/import');

/** Every custom request, for tests and documentation checks. */
export const CUSTOM_REQUESTS: readonly { readonly method: string }[] = [RenderRequest, ExportRequest, StatsRequest, ImportRequest];

/**
 * The workspace's files as the language server sees them when it runs in a
 * Web Worker (vscode.dev, github.dev), where it has no file system of its
 * own: the web client answers these three requests from
 * `vscode.workspace.fs`, as VS Code's own Markdown server reads files
 * (server/src/lsp/file-source.ts). URIs are the client's (`file:`,
 * `vscode-vfs:`, `vscode-test-web:` ...); a file that cannot be read, or is
 * not there, is answered with null.
 */
export interface FileStatResult {
  readonly type: 'file' | 'directory' | 'other';
  /** Modification time, milliseconds since the epoch. */
  readonly mtime: number;
}

/** The parameters of `minutes/files/find`. */
export interface FindFilesParams {
  /** The folders to search (their URIs). */
  readonly folders: readonly string[];
  /** At most this many files. */
  readonly max: number;
}

/** A file's text (UTF-8), or null. */
export const ReadFileRequest = new RequestType<DocumentParams, string | null, void>('minutes/files/read');
/** Whether a URI is a file or a folder, and when it changed, or null when it is not there. */
export const StatFileRequest = new RequestType<DocumentParams, FileStatResult | null, void>('minutes/files/stat');
/** The URIs of every `.minutes` file under the folders, skipping node_modules and dot-folders, sorted. */
export const FindFilesRequest = new RequestType<FindFilesParams, string[], void>('minutes/files/find');

/** The requests the server sends to the client (the others go the other way). */
export const FILE_REQUESTS: readonly { readonly method: string }[] = [ReadFileRequest, StatFileRequest, FindFilesRequest];
