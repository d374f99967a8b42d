// The preview (rendered by the server, shown in a webview) and the exports
// (written through the save path of each command), end to end.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MinutesApi } from '../../../client/src/extension';
import { activate, open, seedUri, within } from './helpers';

const SEED = '000-bradford-executive.minutes';

describe('preview', () => {
  let api: MinutesApi;
  before(async () => {
    api = await activate();
  });

  it('opens beside the editor and shows the rendered minutes', async () => {
    const editor = await open(seedUri(SEED));
    await vscode.commands.executeCommand('minutes.openPreviewToSide');
    const shown = await within(api.preview.rendered(editor.document.uri), 30_000, 'the preview to render');
    assert.ok(shown, 'a preview exists for the document');
    // The tab model reaches the extension host after the panel has rendered.
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    assert.ok(
      tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('minutes.preview')),
      `tabs: ${tabs.map((t) => t.label).join(', ')}`,
    );
    assert.match(shown.text, /Ofsted Monitoring Visit/);
    assert.match(shown.text, /Irfan Alam/, 'handles are shown as display names');
    assert.doesNotMatch(shown.text, /The source gives no meeting date/, 'clerk comments are left out');
    assert.match(shown.html, /data-line="\d+"/, 'source lines are tagged for scroll sync');
    assert.doesNotMatch(shown.html, /<script/i, 'the rendered body carries no script');
  });

  it('updates while typing', async () => {
    const editor = await open(seedUri(SEED));
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('# 1. '));
    await editor.edit((e) => e.insert(new vscode.Position(line, editor.document.lineAt(line).text.length), ' (amended)'));
    const shown = await within(api.preview.rendered(editor.document.uri), 30_000, 'the preview to update');
    assert.match(shown!.text, /\(amended\)/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

describe('exports', () => {
  const outDir = process.env.MINUTES_E2E_OUT ?? path.join(__dirname, '..', '..', '..', '.test-work', 'exports');
  before(async () => {
    await activate();
    fs.mkdirSync(outDir, { recursive: true });
  });

  const cases: Array<[string, string, (bytes: Buffer) => void]> = [
    ['minutes.exportHtml', 'html', (b) => assert.match(b.toString('utf8'), /<[a-z][\s\S]*Ofsted Monitoring Visit/i)],
    ['minutes.exportMarkdown', 'md', (b) => assert.match(b.toString('utf8'), /Ofsted Monitoring Visit/)],
    ['minutes.exportJson', 'json', (b) => {
      const json = JSON.parse(b.toString('utf8'));
      assert.equal(json.schema, 'minutes/2');
      assert.match(json.items[0].title, /Ofsted Monitoring Visit/);
    }],
    ['minutes.exportDocx', 'docx', (b) => assert.equal(b.subarray(0, 2).toString('latin1'), 'PK', 'a docx is a zip file')],
    ['minutes.exportPdf', 'pdf', (b) => assert.equal(b.subarray(0, 5).toString('latin1'), '%PDF-')],
  ];
  for (const [command, extension, check] of cases) {
    it(`${command} writes a .${extension} file`, async () => {
      const target = vscode.Uri.file(path.join(outDir, `${path.basename(SEED, '.minutes')}.${extension}`));
      fs.rmSync(target.fsPath, { force: true });
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, seedUri(SEED), { target });
      assert.equal(written?.fsPath, target.fsPath, 'the command returns the file it wrote');
      check(fs.readFileSync(target.fsPath));
      assert.deepEqual(fs.readdirSync(outDir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
    });
  }

  it('writes nothing when PDF export cannot find Chromium', async () => {
    const settings = vscode.workspace.getConfiguration('minutes');
    const target = vscode.Uri.file(path.join(outDir, 'no-chromium.pdf'));
    await settings.update('pdf.chromiumPath', '/nonexistent/chromium', vscode.ConfigurationTarget.Workspace);
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.exportPdf', seedUri(SEED), { target });
      assert.equal(written, undefined);
      assert.equal(fs.existsSync(target.fsPath), false);
    } finally {
      await settings.update('pdf.chromiumPath', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('never writes over the source document', async () => {
    const source = seedUri(SEED);
    const before = fs.readFileSync(source.fsPath, 'utf8');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.exportHtml', source, { target: source });
    assert.equal(written, undefined);
    assert.equal(fs.readFileSync(source.fsPath, 'utf8'), before);
  });
});
