/**
 * Faults at the language server, over real JSON-RPC to out/server.js on
 * stdio (test/helpers/raw-server.ts writes the frames itself): malformed
 * frames and messages, unknown methods, requests for documents never opened,
 * positions past the end, 100 edits in a burst, a document closed while it is
 * analysed, and hostile text in the preview HTML. Every request gets a result
 * or a clean error response (a JSON-RPC error code, a message without a stack
 * trace), the server stays up and answers a final request, and it exits with
 * code 0 when shut down.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostileDocument, liveContent, PAYLOADS } from '../security/hostile';
import { RawServer, type Message } from '../helpers/raw-server';
import { ROOT } from '../helpers/root';

const uri = (name: string): string => pathToFileURL(path.join(ROOT, 'test', 'fixtures', 'faults', name)).toString();
const DOC = '---\ncommittee: Planning\ndate: 2021-06-08\n---\n\nPEOPLE:\n@alam Irfan Alam\n\n# 1. Item\nRESOLVED: That @alam writes.\nACTION: @alam — Write — due 2021-07-01\n';

/** A response is a result, or an error with a JSON-RPC code and a one-line message. */
function clean(m: Message, what: string): void {
  if (m.error === undefined) return;
  assert.ok(Number.isInteger(m.error.code) && m.error.code < 0, `${what}: error code ${m.error.code}`);
  assert.ok(!/\n\s+at /.test(m.error.message), `${what}: a stack trace in the error: ${m.error.message}`);
}

/** Every document request of the server, with params for `u` at `position`. */
function documentRequests(u: string, position: { line: number; character: number }): [string, unknown][] {
  const textDocument = { uri: u };
  const range = { start: position, end: { line: position.line + 3, character: position.character + 7 } };
  return [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/completion', { textDocument, position }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/documentHighlight', { textDocument, position }],
    ['textDocument/prepareRename', { textDocument, position }],
    ['textDocument/rename', { textDocument, position, newName: 'zed' }],
    ['textDocument/selectionRange', { textDocument, positions: [position, { line: 0, character: 0 }] }],
    ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
    ['textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 2, insertSpaces: true } }],
    ['textDocument/semanticTokens/range', { textDocument, range }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/documentLink', { textDocument }],
    ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
    ['textDocument/semanticTokens/full', { textDocument }],
    ['minutes/render', { uri: u }],
    ['minutes/stats', { uri: u }],
    ['minutes/export', { uri: u, format: 'json', includeExempt: false }],
  ];
}

describe('robustness: language server faults over JSON-RPC', function () {
  this.timeout(120_000);
  let s: RawServer;

  beforeEach(async () => {
    s = await RawServer.start();
  });

  afterEach(async function () {
    // The server must still answer, and then exit cleanly.
    if (this.currentTest?.state !== 'failed') {
      const symbols = await s.request('workspace/symbol', { query: '' });
      clean(symbols, 'the final request');
      assert.equal(await s.stop(), 0, `exit code; stderr: ${s.stderr}`);
      assert.doesNotMatch(s.stderr, /Uncaught|Unhandled|TypeError|RangeError|\n\s+at /, 'nothing thrown to stderr');
    }
    s.kill();
  });

  it('malformed frames and messages: the server stays up, and requests it can read get clean errors', async () => {
    s.writeFrame('{"jsonrpc":"2.0","id":9001,"method":"textDocument/hover",');
    s.writeFrame('not json at all');
    s.writeFrame('[]');
    s.writeFrame('null');
    s.writeFrame('"a string"');
    s.writeFrame('{"jsonrpc":"2.0","id":9002}');
    s.writeFrame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}');
    s.writeFrame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":5,"version":"x"},"contentChanges":"no"}}');
    s.writeFrame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.minutes","text":42}}}');
    s.writeFrame('\u00ff\u00fe binary \u0000 body');
    const bad: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: { line: 'a', character: null } }],
      ['textDocument/completion', { textDocument: {}, position: {} }],
      ['textDocument/documentSymbol', { textDocument: { uri: 'not a uri' } }],
      ['textDocument/formatting', { textDocument: { uri: 'file:///x.minutes' }, options: null }],
      ['minutes/render', { uri: null }],
      ['minutes/export', { uri: 'file:///x.minutes', format: 'exe', includeExempt: 'yes' }],
      ['minutes/export', { uri: 'file:///x.minutes', format: '../../etc/passwd', includeExempt: false }],
      ['workspace/symbol', { query: 12 }],
    ];
    for (const [method, params] of bad) clean(await s.request(method, params), `${method} ${JSON.stringify(params)}`);
    // A header with no body at the end would stall the reader, so it is not sent; everything above was read past.
    const ok = await s.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.minutes' }, position: { line: 0, character: 0 } });
    assert.equal(ok.error, undefined);
  });

  it('an unknown request gets MethodNotFound; unknown notifications are ignored', async () => {
    const r = await s.request('minutes/doesNotExist', { uri: 'x' });
    assert.equal(r.error?.code, -32601);
    s.notify('minutes/noSuchNotification', { a: 1 });
    s.notify('$/noSuchThing', {});
    const r2 = await s.request('$/alsoUnknown', {});
    assert.ok(r2.error, 'a $/ request is answered with an error');
  });

  it('requests for documents never opened (missing on disk, or on disk but not opened) answer', async () => {
    const missing = uri('never-opened.minutes');
    const onDisk = pathToFileURL(path.join(ROOT, 'test', 'fixtures', 'seeds', '000-bradford-executive.minutes')).toString();
    for (const u of [missing, onDisk, 'untitled:Untitled-1', 'file:///']) {
      for (const [method, params] of documentRequests(u, { line: 3, character: 2 })) clean(await s.request(method, params), `${method} on ${u}`);
    }
  });

  it('positions past the end (and negative ones) answer for every request', async () => {
    const u = uri('positions.minutes');
    s.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'minutes', version: 1, text: DOC } });
    for (const position of [{ line: 10_000, character: 10_000 }, { line: 0, character: 1_000_000 }, { line: 11, character: 0 }, { line: -1, character: -5 }, { line: 2 ** 31, character: 2 ** 31 }]) {
      for (const [method, params] of documentRequests(u, position)) clean(await s.request(method, params), `${method} at ${JSON.stringify(position)}`);
    }
  });

  it('100 edits in a burst: the server ends on the last version and publishes its diagnostics', async () => {
    const u = uri('burst.minutes');
    s.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'minutes', version: 1, text: DOC } });
    let text = DOC;
    for (let v = 2; v <= 101; v++) {
      const line = text.split('\n').length - 1;
      const insert = v % 10 === 0 ? `Mention of @ghost${v}\n` : `Line ${v}.\n`;
      s.notify('textDocument/didChange', { textDocument: { uri: u, version: v }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insert }] });
      text += insert;
    }
    const last = await s.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === u && (m.params as { version?: number }).version === 101, 'diagnostics for version 101');
    const unknown = (last.params as { diagnostics: { code?: string; message: string }[] }).diagnostics.filter((d) => d.code === 'person-unknown');
    assert.equal(unknown.length, 10, 'the ten @ghost mentions of the final text');
    const render = await s.request('minutes/render', { uri: u });
    clean(render, 'render');
    assert.match((render.result as { html: string }).html, /Line 101\./);
    const versions = s.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === u).map((m) => (m.params as { version?: number }).version ?? 0);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'published versions never go back');
  });

  it('a document closed while it is analysed: requests answer, its diagnostics are cleared, the next document is served', async () => {
    const u = uri('closed.minutes');
    const big = DOC + 'A paragraph with @nobody in it and [a link](https://example.org).\n\n'.repeat(15_000);
    s.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'minutes', version: 1, text: big } });
    const pending = [s.request('textDocument/documentSymbol', { textDocument: { uri: u } }), s.request('minutes/render', { uri: u })];
    s.notify('textDocument/didClose', { textDocument: { uri: u } });
    for (const r of await Promise.all(pending)) clean(r, 'a request sent before the close');
    for (const [method, params] of documentRequests(u, { line: 5, character: 1 })) clean(await s.request(method, params), `${method} after the close`);
    const other = uri('after-close.minutes');
    s.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'minutes', version: 1, text: DOC } });
    await s.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === other, 'diagnostics for the next document');
    const forClosed = s.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === u);
    if (forClosed.length) assert.deepEqual((forClosed[forClosed.length - 1].params as { diagnostics: unknown[] }).diagnostics, [], 'the last word on a closed document clears it');
  });

  it('hostile text: the preview HTML of minutes/render holds nothing live for any payload', async () => {
    const found: string[] = [];
    for (const [i, payload] of PAYLOADS.entries()) {
      const u = uri(`hostile-${i + 1}.minutes`);
      s.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'minutes', version: 1, text: hostileDocument(payload) } });
      const r = await s.request('minutes/render', { uri: u });
      clean(r, `render of payload ${i + 1}`);
      for (const p of liveContent((r.result as { html: string }).html, { styles: 1 })) found.push(`payload ${i + 1}: ${p}`);
      s.notify('textDocument/didClose', { textDocument: { uri: u } });
    }
    assert.deepEqual(found, []);
  });
});
