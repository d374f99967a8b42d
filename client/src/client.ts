// Starts the Minutes language server (out/server.js, IPC transport) and gives
// the other client modules one way to send it requests once it is running.
import * as vscode from 'vscode';
import {
  CancellationToken,
  LanguageClient,
  LanguageClientOptions,
  RequestType,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from './server-flags';

/** The running server as the preview, exports and status item see it. */
export interface MinutesServer {
  readonly client: LanguageClient;
  /** Settles when the client has started (rejects when the server could not start). */
  readonly ready: Promise<void>;
  request<P, R>(type: RequestType<P, R, void>, params: P, token?: CancellationToken): Promise<R>;
}

export function startServer(context: vscode.ExtensionContext): MinutesServer {
  const module = context.asAbsolutePath('out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'minutes' }],
    synchronize: {
      configurationSection: 'minutes',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.minutesrc.json'),
    },
    outputChannelName: 'Minutes Language Server',
  };
  // The id "minutes" makes the client read `minutes.trace.server` itself.
  const client = new LanguageClient('minutes', 'Minutes Language Server', serverOptions, clientOptions);
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
