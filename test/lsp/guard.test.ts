/**
 * The guard every request handler runs in: a request cancelled before or
 * while it runs answers "cancelled"; a handler that throws answers with an
 * internal error and a log line; a ResponseError a handler throws on
 * purpose (a refused rename) goes to the client as it is.
 */
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import { makeGuard } from '../../server/src/lsp/context';

function fakeConnection(): { connection: Connection; errors: string[] } {
  const errors: string[] = [];
  const connection = { console: { error: (m: string) => errors.push(m) } } as unknown as Connection;
  return { connection, errors };
}

describe('lsp: request guard', () => {
  it('does not run a request cancelled before it starts', async () => {
    const { connection } = fakeConnection();
    let ran = false;
    const source = new CancellationTokenSource();
    source.cancel();
    const result = await makeGuard(connection)('hover', () => (ran = true))(undefined, source.token);
    assert.equal(ran, false);
    assert.ok(result instanceof ResponseError);
    assert.equal(result.code, LSPErrorCodes.RequestCancelled);
  });

  it('answers "cancelled" when the request is cancelled while it runs', async () => {
    const { connection } = fakeConnection();
    const source = new CancellationTokenSource();
    const result = await makeGuard(connection)('completion', async () => {
      source.cancel();
      return ['stale'];
    })(undefined, source.token);
    assert.ok(result instanceof ResponseError);
    assert.equal(result.code, LSPErrorCodes.RequestCancelled);
  });

  it('turns a thrown error into an internal error response and logs it', async () => {
    const { connection, errors } = fakeConnection();
    const result = await makeGuard(connection)('documentSymbol', () => {
      throw new TypeError('boom');
    })(undefined, new CancellationTokenSource().token);
    assert.ok(result instanceof ResponseError);
    assert.equal(result.code, ErrorCodes.InternalError);
    assert.equal(result.message, 'documentSymbol failed: boom');
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^documentSymbol failed: TypeError: boom/);
  });

  it('passes a deliberate ResponseError through without logging it', async () => {
    const { connection, errors } = fakeConnection();
    const refusal = new ResponseError(ErrorCodes.InvalidParams, '@okafor is already declared in PEOPLE');
    const result = await makeGuard(connection)('rename', () => {
      throw refusal;
    })(undefined, new CancellationTokenSource().token);
    assert.equal(result, refusal);
    assert.deepEqual(errors, []);
  });
});
