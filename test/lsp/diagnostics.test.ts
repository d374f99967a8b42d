/**
 * Protocol tests of diagnostics: the bundled server over stdio, a real
 * JSON-RPC client, every wait an event. Covers what is published (code,
 * docs link, source, related information, positions in CRLF text), when
 * (on open, on each edit, coalesced over a burst, after the debounce),
 * settings (editor settings, .minutesrc.json, changes) and pull diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentDiagnosticReport, InitializeResult } from 'vscode-languageserver-protocol';
import { ruleDocsUrl } from '../../server/src/core/rule-docs';
import { fixture, PUSH_CLIENT, TestClient, uriOf } from '../helpers/lsp-client';
import { positionOf } from '../helpers/cursor';
import { ROOT } from '../helpers/root';

const SEEDS = fs.readdirSync(path.join(ROOT, 'test/fixtures/seeds')).filter((f) => f.endsWith('.minutes'));

const BAD = [
  '---',
  'committee: Executive',
  'date: 2021-06-08',
  '---',
  '',
  'PEOPLE:',
  '@alam   Irfan Alam — Democratic Services',
  '@alam   Councillor Ann Alam',
  '',
  'IN ATTENDANCE: @alam, @sdcs',
  '',
].join('\n');

const byCode = (ds: Diagnostic[], code: string): Diagnostic[] => ds.filter((d) => d.code === code);

describe('lsp: diagnostics (push)', function () {
  let client: TestClient;
  let init: InitializeResult;

  before(async () => {
    ({ client, init } = await TestClient.start());
  });
  after(async () => {
    await client.stop();
  });

  it('announces incremental sync and no pull diagnostics to a client that cannot pull', () => {
    const sync = init.capabilities.textDocumentSync as { change: number; openClose: boolean };
    assert.equal(sync.change, 2);
    assert.equal(sync.openClose, true);
    assert.equal(init.capabilities.diagnosticProvider, undefined);
  });

  for (const seed of SEEDS) {
    it(`publishes no errors for seed ${seed}`, async () => {
      const uri = uriOf(`seeds/${seed}`);
      client.open(uri, fixture(`seeds/${seed}`));
      const p = await client.waitForDiagnostics(uri);
      assert.equal(p.version, 1);
      assert.deepEqual(p.diagnostics.filter((d) => d.severity === 1), []);
      client.close(uri);
    });
  }

  it('gives each diagnostic its rule id, docs link, source and range', async () => {
    const uri = uriOf('bad-people.minutes');
    client.open(uri, BAD);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const [unknown] = byCode(diagnostics, 'person-unknown');
    assert.ok(unknown, JSON.stringify(diagnostics));
    assert.equal(unknown.source, 'minutes');
    assert.equal(unknown.severity, 1);
    assert.equal(unknown.codeDescription?.href, ruleDocsUrl('person-unknown'));
    assert.equal(unknown.codeDescription?.href, 'https://github.com/minutes-tools/minutes-language/blob/main/docs/rules/person-unknown.md');
    assert.deepEqual(unknown.range, { start: { line: 9, character: 22 }, end: { line: 9, character: 27 } });
  });

  it('points a duplicate person at the first declaration through related information', async () => {
    const uri = uriOf('bad-people.minutes');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const [dup] = byCode(diagnostics, 'person-duplicate');
    assert.ok(dup, JSON.stringify(diagnostics));
    assert.equal(dup.range.start.line, 7);
    assert.equal(dup.relatedInformation?.length, 1);
    assert.equal(dup.relatedInformation![0].location.uri, uri);
    assert.deepEqual(dup.relatedInformation![0].location.range.start, { line: 6, character: 0 });
    client.close(uri);
  });

  it('reports UTF-16 columns after em dashes on CRLF lines', async () => {
    const uri = uriOf('crlf.minutes');
    const text = BAD.replace(/\n/g, '\r\n').replace('IN ATTENDANCE: @alam, @sdcs', 'IN ATTENDANCE: @alam — £5 “x”, @sdcs');
    client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const [unknown] = byCode(diagnostics, 'person-unknown');
    const offset = text.indexOf('@sdcs');
    assert.deepEqual(unknown.range.start, positionOf(text, offset));
    assert.equal(unknown.range.start.character, 'IN ATTENDANCE: @alam — £5 “x”, '.length);
    client.close(uri);
  });

  it('publishes again for each edit, with the edited version', async () => {
    const uri = uriOf('edits.minutes');
    const clean = BAD.replace('@alam   Councillor Ann Alam\n', '@sdcs   Strategic Director\n');
    client.open(uri, clean);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(first.diagnostics, []);
    // Type "@nobody, " into the attendance line (incremental change).
    client.change(uri, 2, [{ range: { start: { line: 9, character: 15 }, end: { line: 9, character: 15 } }, text: '@nobody, ' }]);
    const second = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(byCode(second.diagnostics, 'person-unknown').map((d) => d.range.start), [{ line: 9, character: 15 }]);
    // And delete it again.
    client.change(uri, 3, [{ range: { start: { line: 9, character: 15 }, end: { line: 9, character: 24 } }, text: '' }]);
    const third = await client.waitForDiagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(third.diagnostics, []);
    client.close(uri);
  });

  it('coalesces a burst of edits into one analysis of the last version', async () => {
    const uri = uriOf('burst.minutes');
    client.open(uri, BAD);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const from = client.published.length;
    // Thirty keystrokes written to the server's stdin in one go, as a fast typist's editor queues them.
    const frames = [];
    const word = 'abcdefghijklmnopqrstuvwxyz0123';
    for (let i = 0; i < word.length; i++) {
      const body = JSON.stringify({
        jsonrpc: '2.0',
        method: 'textDocument/didChange',
        params: { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: { line: 10, character: i }, end: { line: 10, character: i } }, text: word[i] }] },
      });
      frames.push(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    client.proc.stdin!.write(frames.join(''));
    const last = word.length + 1;
    const final = await client.waitForDiagnostics(uri, (p) => p.version === last, from);
    const during = client.published.slice(from).filter((p) => p.uri === uri);
    assert.ok(during.length <= 2, `expected the burst to be coalesced, got publications for versions ${during.map((p) => p.version).join(', ')}`);
    // The last version's text is what was analysed: the typed word is a plain paragraph, no new problem.
    assert.deepEqual(final.diagnostics.map((d) => d.code).sort(), ['person-duplicate', 'person-unknown']);
    client.close(uri);
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = uriOf('closing.minutes');
    client.open(uri, BAD);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const from = client.published.length;
    client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, () => true, from);
    assert.deepEqual(cleared.diagnostics, []);
  });
});

describe('lsp: diagnostics and settings', function () {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-lsp-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, '.minutesrc.json'), JSON.stringify({ rules: { 'person-unknown': 'warning' } }));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('turns a rule off through the editor settings, and on again when the settings change', async () => {
    const { client } = await TestClient.start({ settings: { rules: { 'person-unknown': 'off' } } });
    try {
      const uri = uriOf('settings.minutes');
      client.open(uri, BAD);
      const first = await client.waitForDiagnostics(uri);
      assert.deepEqual(byCode(first.diagnostics, 'person-unknown'), []);
      assert.ok(client.configurationRequests.some((i) => (i as { scopeUri?: string }).scopeUri === uri), 'settings were asked for per resource');
      const from = client.published.length;
      client.settings = {};
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { minutes: {} } });
      const again = await client.waitForDiagnostics(uri, (p) => byCode(p.diagnostics, 'person-unknown').length > 0, from);
      assert.equal(again.version, 1);
    } finally {
      await client.stop();
    }
  });

  it('reads the nearest .minutesrc.json, with the editor settings laid over it', async () => {
    const uri = pathToFileURL(path.join(dir, 'sub', 'meeting.minutes')).toString();
    const { client } = await TestClient.start({ workspaceFolders: [dir] });
    try {
      client.open(uri, BAD);
      const fromFile = await client.waitForDiagnostics(uri);
      assert.equal(byCode(fromFile.diagnostics, 'person-unknown')[0]?.severity, 2, 'warning, from .minutesrc.json');
      const from = client.published.length;
      client.settings = { rules: { 'person-unknown': 'info' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const overridden = await client.waitForDiagnostics(uri, (p) => byCode(p.diagnostics, 'person-unknown')[0]?.severity === 3, from);
      assert.equal(byCode(overridden.diagnostics, 'person-duplicate')[0]?.severity, 1, 'other rules keep their default');
      // A change to the watched file is picked up.
      fs.writeFileSync(path.join(dir, '.minutesrc.json'), JSON.stringify({ rules: { 'person-duplicate': 'off' } }));
      const from2 = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.minutesrc.json')).toString(), type: 2 }] });
      const reread = await client.waitForDiagnostics(uri, (p) => byCode(p.diagnostics, 'person-duplicate').length === 0, from2);
      assert.equal(byCode(reread.diagnostics, 'person-unknown')[0]?.severity, 3);
    } finally {
      await client.stop();
    }
  });

  it('waits for minutes.debounce after the last edit before publishing', async () => {
    const { client } = await TestClient.start({ settings: { debounce: 300 } });
    try {
      const uri = uriOf('debounce.minutes');
      const t0 = Date.now();
      client.open(uri, BAD);
      await client.waitForDiagnostics(uri);
      // A lower bound only: a debounce that was ignored would publish within a few milliseconds.
      assert.ok(Date.now() - t0 >= 290, `published after ${Date.now() - t0} ms`);
    } finally {
      await client.stop();
    }
  });

  it('reports a broken .minutesrc.json once and goes on with the defaults', async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-lsp-bad-'));
    fs.writeFileSync(path.join(broken, '.minutesrc.json'), '{ "rules": { "no-such-rule": "off" } }');
    const { client } = await TestClient.start();
    try {
      const uri = pathToFileURL(path.join(broken, 'a.minutes')).toString();
      client.open(uri, BAD);
      const p = await client.waitForDiagnostics(uri);
      assert.equal(byCode(p.diagnostics, 'person-unknown')[0]?.severity, 1);
      assert.ok(client.logs.some((l) => /no-such-rule/.test(l)), client.logs.join('\n'));
    } finally {
      await client.stop();
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('lsp: pull diagnostics', function () {
  it('answers textDocument/diagnostic for a client that pulls, and does not push to it', async () => {
    const capabilities = { ...PUSH_CLIENT, textDocument: { ...PUSH_CLIENT.textDocument, diagnostic: { dynamicRegistration: false } } };
    const { client, init } = await TestClient.start({ capabilities });
    try {
      assert.deepEqual(init.capabilities.diagnosticProvider, { identifier: 'minutes', interFileDependencies: false, workspaceDiagnostics: false });
      const uri = uriOf('pull.minutes');
      client.open(uri, BAD);
      const full = await client.request<DocumentDiagnosticReport & { items: Diagnostic[]; resultId: string }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(full.kind, 'full');
      assert.deepEqual(full.items.map((d) => d.code).sort(), ['person-duplicate', 'person-unknown']);
      assert.equal(full.items[0].codeDescription?.href, ruleDocsUrl(String(full.items[0].code)));
      const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: full.resultId });
      assert.equal(again.kind, 'unchanged');
      client.change(uri, 2, [{ range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } }, text: '' }]);
      const changed = await client.request<DocumentDiagnosticReport & { items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: full.resultId });
      assert.equal(changed.kind, 'full');
      assert.deepEqual(changed.items.map((d) => d.code), ['person-unknown']);
      assert.deepEqual(client.published.filter((p) => p.uri === uri), [], 'a pulling client is not pushed to');
    } finally {
      await client.stop();
    }
  });
});
