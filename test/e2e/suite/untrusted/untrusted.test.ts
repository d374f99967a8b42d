// The extension in a workspace nobody has trusted (workspace trust on, the
// folder opened in restricted mode; run-integration.js sets it up). The
// manifest declares limited support: the language features and the preview
// work, every export refuses at once without asking for a path or writing, and
// the Chromium path named by the workspace's settings is not read.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, analysed, errors, flattenSymbols, open, seedUri, within, workspaceRoot } from '../helpers';

const SEED = '000-bradford-executive.minutes';
const EXPORTS = ['minutes.exportHtml', 'minutes.exportPdf', 'minutes.exportDocx', 'minutes.exportJson', 'minutes.exportMarkdown'];

describe('untrusted workspace', () => {
  before(async function () {
    assert.equal(vscode.workspace.isTrusted, false, 'the suite runs in a workspace that is not trusted');
    await open(seedUri(SEED));
  });

  it('activates and serves diagnostics and the outline', async () => {
    const api = await activate();
    assert.ok(api);
    const uri = seedUri(SEED);
    const diagnostics = await analysed(uri);
    assert.deepEqual(errors(diagnostics), []);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(flattenSymbols(symbols).some((s) => s.name.includes('Ofsted Monitoring Visit')));
    const broken = vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'broken.minutes');
    const text = fs.readFileSync(uri.fsPath, 'utf8').replace(/^date: .*$/m, 'date: 2021-02-30');
    await vscode.workspace.fs.writeFile(broken, Buffer.from(text, 'utf8'));
    await open(broken);
    assert.ok(errors(await analysed(broken)).some((d) => /2021-02-30|date/.test(d.message)), 'a wrong date is reported');
  });

  it('opens the preview', async () => {
    const api = await activate();
    const editor = await open(seedUri(SEED));
    await vscode.commands.executeCommand('minutes.openPreviewToSide');
    const shown = await within(api.preview.rendered(editor.document.uri), 30_000, 'the preview to render');
    assert.match(shown?.text ?? '', /Ofsted Monitoring Visit/);
  });

  for (const command of EXPORTS) {
    it(`${command} refuses at once and writes nothing`, async () => {
      await activate();
      const outDir = process.env.MINUTES_E2E_OUT!;
      fs.mkdirSync(outDir, { recursive: true });
      const target = vscode.Uri.file(path.join(outDir, `untrusted.${command.slice('minutes.export'.length).toLowerCase()}`));
      // With a target, and without one: a save dialog would never be answered here, so an
      // answer within the time limit also shows that none was opened.
      assert.equal(await within(vscode.commands.executeCommand(command, seedUri(SEED), { target }), 5_000, `${command} to refuse`), undefined);
      assert.equal(await within(vscode.commands.executeCommand(command, seedUri(SEED)), 5_000, `${command} to refuse without asking`), undefined);
      assert.equal(fs.existsSync(target.fsPath), false, 'no file written');
      assert.deepEqual(fs.readdirSync(path.dirname(seedUri(SEED).fsPath)).filter((f) => !/\.minutes$|^\.vscode$|^scratch$/.test(f)), [], 'nothing written next to the source');
    });
  }

  it('does not read the Chromium path from the workspace settings', () => {
    const named = process.env.MINUTES_E2E_WORKSPACE_CHROMIUM;
    assert.ok(named, 'run-integration.js names a Chromium in the workspace settings');
    const settings = fs.readFileSync(path.join(workspaceRoot().fsPath, '.vscode', 'settings.json'), 'utf8');
    assert.ok(settings.includes(named), 'the workspace settings do name it');
    assert.equal(vscode.workspace.getConfiguration('minutes').get('pdf.chromiumPath'), '');
    assert.equal(vscode.workspace.getConfiguration('minutes', seedUri(SEED)).get('pdf.chromiumPath'), '');
  });
});
