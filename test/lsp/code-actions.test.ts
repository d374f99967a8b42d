/**
 * Protocol tests of code actions: each action is applied to the text and the
 * result is validated again by the server, so a test shows both the edit and
 * that it cures the problem without causing another.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from '../helpers/lsp-client';
import { AUDIT, auditWith } from '../helpers/documents';
import { applyLspEdits } from '../helpers/edits';
import { marked } from '../helpers/cursor';

describe('lsp: code actions', function () {
  let client: TestClient;
  let n = 0;
  before(async () => {
    // The meeting's own date as "today", so the open action is not overdue.
    ({ client } = await TestClient.start({ settings: { today: '2024-07-16' } }));
  });
  after(async () => {
    await client.stop();
  });

  /** Opens a text, waits for its diagnostics and returns them. */
  async function validate(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = uriOf(`actions-${++n}.minutes`);
    client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    return { uri, diagnostics };
  }

  /** The actions at the marked cursor (or for a whole range), with the diagnostics the client holds. */
  async function actionsAt(source: string, only?: string[]): Promise<{ text: string; actions: CodeAction[]; apply(title: string | RegExp): string }> {
    const { text, position } = marked(source);
    const { uri, diagnostics } = await validate(text);
    const range: Range = { start: position, end: position };
    const actions = (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })) ?? [];
    client.close(uri);
    return {
      text,
      actions,
      apply(title) {
        const a = actions.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
        assert.ok(a, `no action "${title}" among: ${actions.map((x) => x.title).join(' | ')}`);
        return applyLspEdits(text, a.edit!.changes![uriOf(`actions-${n}.minutes`)] as TextEdit[]);
      },
    };
  }

  const codes = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code));

  it('announces quick fixes and fix-all', async () => {
    const { client: c, init } = await TestClient.start();
    await c.stop();
    assert.deepEqual(init.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.minutes'] });
  });

  it('converts a legacy keyword with keyword-form’s fix', async () => {
    const r = await actionsAt(AUDIT.replace('RESOLVED:\n(a) That the register be noted.\n(b) That @chen report again in October.', 'Resol$0ved - That the register be noted.'));
    const fix = r.actions.find((a) => a.title === 'Write RESOLVED:')!;
    assert.ok(fix, r.actions.map((a) => a.title).join(' | '));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(codes(fix.diagnostics!), ['keyword-form']);
    const fixed = r.apply('Write RESOLVED:');
    assert.ok(fixed.includes('\nRESOLVED: That the register be noted.\n'));
    assert.deepEqual(codes((await validate(fixed)).diagnostics), []);
  });

  it('declares an unknown @handle in PEOPLE', async () => {
    const r = await actionsAt(auditWith('VOTE: unanimous', 'The @jo-pat$0el said so.'));
    const fixed = r.apply('Declare @jo-patel in PEOPLE');
    assert.ok(fixed.includes('@chen     Laura Chen — Head of Audit\n@jo-patel  Jo Patel\n'), fixed);
    assert.deepEqual(codes((await validate(fixed)).diagnostics), []);
  });

  it('declares the handle in a new PEOPLE block when there is none', async () => {
    const text = '---\ncommittee: Board\ndate: 2024-01-10\n---\n\nPRESENT: @ok$0afor\n';
    const r = await actionsAt(text);
    const fixed = r.apply('Declare @okafor in PEOPLE');
    assert.equal(fixed, '---\ncommittee: Board\ndate: 2024-01-10\n---\n\nPEOPLE:\n@okafor  Okafor\n\nPRESENT: @okafor\n');
    assert.deepEqual(codes((await validate(fixed)).diagnostics), []);
  });

  it('disables a rule for one line with an inline comment', async () => {
    const r = await actionsAt(auditWith('VOTE: unanimous', 'The @nob$0ody said so.'));
    const fixed = r.apply('Disable person-unknown for this line');
    assert.ok(fixed.includes('\n// minutes-disable-next-line person-unknown\nThe @nobody said so.\n'));
    assert.deepEqual(codes((await validate(fixed)).diagnostics), []);
  });

  it('disables header-missing in a file with no header for the whole file, since a comment above line 1 only moves the report down', async () => {
    const r = await actionsAt('Notes of the $0allotment group\n\nThe group met on Tuesday.\n');
    assert.ok(!r.actions.some((a) => a.title === 'Disable header-missing for this line'), r.actions.map((a) => a.title).join(' | '));
    const fixed = r.apply('Disable header-missing for this file');
    assert.equal(fixed, '// minutes-disable header-missing\nNotes of the allotment group\n\nThe group met on Tuesday.\n');
    assert.deepEqual(codes((await validate(fixed)).diagnostics), []);
  });

  it('disables a rule around a wrapped attendance line without breaking the list', async () => {
    const r = await actionsAt(AUDIT.replace('PRESENT: @okafor (Chair)', 'PRESENT: @okafor (Chair),\n  @nob$0ody'));
    const fixed = r.apply('Disable person-unknown for this line');
    assert.ok(fixed.includes('// minutes-disable person-unknown\nPRESENT: @okafor (Chair),\n  @nobody\n// minutes-enable person-unknown\n'), fixed);
    assert.deepEqual(codes((await validate(fixed)).diagnostics), []);
  });

  it('fixes every fixable problem at once with source.fixAll', async () => {
    const text = AUDIT.replace('RESOLVED:\n(a) That the register be noted.\n(b) That @chen report again in October.', 'Resolved - That the register be noted.')
      .replace('## 5.1 Strategic risks', '## 5.1 Strategic risks\nRecommended - That the register be noted.\n')
      .replace('APOLOGIES: @chen', 'APOLOGIES: @chen\nIN ATTENDANCE: @nobody');
    const before = codes((await validate(text)).diagnostics);
    assert.deepEqual(before.filter((c) => c === 'keyword-form').length, 2, before.join(','));
    const r = await actionsAt(text.replace('Resolved -', 'Reso$0lved -'), ['source.fixAll']);
    assert.deepEqual(r.actions.map((a) => a.kind), ['source.fixAll.minutes']);
    assert.equal(r.actions[0].title, 'Fix all auto-fixable problems (2)');
    const fixed = r.apply(/^Fix all/);
    assert.deepEqual(codes((await validate(fixed)).diagnostics), ['person-unknown'], 'the problem without a fix is left');
  });

  it('offers only the kinds asked for', async () => {
    const r = await actionsAt(auditWith('VOTE: unanimous', 'The @nob$0ody said so.'), ['source.fixAll.minutes']);
    assert.deepEqual(r.actions, [], 'nothing here has a fix');
  });
});
