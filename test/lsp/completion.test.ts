/**
 * Protocol tests of completion: each fixture marks the cursor, the server
 * answers over JSON-RPC, and the test applies the chosen item's text edit to
 * see the line a clerk would get.
 */
import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from '../helpers/lsp-client';
import { AUDIT, auditAt, auditWith } from '../helpers/documents';
import { applyLspEdits } from '../helpers/edits';
import { marked } from '../helpers/cursor';

describe('lsp: completion', function () {
  let client: TestClient;
  let n = 0;
  before(async () => {
    ({ client } = await TestClient.start());
  });
  after(async () => {
    await client.stop();
  });

  /** Opens the marked fixture and asks for completions at its cursor. */
  async function complete(source: string): Promise<{ text: string; items: CompletionItem[]; apply(label: string): string }> {
    const { text, position } = marked(source);
    const uri = uriOf(`completion-${++n}.minutes`);
    client.open(uri, text);
    const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
    client.close(uri);
    const items = list?.items ?? [];
    return {
      text,
      items,
      apply(label) {
        const item = items.find((i) => i.label === label);
        assert.ok(item, `no item "${label}" among ${items.map((i) => i.label).join(', ')}`);
        return applyLspEdits(text, [item.textEdit as TextEdit]);
      },
    };
  }

  const lineOf = (text: string, start: string): string => text.split('\n').find((l) => l.startsWith(start)) ?? '';

  it('announces its trigger characters', async () => {
    const { client: c, init } = await TestClient.start();
    await c.stop();
    assert.deepEqual(init.capabilities.completionProvider?.triggerCharacters, ['@', ' ', '|', '#']);
  });

  it('offers block keywords at the start of a line, item keywords first inside an item', async () => {
    const r = await complete(auditWith('VOTE: unanimous', 'RES$0'));
    const labels = r.items.map((i) => i.label);
    assert.ok(labels.includes('RESOLVED:') && labels.includes('PEOPLE:'));
    const sorted = [...r.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.ok(sorted.findIndex((i) => i.label === 'RESOLVED:') < sorted.findIndex((i) => i.label === 'PEOPLE:'));
    assert.ok(r.apply('RESOLVED:').split('\n').includes('RESOLVED: '), 'the typed word becomes the keyword and a space');
  });

  it('offers the members present at a recorded vote, leaving out those it names, and the voter lands on the FOR line', async () => {
    const doc = [
      '---',
      'committee: Council',
      'date: 2025-02-20',
      '---',
      '',
      'PEOPLE:',
      '@deputy  Councillor Priya Chandran',
      '@leader  Councillor Neil Harcourt',
      '@opp     Councillor Fiona Lyle',
      '@ceo     Matthew Rudd — Chief Executive',
      '',
      'PRESENT: @deputy, @leader, @opp',
      'IN ATTENDANCE: @ceo',
      '',
      '# 6. Budget',
      'LEFT: @opp (declared an interest)',
      '',
      'MOTION: moved by @deputy, seconded by @leader',
      'That the budget be approved.',
      '',
      'VOTE: recorded — carried',
      '  FOR: @deputy, $0',
      '',
    ].join('\n');
    const r = await complete(doc);
    assert.deepEqual(r.items.map((i) => i.label), ['@leader'], 'not the voter named, the member who left or the officer');
    assert.equal(lineOf(r.apply('@leader'), '  FOR:'), '  FOR: @deputy, @leader');
  });

  it('offers the header keys not yet given, then the values of status', async () => {
    const keys = await complete(AUDIT.replace('risk-matrix: 1-5 x 1-5', 'risk-matrix: 1-5 x 1-5\nst$0'));
    const labels = keys.items.map((i) => i.label);
    assert.ok(labels.includes('status') && labels.includes('venue'));
    assert.ok(!labels.includes('committee') && !labels.includes('date'), 'keys already present are not offered');
    assert.ok(keys.apply('status').includes('\nstatus: \n'));
    const values = await complete(AUDIT.replace('risk-matrix: 1-5 x 1-5', 'risk-matrix: 1-5 x 1-5\nstatus: $0'));
    assert.deepEqual(values.items.map((i) => i.label), ['draft', 'approved']);
  });

  it('offers the risk-matrix forms in the header', async () => {
    const r = await complete(AUDIT.replace('risk-matrix: 1-5 x 1-5', 'risk-matrix: $0'));
    assert.ok(r.items.some((i) => i.label === 'A-F x 1-4'));
    assert.ok(r.items.some((i) => i.label === '1-5 x 1-5'));
  });

  it('offers declared people with names and roles after @', async () => {
    const r = await complete(auditWith('VOTE: unanimous', 'The @ch$0 said'));
    const chen = r.items.find((i) => i.label === '@chen')!;
    assert.equal(chen.detail, 'Laura Chen — Head of Audit');
    assert.equal(r.items.find((i) => i.label === '@okafor')?.detail, 'Councillor Grace Okafor — Chair');
    assert.equal(lineOf(r.apply('@chen'), 'The '), 'The @chen said');
  });

  it('offers due dates from the meeting date on in an ACTION', async () => {
    const r = await complete(auditWith('ACTION:', 'ACTION: @chen — Report the register — due $0'));
    assert.deepEqual(r.items.slice(0, 3).map((i) => i.label), ['2024-07-16', '2024-07-23', '2024-07-30']);
    assert.equal(r.items[0].detail, 'the meeting date');
    assert.equal(lineOf(r.apply('2024-07-30'), 'ACTION'), 'ACTION: @chen — Report the register — due 2024-07-30');
  });

  it('offers the statuses in a later ACTION segment, and the owner in the first', async () => {
    const statuses = await complete(auditWith('ACTION:', 'ACTION: @chen — Report the register — due 2024-10-15 — $0'));
    assert.deepEqual(statuses.items.map((i) => i.label), ['open', 'in progress', 'done', 'cancelled']);
    const owner = await complete(auditWith('ACTION:', 'ACTION: $0'));
    assert.ok(owner.items.some((i) => i.label === '@okafor'));
  });

  it('offers the ratings of the document’s matrix in a RISKS rating cell', async () => {
    const r = await complete(AUDIT.replace('| 4x3 |', '| 4$0 |'));
    const labels = r.items.map((i) => i.label);
    assert.equal(labels.length, 25);
    assert.ok(labels.includes('4x3') && labels.includes('5x5'));
    assert.ok(!labels.includes('B2'));
    assert.ok(r.apply('4x4').includes('| Offline backups | 4x4 |'));
  });

  it('offers no ratings in the other cells of the table', async () => {
    const r = await complete(AUDIT.replace('| Offline backups |', '| Offline$0 backups |'));
    assert.deepEqual(r.items, []);
  });

  it('offers an agenda item numbered after the one before, as a snippet', async () => {
    const r = await complete(AUDIT + '\n#$0\n');
    const item = r.items.find((i) => i.label.endsWith('agenda item'))!;
    assert.equal(item.label, '# 6. agenda item');
    assert.equal(item.insertTextFormat, 2);
    assert.match((item.textEdit as TextEdit).newText, /^# \$\{1:6\.\} \$\{2:Title\}/);
    const sub = r.items.find((i) => i.label.endsWith('sub-item'))!;
    assert.equal(sub.label, '## 5.2 sub-item');
  });

  it('offers a whole meeting skeleton in an empty file', async () => {
    const r = await complete('$0');
    const skeleton = r.items.find((i) => i.label === 'new meeting')!;
    assert.ok(skeleton, r.items.map((i) => i.label).join(', '));
    assert.equal(skeleton.insertTextFormat, 2);
    const text = (skeleton.textEdit as TextEdit).newText;
    assert.match(text, /^---\n/);
    assert.match(text, /committee: \$\{2:Committee\}/);
    assert.match(text, /\nPEOPLE:\n/);
  });

  it('offers nothing in the middle of narrative text', async () => {
    const r = await complete(auditWith('VOTE: unanimous', 'The board disc$0ussed it.'));
    assert.deepEqual(r.items, []);
  });
});
