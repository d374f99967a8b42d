/**
 * The VS Code extension starts the server with `--node-ipc` (the other
 * protocol tests use `--stdio`): the same bundle must serve a client over
 * Node's IPC channel too, started with the Node flags the extension gives it.
 */
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_NODE_FLAGS } from '../../client/src/server-flags';
import { PUSH_CLIENT, uriOf } from '../helpers/lsp-client';
import { SERVER } from '../helpers/root';

describe('lsp: transports', () => {
  it('serves a client over --node-ipc, with the Node flags of the extension', async () => {
    const child = fork(SERVER, ['--node-ipc'], { execArgv: [...SERVER_NODE_FLAGS], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const uri = uriOf('ipc.minutes');
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const init = await connection.sendRequest<{ capabilities: { hoverProvider?: boolean } }>('initialize', { processId: process.pid, rootUri: null, capabilities: PUSH_CLIENT });
      assert.equal(init.capabilities.hoverProvider, true);
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text: 'PRESENT: @nobody\n' } });
      const p = await published;
      assert.equal(p.uri, uri);
      assert.deepEqual(p.diagnostics.map((d) => d.code).sort(), ['header-missing', 'person-unknown']);
      await connection.sendRequest('shutdown');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
