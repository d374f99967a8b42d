// "Minutes: Import Minutes…": pick a web page, Word document or text copy
// of minutes written before the language; the server's importer
// (`minutes/import`) turns it into a .minutes text, which opens beside the
// editor as a new untitled document named after the source. Nothing is
// written: the clerk checks the result and saves it, and its name is one
// that does not exist yet, so saving never overwrites a file.
import * as vscode from 'vscode';
import { ResponseError } from 'vscode-languageclient';
import { IMPORT_FAILED, ImportRequest } from '../../server/src/protocol/custom-requests';
import type { MinutesServer } from './server-handle';
import { importTargetName, MAX_IMPORT_BYTES } from './import-target';

export function registerImport(context: vscode.ExtensionContext, server: MinutesServer): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('minutes.importMinutes', (source?: vscode.Uri) => importMinutes(server, source)),
  );
}

/** Returns the new document, or undefined when nothing was imported. */
async function importMinutes(server: MinutesServer, given: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  const source = given ?? (await pick());
  if (!source) return undefined;
  const name = baseName(source);
  try {
    const size = (await vscode.workspace.fs.stat(source)).size;
    if (size > MAX_IMPORT_BYTES) {
      void vscode.window.showErrorMessage(`Not imported: ${name} is ${(size / 1048576).toFixed(0)} MB; minutes are at most ${MAX_IMPORT_BYTES / 1048576} MB.`);
      return undefined;
    }
    const bytes = await vscode.workspace.fs.readFile(source);
    const answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Importing ${name}…`, cancellable: true },
      (_progress, token) => server.request(ImportRequest, { name, content: Buffer.from(bytes).toString('base64') }, token),
    );
    const target = await newTarget(source);
    const document = await vscode.workspace.openTextDocument(target);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), answer.text));
    if (document.languageId !== 'minutes') await vscode.languages.setTextDocumentLanguage(document, 'minutes');
    void vscode.window.showInformationMessage(`Imported ${name}: ${answer.summary.replace(/^imported [\w-]+(?: \([^)]*\))?: /, '')}. Check the // import: notes, then save.`);
    return document;
  } catch (err) {
    if (err instanceof vscode.CancellationError) return undefined;
    const message = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(err instanceof ResponseError && err.code === IMPORT_FAILED ? message : `Import failed: ${message}`);
    return undefined;
  }
}

async function pick(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Import',
    title: 'Import minutes written before the language',
    filters: { 'Minutes (web pages, Word, text)': ['htm', 'html', 'docx', 'txt', 'text'], 'All files': ['*'] },
  });
  return picked?.[0];
}

/** An untitled document beside the source, with a name no file there has. */
async function newTarget(source: vscode.Uri): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(source, '..');
  const taken = new Set<string>();
  for (const [entry] of await Promise.resolve(vscode.workspace.fs.readDirectory(folder)).catch(() => [] as [string, vscode.FileType][])) taken.add(entry);
  const name = importTargetName(baseName(source), (n) => taken.has(n));
  return vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' });
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
