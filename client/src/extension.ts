// Entry point of the VS Code extension: starts the language server and wires
// the preview, the exports, the status item, the new-file and import commands to it.
// All language knowledge lives in the server.
import * as vscode from 'vscode';
import { startServer } from './client';
import { registerExports } from './export';
import { desktopExportHost } from './desktop-export-host';
import { registerImport } from './import';
import { registerNewMinutes } from './new-minutes';
import { PreviewApi, registerPreview } from './preview';
import { registerStatus } from './status';
import { stopServer, type MinutesServer } from './server-handle';

/** What `activate` returns: lets tests wait for the server instead of sleeping. */
export interface MinutesApi {
  readonly ready: Promise<void>;
  readonly preview: PreviewApi;
}

let server: MinutesServer | undefined;

export function activate(context: vscode.ExtensionContext): MinutesApi {
  server = startServer(context);
  const preview = registerPreview(context, server);
  registerExports(context, server, desktopExportHost);
  registerStatus(context, server);
  registerNewMinutes(context);
  registerImport(context, server);
  return { ready: server.ready, preview };
}

export function deactivate(): Promise<void> | undefined {
  return stopServer(server);
}
