// Export commands: ask the server for the document in a format
// (`minutes/export`), then write it where the user chose, atomically, never
// over the source. Disabled in untrusted workspaces. The desktop and the
// web extension share this module; what differs (real paths, PDF) comes in
// an ExportHost (export-host.ts).
import * as vscode from 'vscode';
import { fromBase64, hexNonce } from './bytes';
import type { ExportHost } from './export-host';
import type { MinutesServer } from './server-handle';
import { ResponseError } from 'vscode-languageclient';
import { CHROMIUM_NOT_FOUND, ExportRequest, type ExportFormat } from '../../server/src/protocol/custom-requests';
import { known } from './unknown-document';

interface FormatSpec {
  readonly format: ExportFormat;
  readonly extension: string;
  readonly label: string;
  /** Opened in VS Code after export (text formats); the others open in their own application. */
  readonly text: boolean;
}

const COMMANDS: Readonly<Record<string, FormatSpec>> = {
  'minutes.exportHtml': { format: 'html', extension: 'html', label: 'HTML', text: true },
  'minutes.exportPdf': { format: 'pdf', extension: 'pdf', label: 'PDF', text: false },
  'minutes.exportDocx': { format: 'docx', extension: 'docx', label: 'Word', text: false },
  'minutes.exportJson': { format: 'json', extension: 'json', label: 'JSON', text: true },
  'minutes.exportMarkdown': { format: 'md', extension: 'md', label: 'Markdown', text: true },
};

/** Optional second argument of the export commands, for scripted use (tasks, keybindings, tests). */
export interface ExportOptions {
  /** Write here instead of asking with a save dialog. */
  readonly target?: vscode.Uri;
  /** Overrides `minutes.export.includeExempt`. */
  readonly includeExempt?: boolean;
}

export function registerExports(context: vscode.ExtensionContext, server: MinutesServer, host: ExportHost): void {
  for (const [command, spec] of Object.entries(COMMANDS)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(command, (resource?: vscode.Uri, options?: ExportOptions) =>
        spec.format === 'pdf' && host.pdfUnavailable ? host.pdfUnavailable(resource) : exportDocument(server, host, spec, resource, options),
      ),
    );
  }
}

/** Returns the written file, or undefined when nothing was written. */
async function exportDocument(server: MinutesServer, host: ExportHost, spec: FormatSpec, resource: vscode.Uri | undefined, options: ExportOptions | undefined): Promise<vscode.Uri | undefined> {
  if (!vscode.workspace.isTrusted) {
    // Not awaited: the command ends at once (a script or keybinding calling it is not
    // held until the notification is dismissed), and the button still works later.
    void vscode.window
      .showWarningMessage('Exports are disabled in an untrusted workspace: they write files and may start Chromium.', 'Manage Workspace Trust')
      .then((choice) => (choice ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
    return undefined;
  }
  const document = resource ? await vscode.workspace.openTextDocument(resource) : activeMinutesDocument();
  if (!document) {
    void vscode.window.showInformationMessage('Open a .minutes file to export it.');
    return undefined;
  }
  const target = options?.target ?? (await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(document.uri, spec.extension),
    filters: { [spec.label]: [spec.extension] },
    saveLabel: 'Export',
    title: `Export ${baseName(document.uri)} to ${spec.label}`,
  }));
  if (!target) return undefined;
  if (await sameFile(host, target, document.uri)) {
    void vscode.window.showErrorMessage(`Not exported: ${baseName(target)} is the source document itself.`);
    return undefined;
  }
  const includeExempt = options?.includeExempt ?? vscode.workspace.getConfiguration('minutes', document.uri).get<boolean>('export.includeExempt', false);
  try {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting ${baseName(document.uri)} to ${spec.label}…`, cancellable: true },
      async (_progress, token) => {
        const uri = document.uri.toString();
        const answer = await server.request(ExportRequest, { uri, format: spec.format, includeExempt }, token);
        if (token.isCancellationRequested) throw new vscode.CancellationError();
        const result = known(answer, uri);
        await writeAtomically(target, result.encoding === 'base64' ? fromBase64(result.content) : new TextEncoder().encode(result.content));
      },
    );
  } catch (err) {
    if (!(err instanceof vscode.CancellationError)) void reportFailure(spec, err);
    return undefined;
  }
  void vscode.window.showInformationMessage(`Exported ${baseName(document.uri)} to ${baseName(target)}.`, 'Open').then((choice) => {
    if (choice) void (spec.text ? vscode.commands.executeCommand('vscode.open', target) : vscode.env.openExternal(target));
  });
  return target;
}

/** Writes a temporary file next to the target, then renames it over the target. */
async function writeAtomically(target: vscode.Uri, data: Uint8Array): Promise<void> {
  const temp = vscode.Uri.joinPath(target, '..', `.${baseName(target)}.${hexNonce(4)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, data);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (err) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
    throw err;
  }
}

async function reportFailure(spec: FormatSpec, err: unknown): Promise<void> {
  const message = err instanceof Error ? err.message : String(err);
  if (spec.format !== 'pdf') {
    void vscode.window.showErrorMessage(`${spec.label} export failed: ${message}`);
    return;
  }
  // The server's message already says how to name a Chromium; other failures may still be the browser's.
  const notFound = err instanceof ResponseError && err.code === CHROMIUM_NOT_FOUND;
  const text = notFound ? `Not exported to PDF: ${message}` : `PDF export failed: ${message}`;
  const choice = await vscode.window.showErrorMessage(text, 'Set Chromium Path');
  if (choice) await openChromiumSetting();
}

/**
 * Opens the settings at `minutes.pdf.chromiumPath`. The setting is machine-scoped:
 * when the extension runs on a remote host (Remote SSH, WSL, code-server) it is read
 * from that host's settings, and the User tab does not even list it, so open the Remote tab.
 */
async function openChromiumSetting(): Promise<void> {
  const query = 'minutes.pdf.chromiumPath';
  if (vscode.env.remoteName) {
    try {
      await vscode.commands.executeCommand('workbench.action.openRemoteSettings', { query });
      return;
    } catch {
      // An older VS Code without the command: the settings editor below.
    }
  }
  await vscode.commands.executeCommand('workbench.action.openSettings', query);
}

function activeMinutesDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'minutes' ? document : undefined;
}

/** `<folder>/<name>.<ext>` next to a saved source; in the first workspace folder for an untitled one. */
function defaultTarget(source: vscode.Uri, extension: string): vscode.Uri | undefined {
  const stem = baseName(source).replace(/\.minutes$/i, '') || 'minutes';
  if (source.scheme !== 'untitled') return vscode.Uri.joinPath(source, '..', `${stem}.${extension}`);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `${stem}.${extension}`) : undefined;
}

async function sameFile(host: ExportHost, a: vscode.Uri, b: vscode.Uri): Promise<boolean> {
  if (a.scheme !== b.scheme || a.authority !== b.authority) return false;
  return (await host.canonicalPath(a)) === (await host.canonicalPath(b));
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? '';
}
