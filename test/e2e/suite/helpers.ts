// Helpers for the tests that run inside VS Code's extension host. They wait on
// events (activation, server answers, diagnostics changes), never on sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MinutesApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'minutes-tools.minutes-language';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the seed workspace open');
  return folder.uri;
}

export function seedUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Activates the extension (if the language did not already) and waits for the server. */
export async function activate(): Promise<MinutesApi> {
  const extension = vscode.extensions.getExtension<MinutesApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  await within(api.ready, 30_000, 'the language server to start');
  return api;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

let scratchCount = 0;
/** Writes `text` to a new file in the workspace's scratch/ folder and opens it. */
export async function scratch(text: string, name = `scratch-${++scratchCount}.minutes`): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'scratch', name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return open(uri);
}

/**
 * The diagnostics of `uri` once the server has analysed its current text. The
 * server handles messages in order and publishes diagnostics before it answers
 * a later request, so a document-symbol round trip is enough.
 */
export async function analysed(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
  return vscode.languages.getDiagnostics(uri);
}

/** Resolves with the diagnostics of `uri` as soon as `predicate` holds for them. */
export function diagnosticsWhere(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (predicate(current)) return Promise.resolve(current);
  let listener: vscode.Disposable | undefined;
  const changed = new Promise<vscode.Diagnostic[]>((resolve) => {
    listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (predicate(diagnostics)) resolve(diagnostics);
    });
  });
  return within(changed, 20_000, what).finally(() => listener?.dispose());
}

export function within<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}

export function errors(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).join('\n');
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code ?? '');
}

export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children ?? [])]);
}
