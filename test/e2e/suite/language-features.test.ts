// Language features through the real client and server: diagnostics on every
// seed, handle completion, document symbols, a quick fix and formatting.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activate, analysed, codeOf, describeDiagnostics, diagnosticsWhere, errors, flattenSymbols, open, scratch, seedUri, workspaceRoot } from './helpers';

const HEADER = ['---', 'authority: Westford Borough Council', 'committee: Planning', 'date: 2021-06-08', '---', ''];
const PEOPLE = ['PEOPLE:', '@alam       Irfan Alam — Democratic Services', '@ross-shaw  Councillor Alex Ross-Shaw', ''];

function seeds(): string[] {
  return fs.readdirSync(workspaceRoot().fsPath).filter((f) => f.endsWith('.minutes')).sort();
}

describe('language features', () => {
  before(activate);

  describe('diagnostics on open', () => {
    it('the workspace holds the seed documents', () => {
      assert.ok(seeds().length >= 5, `seeds: ${seeds().join(', ')}`);
    });
    // The workspace is open when this file loads, so there is one test per seed.
    for (const name of seeds()) {
      it(`${name} opens with diagnostics from the server and no errors`, async () => {
        const editor = await open(seedUri(name));
        const diagnostics = await analysed(editor.document.uri);
        assert.deepEqual(errors(diagnostics), [], `${name}:\n${describeDiagnostics(errors(diagnostics))}`);
        for (const d of diagnostics) {
          assert.equal(d.source, 'minutes', `${name}: ${d.message}`);
          assert.ok(codeOf(d), `${name}: "${d.message}" has a rule id as its code`);
        }
      });
    }

    it('reports a problem while typing and clears it when fixed', async () => {
      const editor = await scratch([...HEADER, ...PEOPLE, '# 1. Item', 'RESOLVED: That the report be noted.', ''].join('\n'));
      const uri = editor.document.uri;
      assert.deepEqual(errors(await analysed(uri)), []);
      const dateLine = HEADER.indexOf('date: 2021-06-08');
      await editor.edit((e) => e.replace(new vscode.Range(dateLine, 6, dateLine, 16), '2021-02-30'));
      const broken = await diagnosticsWhere(uri, (d) => errors(d).length > 0, 'an error on the impossible date');
      assert.ok(errors(broken).some((d) => d.range.start.line === dateLine), describeDiagnostics(broken));
      await editor.edit((e) => e.replace(new vscode.Range(dateLine, 6, dateLine, 16), '2021-02-28'));
      await diagnosticsWhere(uri, (d) => errors(d).length === 0, 'the error to clear');
    });
  });

  it('completes @handles from PEOPLE', async () => {
    const lines = [...HEADER, ...PEOPLE, 'PRESENT: @'];
    const editor = await scratch(lines.join('\n'));
    const position = new vscode.Position(lines.length - 1, 'PRESENT: @'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, '@');
    const names = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/^@/, ''));
    assert.ok(names.includes('alam'), `completions: ${names.join(', ')}`);
    assert.ok(names.includes('ross-shaw'), `completions: ${names.join(', ')}`);
  });

  it('lists agenda items as document symbols', async () => {
    const uri = seedUri('000-bradford-executive.minutes');
    await open(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const names = flattenSymbols(symbols).map((s) => s.name);
    assert.ok(names.some((n) => n.includes('Ofsted Monitoring Visit')), `symbols: ${names.join(' | ')}`);
    const report = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seedUri('002-medway-ofsted-report.minutes'));
    const items = flattenSymbols(report).map((s) => s.name);
    for (const title of ['Budget and policy framework', 'Risk management', 'Recommendations']) {
      assert.ok(items.some((n) => n.includes(title)), `002 symbols: ${items.join(' | ')}`);
    }
  });

  it('applies a quick fix', async () => {
    // Problems that usually come with a fix: an unknown header key, an undeclared handle, a missing committee.
    const text = ['---', 'authority: Westford Borough Council', 'date: 2021-06-08', 'comittee: Planning', '---', '', ...PEOPLE, 'PRESENT: @alam, @jabar', '', '# 1. Item', 'RESOLVED: That @jabar be thanked.', ''].join('\n');
    const editor = await scratch(text);
    const uri = editor.document.uri;
    const diagnostics = await analysed(uri);
    assert.ok(diagnostics.length > 0, 'the document has problems');
    let applied: { code: string; title: string } | undefined;
    for (const d of diagnostics) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions?.find((a) => a.edit || a.command);
      if (!fix) continue;
      if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), `applied "${fix.title}"`);
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      applied = { code: codeOf(d), title: fix.title };
      break;
    }
    assert.ok(applied, `no quick fix offered for:\n${describeDiagnostics(diagnostics)}`);
    assert.notEqual(editor.document.getText(), text, `"${applied.title}" changed the text`);
    const count = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === applied!.code).length;
    const after = await analysed(uri);
    assert.ok(count(after) < count(diagnostics), `"${applied.title}" removed a ${applied.code} problem:\n${describeDiagnostics(after)}`);
  });

  it('formats a document, and formatting again changes nothing', async () => {
    const messy = [...HEADER, 'PEOPLE:', '@alam   Irfan Alam — Democratic Services   ', '', 'PRESENT:   @alam ,@alam', '#   1.   Item  ', 'RESOLVED:   That the report be noted.   ', '', '', '', 'ACTION:  @alam -- Circulate the report --  due 2021-06-15', ''].join('\n');
    const editor = await scratch(messy);
    const options = { tabSize: 2, insertSpaces: true };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, options);
    assert.ok(edits && edits.length > 0, 'the formatter changes a messy document');
    const edit = new vscode.WorkspaceEdit();
    edit.set(editor.document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const formatted = editor.document.getText();
    assert.doesNotMatch(formatted, /[ \t]+$/m, 'no trailing white space');
    assert.match(formatted, /^# 1\. Item$/m);
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, options);
    assert.deepEqual(again ?? [], [], 'formatting is idempotent');
  });
});
