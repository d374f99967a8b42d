// Starts the Minutes language server on the desktop (out/server.js, a Node
// process over IPC); server-handle.ts gives the other client modules one
// way to send it requests once it is running.
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from './server-flags';
import { clientOptions, startClient, type MinutesServer } from './server-handle';

export function startServer(context: vscode.ExtensionContext): MinutesServer {
  const module = context.asAbsolutePath('out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  // The id "minutes" makes the client read `minutes.trace.server` itself.
  return startClient(new LanguageClient('minutes', 'Minutes Language Server', serverOptions, clientOptions()));
}
