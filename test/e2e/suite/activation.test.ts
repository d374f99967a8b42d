// The extension activates on a .minutes file, starts the server, registers its
// commands and opens new minutes files. (The grammar is checked in the
// workbench by ui.js, and in plain Node by test/unit/textmate-grammar.test.ts.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activate, open, seedUri } from './helpers';

const SEED = '000-bradford-executive.minutes';

describe('activation', () => {
  it('activates on opening a .minutes file and starts the language server', async () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, false, 'not active before a .minutes file opens');
    const editor = await open(seedUri(SEED));
    assert.equal(editor.document.languageId, 'minutes');
    await activate();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  it('registers every contributed command', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const command of [
      'minutes.openPreview', 'minutes.openPreviewToSide', 'minutes.exportHtml', 'minutes.exportPdf',
      'minutes.exportDocx', 'minutes.exportJson', 'minutes.exportMarkdown', 'minutes.newMinutes',
    ]) {
      assert.ok(all.has(command), command);
    }
  });

  it('opens a new minutes file from the meeting skeleton', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('minutes.newMinutes');
    assert.ok(document, 'the command returns the new document');
    assert.equal(document.languageId, 'minutes');
    assert.equal(document.isUntitled, true);
    assert.match(document.getText(), /^---\n/);
    assert.match(document.getText(), /\nPEOPLE:\n/);
    assert.match(document.getText(), /\n# 1\. /);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
