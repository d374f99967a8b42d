// The minutes/files/* requests (server/src/protocol/custom-requests.ts) as
// the server's side sends them: clientFileSource (server/src/lsp/file-source.ts)
// over a real JSON-RPC connection pair, whose other end answers with the
// shared request types as the web client does (client/src/web-files.ts, run
// in the browser by the web E2E suite). What crosses the wire is checked:
// the method names, the parameters, null for a file that is not there, and
// a client without a handler read as "no such file".
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Connection } from 'vscode-languageserver';
import { clientFileSource } from '../../server/src/lsp/file-source';
import { FILE_REQUESTS, FindFilesRequest, ReadFileRequest, StatFileRequest } from '../../server/src/protocol/custom-requests';

/** Two ends of one in-process JSON-RPC link: `server` sends, `client` answers. */
function link(): { server: MessageConnection; client: MessageConnection; close(): void } {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const client = createMessageConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  return {
    server,
    client,
    close() {
      server.dispose();
      client.dispose();
    },
  };
}

const FILES: Record<string, string> = {
  'vscode-vfs://github/council/minutes/2024/a.minutes': '---\ncommittee: Audit\ndate: 2024-01-01\n---\n',
  'vscode-vfs://github/council/minutes/2024/b.minutes': '---\ncommittee: Audit\ndate: 2024-02-01\n---\n',
};

describe('protocol: the minutes/files requests, from the server side', () => {
  it('reads, stats and lists files through the client, with null for what is not there', async () => {
    const { server, client, close } = link();
    const seen: string[] = [];
    client.onRequest(ReadFileRequest, ({ uri }) => {
      seen.push(`${ReadFileRequest.method} ${uri}`);
      return FILES[uri] ?? null;
    });
    client.onRequest(StatFileRequest, ({ uri }) => {
      seen.push(`${StatFileRequest.method} ${uri}`);
      return uri in FILES ? { type: 'file' as const, mtime: 7 } : null;
    });
    client.onRequest(FindFilesRequest, ({ folders, max }) => {
      seen.push(`${FindFilesRequest.method} ${folders.join(',')} ${max}`);
      return Object.keys(FILES).filter((f) => folders.some((d) => f.startsWith(`${d}/`))).sort().slice(0, max);
    });
    server.listen();
    client.listen();
    try {
      const source = clientFileSource(server as unknown as Connection);
      const a = 'vscode-vfs://github/council/minutes/2024/a.minutes';
      const missing = 'vscode-vfs://github/council/minutes/2024/none.minutes';
      assert.equal(await source.readText(a), FILES[a]);
      assert.equal(await source.readText(missing), undefined);
      assert.deepEqual(await source.stat(a), { type: 'file', mtime: 7 });
      assert.equal(await source.stat(missing), undefined);
      assert.deepEqual(await source.listMinutes(['vscode-vfs://github/council/minutes'], 1), [a]);
      assert.deepEqual(seen, [
        `minutes/files/read ${a}`,
        `minutes/files/read ${missing}`,
        `minutes/files/stat ${a}`,
        `minutes/files/stat ${missing}`,
        'minutes/files/find vscode-vfs://github/council/minutes 1',
      ]);
      assert.deepEqual(
        FILE_REQUESTS.map((r) => r.method),
        ['minutes/files/read', 'minutes/files/stat', 'minutes/files/find'],
      );
    } finally {
      close();
    }
  });

  it('reads a client that does not answer the requests (no handler) as having no such file', async () => {
    const { server, client, close } = link();
    server.listen();
    client.listen();
    try {
      const source = clientFileSource(server as unknown as Connection);
      assert.equal(await source.readText('vscode-vfs://github/x/a.minutes'), undefined);
      assert.equal(await source.stat('vscode-vfs://github/x'), undefined);
      assert.deepEqual(await source.listMinutes(['vscode-vfs://github/x'], 10), []);
    } finally {
      close();
    }
  });
});
