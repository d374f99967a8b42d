// What the desktop and the web client share about the language server: the
// client options, and the handle the preview, exports and status item use
// to send it requests once it is running. client.ts starts the server as a
// Node process, web-client.ts as a Web Worker.
import * as vscode from 'vscode';
import type { BaseLanguageClient, CancellationToken, LanguageClientOptions, RequestType } from 'vscode-languageclient';

/** The running server as the preview, exports and status item see it. */
export interface MinutesServer {
  readonly client: BaseLanguageClient;
  /** Settles when the client has started (rejects when the server could not start). */
  readonly ready: Promise<void>;
  request<P, R>(type: RequestType<P, R, void>, params: P, token?: CancellationToken): Promise<R>;
}

/** The options of both clients. */
export function clientOptions(): LanguageClientOptions {
  return {
    documentSelector: [{ language: 'minutes' }],
    synchronize: {
      configurationSection: 'minutes',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.minutesrc.json'),
    },
    outputChannelName: 'Minutes Language Server',
  };
}

/** Starts a created client and wraps it. */
export function startClient(client: BaseLanguageClient): MinutesServer {
  const ready = client.start();
  // The client reports a failed start itself (with a link to its output); the status item shows it too.
  ready.catch(() => undefined);
  return {
    client,
    ready,
    async request(type, params, token) {
      await ready;
      return client.sendRequest(type, params, token);
    },
  };
}

/** Stops the server; for `deactivate`, so VS Code waits for a clean shutdown. */
export function stopServer(server: MinutesServer | undefined): Promise<void> | undefined {
  return server?.client.needsStop() ? server.client.stop() : undefined;
}
