// Entry point of the web extension (package.json `browser`, out/web/extension.js),
// for vscode.dev and github.dev: the same language features, preview, status
// item and exports as the desktop extension (extension.ts), over the same
// server, run in a Web Worker. PDF says it needs the desktop (web-export-host.ts),
// and importing, whose Word and HTML readers the web server leaves out, says the same.
import * as vscode from 'vscode';
import { registerExports } from './export';
import { registerNewMinutes } from './new-minutes';
import { registerPreview } from './preview';
import { stopServer, type MinutesServer } from './server-handle';
import { registerStatus } from './status';
import { startWebServer } from './web-client';
import { webExportHost } from './web-export-host';
import type { MinutesApi } from './extension';

/** What the import command shows in the browser. */
export const IMPORT_NEEDS_DESKTOP = 'Importing minutes needs VS Code on the desktop or the minutes CLI (`minutes import FILE`).';

let server: MinutesServer | undefined;

export function activate(context: vscode.ExtensionContext): MinutesApi {
  server = startWebServer(context);
  const preview = registerPreview(context, server);
  registerExports(context, server, webExportHost);
  registerStatus(context, server);
  registerNewMinutes(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('minutes.importMinutes', () => {
      void vscode.window.showInformationMessage(IMPORT_NEEDS_DESKTOP);
      return IMPORT_NEEDS_DESKTOP;
    }),
  );
  return { ready: server.ready, preview };
}

export function deactivate(): Promise<void> | undefined {
  return stopServer(server);
}
