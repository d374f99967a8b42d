/**
 * Protocol tests of the custom requests of docs/CONTRACTS.md (minutes/stats,
 * minutes/render, minutes/export) and of the server's robustness: a bad
 * request gets an error response, hostile documents get diagnostics, and
 * the server keeps answering throughout.
 */
import * as assert from 'node:assert/strict';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixture, TestClient, uriOf } from '../helpers/lsp-client';
import { ROOT } from '../helpers/root';
import { AUDIT } from '../helpers/documents';
import { marked } from '../helpers/cursor';
import { requireChromium } from '../helpers/external-tools';
import { EXPORT_REQUEST_FORMATS, ExportRequest, RenderRequest, StatsRequest, UNKNOWN_DOCUMENT } from '../../server/src/protocol/custom-requests';
import { statusText } from '../../client/src/status-text';
import { known, UnknownDocumentError } from '../../client/src/unknown-document';

const WESTFORD = '../../examples/westford-planning-committee.minutes';

describe('lsp: custom requests', function () {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ settings: { today: '2021-12-01' } }));
  });
  after(async () => {
    await client.stop();
  });

  it('minutes/stats counts errors, warnings, actions and open actions', async () => {
    const uri = uriOf('stats.minutes');
    client.open(uri, fixture(WESTFORD));
    assert.deepEqual(await client.request('minutes/stats', { uri }), { errors: 0, warnings: 0, actions: 10, openActions: 3 });
    client.change(uri, 2, [{ range: { start: { line: 34, character: 9 }, end: { line: 34, character: 9 } }, text: '@nobody, ' }]);
    assert.deepEqual(await client.request('minutes/stats', { uri }), { errors: 1, warnings: 0, actions: 10, openActions: 3 });
    client.close(uri);
  });

  it('answers the custom requests for a file that is not open, from the disk', async () => {
    const uri = pathToFileURL(path.join(ROOT, 'examples/westford-planning-committee.minutes')).toString();
    assert.deepEqual(await client.request('minutes/stats', { uri }), { errors: 0, warnings: 0, actions: 10, openActions: 3 });
    const { html } = await client.request<{ html: string }>('minutes/render', { uri });
    assert.match(html, /Planning Committee/);
    const json = await client.connection.sendRequest(ExportRequest, { uri, format: 'json', includeExempt: false });
    assert.equal(JSON.parse(known(json, uri).content).schema, 'minutes/2');
  });

  it('minutes/render gives the preview body with source lines and problems marked', async () => {
    const uri = uriOf('render.minutes');
    const text = marked(AUDIT.replace('VOTE: unanimous', 'The @nobody spoke.\n\nVOTE: unanimous') + '$0').text;
    client.open(uri, text);
    const { html } = await client.request<{ html: string }>('minutes/render', { uri });
    assert.match(html, /<article class="minutes-document">/);
    const line = text.split('\n').indexOf('## 5.1 Strategic risks');
    assert.ok(html.includes(`data-line="${line}"`), 'blocks carry their source line');
    const present = text.split('\n').findIndex((l) => l.startsWith('PRESENT:'));
    assert.ok(html.includes(`<div data-line="${present}"><dt>Present</dt>`), 'the attendance rows carry their source line');
    assert.match(html, /Laura Chen/);
    assert.match(html, /data-severity="error"/);
    assert.match(html, /@nobody is not declared in PEOPLE/);
    client.close(uri);
  });

  it('minutes/export gives html, md, json and docx, withholding exempt items unless asked', async () => {
    const uri = uriOf('export.minutes');
    client.open(uri, fixture(WESTFORD));
    const html = await client.request<{ encoding: string; content: string }>('minutes/export', { uri, format: 'html', includeExempt: false });
    assert.equal(html.encoding, 'utf8');
    assert.match(html.content, /^<!DOCTYPE html>/);
    const json = await client.request<{ content: string }>('minutes/export', { uri, format: 'json', includeExempt: false });
    const model = JSON.parse(json.content);
    assert.equal(model.schema, 'minutes/2');
    const exempt = model.items.find((i: { number: string }) => i.number === '84/21');
    assert.equal(exempt.withheld, true);
    const full = JSON.parse((await client.request<{ content: string }>('minutes/export', { uri, format: 'json', includeExempt: true })).content);
    assert.equal(full.items.find((i: { number: string }) => i.number === '84/21').resolutions.length, 2);
    // The copy with the exempt item in full says it is confidential; the public copy says it is not.
    assert.equal(full.confidential, true);
    assert.equal(model.confidential, false);
    const fullHtml = await client.request<{ content: string }>('minutes/export', { uri, format: 'html', includeExempt: true });
    assert.match(fullHtml.content, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(html.content, /noindex/);
    const md = await client.request<{ content: string }>('minutes/export', { uri, format: 'md', includeExempt: false });
    assert.match(md.content, /Planning Committee/);
    const docx = await client.request<{ encoding: string; content: string }>('minutes/export', { uri, format: 'docx', includeExempt: false });
    assert.equal(docx.encoding, 'base64');
    assert.equal(Buffer.from(docx.content, 'base64').subarray(0, 2).toString(), 'PK', 'a docx is a zip');
    await assert.rejects(client.request('minutes/export', { uri, format: 'rtf', includeExempt: false }), /Unknown export format "rtf"/);
    client.close(uri);
  });

  it('minutes/export prints a PDF with the installed Chromium', async function () {
    requireChromium(this);
    this.timeout(120000);
    const uri = uriOf('export-pdf.minutes');
    client.open(uri, fixture(WESTFORD));
    const pdf = await client.request<{ encoding: string; content: string }>('minutes/export', { uri, format: 'pdf', includeExempt: false });
    assert.equal(pdf.encoding, 'base64');
    assert.equal(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString(), '%PDF-');
    client.close(uri);
  });

  it('minutes/export to PDF answers error 1001, saying how to name a Chromium, when none is found', async () => {
    const uri = uriOf('export-no-chromium.minutes');
    client.settings = { today: '2021-12-01', pdf: { chromiumPath: '/nonexistent/chromium' } };
    try {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { minutes: client.settings } });
      client.open(uri, fixture(WESTFORD));
      const err = await client.request('minutes/export', { uri, format: 'pdf', includeExempt: false }).then(
        () => assert.fail('exported without a Chromium'),
        (e: { code: number; message: string }) => e,
      );
      assert.equal(err.code, 1001);
      assert.match(err.message, /^The Chromium path given \(\/nonexistent\/chromium\) is not an executable file\./);
      assert.match(err.message, /minutes\.pdf\.chromiumPath/);
    } finally {
      client.settings = { today: '2021-12-01' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { minutes: client.settings } });
      client.close(uri);
    }
  });
});

describe('lsp: robustness', function () {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start());
  });
  after(async () => {
    await client.stop();
  });

  /** The server still answers: a document symbol request on a fresh document. */
  async function stillAnswers(): Promise<void> {
    const uri = uriOf(`alive-${Date.now()}-${Math.random()}.minutes`);
    client.open(uri, '---\ncommittee: C\ndate: 2024-01-01\n---\n# 1. Item\n');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].children![0].name, '1 Item');
    client.close(uri);
  }

  it('answers a request that makes a handler throw with an error response, and carries on', async () => {
    const uri = uriOf('throw.minutes');
    client.open(uri, AUDIT);
    await assert.rejects(client.request('textDocument/hover', { textDocument: { uri }, position: null }), (e: Error & { code?: number }) => {
      assert.equal(e.code, -32603);
      assert.match(e.message, /^hover failed: /);
      return true;
    });
    assert.ok(client.logs.some((l) => /hover failed/.test(l)), 'the failure is logged');
    await stillAnswers();
  });

  it('answers null for a document that is not open', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf('never-opened.minutes') }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });

  it('answers every custom request with null (UNKNOWN_DOCUMENT) for a document neither open nor on disk, as the client expects', async () => {
    // The shared declarations (server/src/protocol/custom-requests.ts), sent as the VS Code client sends them.
    for (const uri of [uriOf('never-opened.minutes'), 'untitled:Untitled-1']) {
      assert.equal(await client.connection.sendRequest(StatsRequest, { uri }), UNKNOWN_DOCUMENT, `minutes/stats ${uri}`);
      assert.equal(await client.connection.sendRequest(RenderRequest, { uri }), UNKNOWN_DOCUMENT, `minutes/render ${uri}`);
      for (const format of EXPORT_REQUEST_FORMATS) {
        assert.equal(await client.connection.sendRequest(ExportRequest, { uri, format, includeExempt: false }), UNKNOWN_DOCUMENT, `minutes/export ${format} ${uri}`);
      }
    }
    // What the client then shows (client/src/unknown-document.ts, status-text.ts), from the server's real answer.
    const uri = uriOf('never-opened.minutes');
    const answer = await client.connection.sendRequest(RenderRequest, { uri });
    assert.throws(() => known(answer, uri), (e: Error) => e instanceof UnknownDocumentError && /has no copy of never-opened\.minutes: it is not open as a Minutes document and cannot be read from disk/.test(e.message));
    assert.match(statusText(await client.connection.sendRequest(StatsRequest, { uri }), uri).detail, /never-opened\.minutes/);
    // A malformed request is still an error, whether or not the server knows the document.
    await assert.rejects(client.request('minutes/export', { uri, format: 'rtf', includeExempt: false }), (e: Error & { code?: number }) => e.code === -32602);
    await stillAnswers();
  });

  it('answers an unknown method with MethodNotFound', async () => {
    await assert.rejects(client.request('minutes/no-such-request', {}), (e: Error & { code?: number }) => e.code === -32601);
    await stillAnswers();
  });

  const HOSTILE: Record<string, string> = {
    'binary bytes': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
    'a 300,000-character line': `# 1. ${'x'.repeat(300000)}\n`,
    'an unclosed header': '---\ncommittee: C\n',
    'lone surrogates and NULs': '---\ncommittee: \uD800\u0000\ndate: 2024-01-01\n---\n@\uDFFF PEOPLE:\n| | |\n',
    'only markers': '#\n##\n|\n- \n1.\n(a)\nACTION:\nVOTE:\nRISKS:\n|---|\n',
    'lone CR line breaks': '---\rcommittee: C\rdate: 2024-01-01\r---\r# 1. Item\r',
  };
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`publishes diagnostics for ${name} and keeps running`, async () => {
      const uri = uriOf(`hostile-${name.replace(/\W+/g, '-')}.minutes`);
      client.open(uri, text);
      const p = await client.waitForDiagnostics(uri);
      assert.ok(Array.isArray(p.diagnostics));
      const pos = { line: 0, character: 3 };
      for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/semanticTokens/full', 'textDocument/formatting'])
        await client.request(method, { textDocument: { uri }, position: pos, options: { tabSize: 2, insertSpaces: true } });
      client.close(uri);
      assert.ok(client.alive);
    });
  }
});
