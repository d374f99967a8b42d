/**
 * What every handler receives: the connection, the open documents with their
 * analyses, the settings, the workspace index, what the client can do, and
 * `guard`, which every request handler is wrapped in. A guarded handler that
 * throws answers with an error response and a log line; a request cancelled
 * before it runs answers "cancelled" without doing the work. The server
 * never exits because of one bad request or document.
 */
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
} from 'vscode-languageserver';
import type { AnalysedDocument, DocumentStore } from './documents';
import type { FileSource } from './file-source';
import type { SettingsStore } from './settings';
import type { WorkspaceIndex } from './workspace-index';

/** What the client said it can do, read once at initialize. */
export interface ClientSupport {
  /** The client pulls diagnostics (textDocument/diagnostic), so the server does not push them. */
  pullDiagnostics: boolean;
  /** The client can be asked to pull again (workspace/diagnostic/refresh). */
  diagnosticRefresh: boolean;
  /** The client accepts registrations of file watchers at run time. */
  watchFiles: boolean;
  /** The client answers workspace/configuration. */
  configuration: boolean;
  /** The client takes LocationLinks for definitions. */
  definitionLinks: boolean;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: DocumentStore;
  readonly settings: SettingsStore;
  readonly workspace: WorkspaceIndex;
  /**
   * The workspace's files (file-source.ts): a handler that reads a file the
   * editor has not opened (another meeting of a series) reads it here, so
   * that it works in the browser too.
   */
  readonly files: FileSource;
  readonly client: ClientSupport;
  /** The analysis of an open document's current version, or undefined when it is not open. */
  analysis(uri: string): Promise<AnalysedDocument | undefined>;
  /** Wraps a request handler: cancellation, error responses and logging. */
  guard<P, R>(name: string, handler: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R | ResponseError<never>>;
}

/** Builds the guard for a connection. */
export function makeGuard(connection: Connection): ServerContext['guard'] {
  return (name, handler) => async (params, token) => {
    if (token?.isCancellationRequested) return cancelled();
    try {
      const result = await handler(params, token);
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (err) {
      if (err instanceof ResponseError) return err as ResponseError<never>;
      const message = err instanceof Error ? err.message : String(err);
      connection.console.error(`${name} failed: ${err instanceof Error && err.stack ? err.stack : message}`);
      return new ResponseError<never>(ErrorCodes.InternalError, `${name} failed: ${message}`);
    }
  };
}

function cancelled(): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}
