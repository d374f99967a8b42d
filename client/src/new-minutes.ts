// "Minutes: New Minutes File": an untitled .minutes document filled with the
// meeting skeleton snippet, its placeholders ready to tab through.
import * as vscode from 'vscode';

const SKELETON_SNIPPET = 'Meeting skeleton';

export function registerNewMinutes(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('minutes.newMinutes', async (): Promise<vscode.TextDocument> => {
      const document = await vscode.workspace.openTextDocument({ language: 'minutes', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await editor.insertSnippet(new vscode.SnippetString(await skeleton(context)));
      return document;
    }),
  );
}

/** The skeleton is the snippet of that name, so the two never drift apart. */
async function skeleton(context: vscode.ExtensionContext): Promise<string> {
  const file = vscode.Uri.joinPath(context.extensionUri, 'syntaxes', 'minutes.snippets.json');
  const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, { body: string[] }>;
  return snippets[SKELETON_SNIPPET].body.join('\n');
}
