// "Minutes: Import Minutes…" end to end: a web page and a Word document in the
// workspace are imported through the command (given the file, as the Explorer
// menu gives it), and each result opens beside as a new untitled .minutes
// document named after the source, with a name no file there has.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, workspaceRoot } from './helpers';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'import');

async function copyIn(fixture: string, name: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'import', name);
  await vscode.workspace.fs.writeFile(uri, fs.readFileSync(path.join(FIXTURES, fixture)));
  return uri;
}

describe('import', () => {
  before(activate);

  it('imports a ModernGov page into a new untitled document beside the editor', async () => {
    const source = await copyIn('html/mgai-planning-item.html', 'station-road.html');
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('minutes.importMinutes', source);
    assert.ok(document, 'a document was opened');
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(path.posix.basename(document.uri.path), 'station-road.minutes');
    assert.equal(document.languageId, 'minutes');
    assert.match(document.getText(), /^# 6\. 21\/00482\/FUL Land North of Station Road, Ashby$/m);
    assert.match(document.getText(), /^RESOLVED:\n\(1\) That planning permission be granted/m);
    assert.equal(vscode.window.activeTextEditor?.document, document);
  });

  it('never suggests the name of a file that exists', async () => {
    const source = await copyIn('docx/cabinet-lettered.docx', 'cabinet.docx');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(source, '..', 'cabinet.minutes'), Buffer.from('kept'));
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('minutes.importMinutes', source);
    assert.ok(document);
    assert.equal(path.posix.basename(document.uri.path), 'cabinet (imported).minutes');
    assert.match(document.getText(), /^\(a\) the draft Local Transport Plan be approved/m);
    assert.equal(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(source, '..', 'cabinet.minutes'))).toString('utf8'), 'kept');
  });

  it('says why a file that is not minutes cannot be imported, and opens nothing', async () => {
    const source = vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'import', 'empty.txt');
    await vscode.workspace.fs.writeFile(source, new Uint8Array());
    const before = vscode.workspace.textDocuments.length;
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('minutes.importMinutes', source);
    assert.equal(document, undefined);
    assert.equal(vscode.workspace.textDocuments.length, before);
  });
});
