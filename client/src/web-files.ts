// The web client's answers to the server's file requests (docs/CONTRACTS.md,
// `minutes/files/*`): a language server in a Web Worker has no file system,
// so it reads the workspace through the editor's, `vscode.workspace.fs`,
// which serves vscode.dev's local folders and github.dev's repositories
// alike. Whatever cannot be read is answered with null, as a missing file.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindFilesRequest, ReadFileRequest, StatFileRequest, type FileStatResult } from '../../server/src/protocol/custom-requests';

/** Folders the server never searches (server/src/lsp/file-source.ts SKIP_DIRS, and dot-folders). */
const EXCLUDE = '**/{node_modules,.*}/**';

export function registerFileRequests(client: BaseLanguageClient): void {
  client.onRequest(ReadFileRequest, async ({ uri }) => {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
    } catch {
      return null;
    }
  });
  client.onRequest(StatFileRequest, async ({ uri }): Promise<FileStatResult | null> => {
    try {
      const s = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
      const type = s.type & vscode.FileType.Directory ? 'directory' : s.type & vscode.FileType.File ? 'file' : 'other';
      return { type, mtime: s.mtime };
    } catch {
      return null;
    }
  });
  client.onRequest(FindFilesRequest, async ({ folders, max }) => {
    const found: string[] = [];
    for (const folder of folders) {
      if (found.length >= max) break;
      const pattern = new vscode.RelativePattern(vscode.Uri.parse(folder), '**/*.minutes');
      const uris = await Promise.resolve(vscode.workspace.findFiles(pattern, EXCLUDE, max - found.length)).catch(() => [] as vscode.Uri[]);
      found.push(...uris.map((u) => u.toString()).sort());
    }
    return found;
  });
}
