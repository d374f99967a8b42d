// The web suite (test/e2e/web.js): runs in VS Code for the web's extension
// host, a Web Worker, against the extension's web build, whose language
// server runs in another worker. It is bundled for the browser, so it has
// no Node module: a few checks of its own in place of node:assert, and a
// small sequential runner in place of mocha. A subset of the desktop
// integration suite (test/e2e/suite): diagnostics, completion, hover,
// outline, workspace symbols (files read through the client), a quick fix,
// formatting, the preview and its update while typing, the HTML, Markdown,
// JSON and Word exports, an export that would write over its source, PDF's
// message, and the time from opening a 1,000-line document to its
// diagnostics, printed.
import * as vscode from 'vscode';
import type { MinutesApi } from '../../../client/src/extension';

const EXTENSION_ID = 'minutes-tools.minutes-language';
const SEED = '000-bradford-executive.minutes';
/** The issue's bound on open-to-diagnostics for 1,000 lines in the worker. */
const MAX_OPEN_MS = 300;

function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

function within<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}

const root = (): vscode.Uri => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'the workspace folder is open');
  return folder.uri;
};
const file = (name: string): vscode.Uri => vscode.Uri.joinPath(root(), name);
const show = async (uri: vscode.Uri): Promise<vscode.TextEditor> => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });

/** The diagnostics of `uri` as soon as the server has published some that `predicate` accepts. */
function diagnosticsWhere(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  let listener: vscode.Disposable | undefined;
  const changed = new Promise<vscode.Diagnostic[]>((resolve) => {
    const check = (): void => {
      const d = vscode.languages.getDiagnostics(uri);
      if (predicate(d)) resolve(d);
    };
    listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
  return within(changed, 30_000, what).finally(() => listener?.dispose());
}

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code ?? '');
const listed = (diagnostics: readonly vscode.Diagnostic[]): string => diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).join('; ');
const names = (symbols: readonly vscode.DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children)]);
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

const HEADER = ['---', 'authority: Westford Borough Council', 'committee: Planning', 'date: 2021-06-08', '---', ''];
const PEOPLE = ['PEOPLE:', '@alam       Irfan Alam — Democratic Services', '@ross-shaw  Councillor Alex Ross-Shaw', ''];

let api: MinutesApi;
const tests: [string, () => Promise<void>][] = [
  ['the web extension activates and its server starts in a worker', async () => {
    const extension = vscode.extensions.getExtension<MinutesApi>(EXTENSION_ID);
    ok(extension, `${EXTENSION_ID} is loaded`);
    api = await extension.activate();
    await within(api.ready, 60_000, 'the language server to start');
  }],
  ['a seed opens with diagnostics from the server and no errors', async () => {
    const uri = file(SEED);
    await show(uri);
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    const diagnostics = vscode.languages.getDiagnostics(uri);
    ok(diagnostics.every((d) => d.source === 'minutes'), 'every diagnostic is the server\'s');
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    ok(errors.length === 0, `no errors: ${errors.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('; ')}`);
  }],
  ['a problem appears while typing and clears when fixed', async () => {
    const uri = file('scratch/typing.minutes');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode([...HEADER, ...PEOPLE, '# 1. Item', 'RESOLVED: That the report be noted.', ''].join('\n')));
    const editor = await show(uri);
    const line = HEADER.indexOf('date: 2021-06-08');
    await editor.edit((e) => e.replace(new vscode.Range(line, 6, line, 16), '2021-02-30'));
    const broken = await diagnosticsWhere(uri, (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'an error on the impossible date');
    ok(broken.some((d) => d.range.start.line === line), 'the error is on the date line');
    await editor.edit((e) => e.replace(new vscode.Range(line, 6, line, 16), '2021-02-28'));
    await diagnosticsWhere(uri, (d) => !d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'the error to clear');
  }],
  ['completes @handles from PEOPLE', async () => {
    const lines = [...HEADER, ...PEOPLE, 'PRESENT: @'];
    const uri = file('scratch/complete.minutes');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n')));
    await show(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(lines.length - 1, 'PRESENT: @'.length), '@');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/^@/, ''));
    ok(labels.includes('alam') && labels.includes('ross-shaw'), `completions: ${labels.join(', ')}`);
  }],
  ['hovers on a handle with the person it names', async () => {
    const lines = [...HEADER, ...PEOPLE, 'PRESENT: @alam, @ross-shaw', ''];
    const uri = file('scratch/hover.minutes');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n')));
    await show(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(lines.length - 2, 'PRESENT: @al'.length));
    const shown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    ok(/Irfan Alam/.test(shown), `hover: ${shown}`);
  }],
  ['lists agenda items in the outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', file('002-medway-ofsted-report.minutes'));
    const all = names(symbols ?? []);
    for (const title of ['Budget and policy framework', 'Risk management']) ok(all.some((n) => n.includes(title)), `symbols: ${all.join(' | ')}`);
  }],
  ['finds workspace symbols in files the editor has not opened, read through the client', async () => {
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Risk management');
    ok(found.some((s) => s.location.uri.toString() === file('002-medway-ofsted-report.minutes').toString()), `found: ${found.map((s) => `${s.name} ${s.location.uri}`).join('; ')}`);
  }],
  ['applies a quick fix, and the problem it fixes goes', async () => {
    // Problems that usually come with a fix: an unknown header key, an undeclared handle, a missing committee.
    const source = ['---', 'authority: Westford Borough Council', 'date: 2021-06-08', 'comittee: Planning', '---', '', ...PEOPLE, 'PRESENT: @alam, @jabar', '', '# 1. Item', 'RESOLVED: That @jabar be thanked.', ''].join('\n');
    const uri = file('scratch/quick-fix.minutes');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(source));
    const editor = await show(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.length > 0, 'the problems of the document');
    let applied: { code: string; title: string } | undefined;
    for (const d of diagnostics) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions?.find((a) => a.edit || a.command);
      if (!fix) continue;
      if (fix.edit) ok(await vscode.workspace.applyEdit(fix.edit), `applied "${fix.title}"`);
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      applied = { code: codeOf(d), title: fix.title };
      break;
    }
    ok(applied, `no quick fix offered for: ${listed(diagnostics)}`);
    const fixed = applied;
    ok(editor.document.getText() !== source, `"${fixed.title}" changed the text`);
    const count = (ds: readonly vscode.Diagnostic[]): number => ds.filter((d) => codeOf(d) === fixed.code).length;
    await diagnosticsWhere(uri, (d) => count(d) < count(diagnostics), `"${fixed.title}" to remove a ${fixed.code} problem`);
  }],
  ['formats a document, and formatting again changes nothing', async () => {
    const messy = [...HEADER, 'PEOPLE:', '@alam   Irfan Alam — Democratic Services   ', '', 'PRESENT:   @alam ,@alam', '#   1.   Item  ', 'RESOLVED:   That the report be noted.   ', '', '', '', 'ACTION:  @alam -- Circulate the report --  due 2021-06-15', ''].join('\n');
    const uri = file('scratch/format.minutes');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(messy));
    const editor = await show(uri);
    const options = { tabSize: 2, insertSpaces: true };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, options);
    ok(edits && edits.length > 0, 'the formatter changes a messy document');
    const edit = new vscode.WorkspaceEdit();
    edit.set(uri, edits);
    ok(await vscode.workspace.applyEdit(edit), 'the formatting edits apply');
    const formatted = editor.document.getText();
    ok(!/[ \t]+$/m.test(formatted), `no trailing white space: ${JSON.stringify(formatted)}`);
    ok(/^# 1\. Item$/m.test(formatted), `the heading is tidied: ${JSON.stringify(formatted)}`);
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, options);
    ok((again ?? []).length === 0, `formatting is idempotent: ${JSON.stringify(again)}`);
  }],
  ['the preview opens and shows the rendered minutes', async () => {
    const editor = await show(file(SEED));
    await vscode.commands.executeCommand('minutes.openPreviewToSide');
    const shown = await within(api.preview.rendered(editor.document.uri), 30_000, 'the preview to render');
    ok(shown && /Ofsted Monitoring Visit/.test(shown.text), 'the preview shows the first item');
    ok(/Irfan Alam/.test(shown.text), 'handles are shown as names');
  }],
  ['the preview updates while typing', async () => {
    const editor = await show(file(SEED));
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('# 1. '));
    ok(line >= 0, 'the seed has a first item');
    ok(!/\(amended\)/.test((await within(api.preview.rendered(editor.document.uri), 30_000, 'the preview'))?.text ?? ''), 'the preview does not show the change before it is typed');
    await editor.edit((e) => e.insert(new vscode.Position(line, editor.document.lineAt(line).text.length), ' (amended)'));
    const shown = await within(api.preview.rendered(editor.document.uri), 30_000, 'the preview to update');
    ok(shown && /\(amended\)/.test(shown.text), 'the preview shows the typed change');
    // The exports below read the seed as it is on disk, so its edit is dropped.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    ok(!editor.document.isDirty && !/\(amended\)/.test(editor.document.getText()), 'the seed is reverted');
  }],
  ...(
    [
      ['minutes.exportHtml', 'html', (b: Uint8Array) => /<[a-z][\s\S]*Ofsted Monitoring Visit/i.test(text(b))],
      ['minutes.exportMarkdown', 'md', (b: Uint8Array) => /Ofsted Monitoring Visit/.test(text(b))],
      ['minutes.exportJson', 'json', (b: Uint8Array) => JSON.parse(text(b)).schema === 'minutes/2'],
      ['minutes.exportDocx', 'docx', (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b],
    ] as const
  ).map(([command, ext, check]): [string, () => Promise<void>] => [
    `${command} writes the ${ext} export`,
    async () => {
      const target = file(`exports/bradford.${ext}`);
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, file(SEED), { target });
      ok(written?.toString() === target.toString(), `${command} wrote ${String(written)}`);
      ok(check(await vscode.workspace.fs.readFile(target)), `the ${ext} export holds the minutes`);
    },
  ]),
  ['an export never writes over its source', async () => {
    const source = file(SEED);
    const before = await vscode.workspace.fs.readFile(source);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.exportHtml', source, { target: source });
    ok(written === undefined, `the export wrote ${String(written)}`);
    ok(text(await vscode.workspace.fs.readFile(source)) === text(before), 'the source is unchanged');
  }],
  ['PDF says it needs the desktop or the CLI, and writes nothing', async () => {
    const target = file('exports/bradford.pdf');
    const said = await vscode.commands.executeCommand<unknown>('minutes.exportPdf', file(SEED), { target });
    ok(typeof said === 'string' && /desktop/.test(said) && /minutes export/.test(said) && /HTML/.test(said), `the message: ${String(said)}`);
    const there = await Promise.resolve(vscode.workspace.fs.stat(target)).then(() => true, () => false);
    ok(!there, 'no PDF was written');
  }],
  // Five opens, not three: the median of five holds on a machine busy with other work, where one
  // slow open of three (a collection in the worker, say) moved the median past the limit.
  ['opens a 1,000-line document to its diagnostics within 300 ms (the median of five)', async () => {
    const times: number[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      const uri = file(`thousand-lines-${n}.minutes`);
      const started = Date.now();
      const published = diagnosticsWhere(uri, (d) => d.length > 0, 'the diagnostics of the 1,000-line document');
      // Shown, not only opened: the client pulls diagnostics for the documents in editors.
      const { document } = await show(uri);
      // The editor counts the empty line after the final newline too.
      const lines = document.lineCount - (document.lineAt(document.lineCount - 1).isEmptyOrWhitespace ? 1 : 0);
      ok(lines === 1000, `${lines} lines`);
      const diagnostics = await published;
      times.push(Date.now() - started);
      ok(diagnostics.some((d) => d.range.start.line === 999 && /@nobody/.test(d.message)), 'the undeclared handle on the last line is reported');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    const median = [...times].sort((a, b) => a - b)[2];
    console.log(`[minutes-web] open to diagnostics, 1,000 lines, server in the worker: ${times.join(', ')} ms; median ${median} ms (limit ${MAX_OPEN_MS} ms)`);
    ok(median <= MAX_OPEN_MS, `median ${median} ms`);
  }],
];

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, test] of tests) {
    const started = Date.now();
    try {
      await test();
      console.log(`[minutes-web]   ✔ ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(`[minutes-web]   ✘ ${name}\n        ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  console.log(`[minutes-web] ${tests.length - failed} passing, ${failed} failing`);
  if (failed) throw new Error(`${failed} web tests failed`);
}
