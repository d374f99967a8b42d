/**
 * Protocol tests of the features the core's other feature files provide,
 * wired through the server: definition, references, highlights and rename of
 * @handles, folding, selection ranges, semantic tokens, document links and
 * formatting. Each checks the converted LSP shapes against the text.
 */
import * as assert from 'node:assert/strict';
import type {
  DocumentHighlight,
  DocumentLink,
  FoldingRange,
  InitializeResult,
  Location,
  LocationLink,
  Range,
  SelectionRange,
  SemanticTokens,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from '../helpers/lsp-client';
import { AUDIT, auditAt } from '../helpers/documents';
import { applyLspEdits } from '../helpers/edits';
import { marked, textIn } from '../helpers/cursor';

describe('lsp: navigation, structure and formatting', function () {
  let client: TestClient;
  let init: InitializeResult;
  let n = 0;
  before(async () => {
    ({ client, init } = await TestClient.start());
  });
  after(async () => {
    await client.stop();
  });

  /** Opens a marked fixture; returns its uri, text and cursor position. */
  function openAt(source: string): { uri: string; text: string; position: { line: number; character: number } } {
    const { text, position } = marked(source);
    const uri = uriOf(`nav-${++n}.minutes`);
    client.open(uri, text);
    return { uri, text, position };
  }

  it('goes from a use of a handle to its PEOPLE line', async () => {
    const { uri, text, position } = openAt(auditAt('@chen — Report', 2));
    const [link] = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri }, position });
    assert.equal(link.targetUri, uri);
    assert.equal(textIn(text, link.targetSelectionRange), '@chen');
    assert.equal(textIn(text, link.targetRange), '@chen     Laura Chen — Head of Audit');
    assert.equal(textIn(text, link.originSelectionRange!), '@chen');
  });

  it('answers a Location to a client without link support', async () => {
    const { client: plain } = await TestClient.start({ capabilities: {} });
    try {
      const { text, position } = marked(auditAt('@chen — Report', 2));
      const uri = uriOf('nav-plain.minutes');
      plain.open(uri, text);
      const loc = await plain.request<Location>('textDocument/definition', { textDocument: { uri }, position });
      assert.equal(textIn(text, loc.range), '@chen');
      assert.equal(loc.range.start.line, 8);
    } finally {
      await plain.stop();
    }
  });

  it('finds every reference and highlights declaration and uses', async () => {
    const { uri, text, position } = openAt(auditAt('@chen report', 1));
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((r) => r.range.start.line), [8, 11, 22, 26]);
    assert.ok(refs.every((r) => textIn(text, r.range) === '@chen'));
    const uses = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    assert.equal(uses.length, 3);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position });
    assert.deepEqual(highlights.map((h) => h.kind), [3, 2, 2, 2]);
  });

  it('renames a handle in PEOPLE and at every use, and refuses a taken or invalid name', async () => {
    const { uri, text, position } = openAt(auditAt('@chen report', 2));
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position });
    assert.equal(prepared.placeholder, 'chen');
    assert.equal(textIn(text, prepared.range), 'chen');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position, newName: 'laura-chen' });
    const renamed = applyLspEdits(text, edit.changes![uri]);
    assert.equal(renamed.match(/@laura-chen\b/g)?.length, 4);
    assert.ok(!/@chen\b/.test(renamed));
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'okafor' }), (e: Error & { code?: number }) => {
      assert.equal(e.code, -32602);
      assert.match(e.message, /@okafor is already declared in PEOPLE/);
      return true;
    });
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Laura Chen' }), /is not a handle/);
  });

  it('folds the header, the items and the table', async () => {
    const { uri } = openAt(AUDIT + '$0');
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const starts = ranges.map((r) => `${r.startLine}-${r.endLine}`);
    assert.ok(starts.includes('0-4'), `header fold in ${starts.join(', ')}`);
    const lines = AUDIT.split('\n').slice(1);
    const item5 = lines.indexOf('# 5. Risk management');
    assert.ok(ranges.some((r) => r.startLine === item5 && r.endLine >= lines.indexOf('ACTION: @chen — Report the register — due 2024-10-15 — open')));
    const table = lines.indexOf('| Risk | Description | Mitigation | Rating |');
    assert.ok(ranges.some((r) => r.startLine <= table && r.endLine >= table + 2));
  });

  it('widens a selection from the word outwards', async () => {
    const { uri, text, position } = openAt(auditAt('register be noted', 2));
    const [chain] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [position] });
    const texts: string[] = [];
    for (let r: SelectionRange | undefined = chain; r; r = r.parent) texts.push(textIn(text, r.range));
    assert.equal(texts[0], 'register');
    assert.equal(texts[texts.length - 1], text);
    for (let i = 1; i < texts.length; i++) assert.ok(texts[i].includes(texts[i - 1]), `range ${i} holds range ${i - 1}`);
  });

  it('colours keywords, handles, dates and ratings with semantic tokens', async () => {
    const legend = init.capabilities.semanticTokensProvider!.legend;
    const { uri, text } = openAt(AUDIT + '$0');
    const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(data.length % 5, 0);
    const lines = text.split('\n');
    const tokens: { text: string; type: string }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      tokens.push({ text: lines[line].slice(char, char + data[i + 2]), type: legend.tokenTypes[data[i + 3]] });
    }
    const typeOf = (t: string): string | undefined => tokens.find((x) => x.text === t)?.type;
    assert.equal(typeOf('@okafor'), 'variable');
    assert.equal(typeOf('RISKS:'), 'keyword');
    assert.equal(typeOf('2024-10-15'), 'number');
    assert.equal(typeOf('4x3'), 'enumMember');
    assert.equal(typeOf('committee'), 'property');
    const ranged = await client.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } } });
    assert.ok(ranged.data.length > 0 && ranged.data.length < data.length);
  });

  it('links web and email addresses', async () => {
    const { uri, text } = openAt(AUDIT.replace('VOTE: unanimous', 'See <https://example.org/risk> or write to audit@eastmere.gov.uk.\n\nVOTE: unanimous') + '$0');
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map((l) => l.target), ['https://example.org/risk', 'mailto:audit@eastmere.gov.uk']);
    assert.equal(textIn(text, links[0].range), 'https://example.org/risk');
  });

  it('formats the document into its canonical form, and changes nothing the second time', async () => {
    const messy = AUDIT.replace('# 5. Risk management', '#   5.   Risk management   ').replace('— due 2024-10-15 — open', '-- due 2024-10-15 -- open');
    const { uri, text } = openAt(messy + '$0');
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = applyLspEdits(text, edits);
    assert.ok(formatted.includes('\n# 5. Risk management\n'));
    assert.ok(formatted.includes('ACTION: @chen — Report the register — due 2024-10-15 — open'));
    const again = uriOf(`nav-${++n}.minutes`);
    client.open(again, formatted);
    assert.deepEqual(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: again }, options: { tabSize: 2, insertSpaces: true } }), []);
  });
});
