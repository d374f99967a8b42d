// Starts the Minutes language server in the browser (vscode.dev,
// github.dev): out/web/server.js in a Web Worker, with the client answering
// its file requests (web-files.ts). server-handle.ts gives the other client
// modules the same handle as on the desktop.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startClient, type MinutesServer } from './server-handle';
import { registerFileRequests } from './web-files';

/** The web extension host's Worker (the DOM types are not in this project's lib). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

export function startWebServer(context: vscode.ExtensionContext): MinutesServer {
  const main = vscode.Uri.joinPath(context.extensionUri, 'out/web/server.js');
  const worker = new Worker(main.toString(true), { name: 'Minutes Language Server' });
  // The id "minutes" makes the client read `minutes.trace.server` itself.
  const client = new LanguageClient('minutes', 'Minutes Language Server', clientOptions(), worker);
  registerFileRequests(client);
  return startClient(client);
}
