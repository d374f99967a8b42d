/**
 * The Minutes language server in a Web Worker: the entry point of
 * out/web/server.js, which the web extension (client/src/browser-extension.ts)
 * starts on vscode.dev and github.dev. It is the same server as
 * server.ts (lsp/ and core/), with two differences: messages come and go
 * through the worker's postMessage, and the workspace's files are read by
 * asking the client (lsp/file-source.ts), since a worker has no file system.
 * esbuild.mjs gives this bundle the exports without PDF (web-exports.ts)
 * and no importer (web-imports.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './lsp/connection';
import { clientFileSource } from './lsp/file-source';

/** The worker's own scope, as much of it as the message reader and writer use. */
type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];

// The server yields a turn with setImmediate (lsp/scheduler.ts, the
// workspace index), which a worker lacks; a message to itself runs next,
// without the 4 ms that nested timers are held back.
if (typeof globalThis.setImmediate !== 'function') {
  const queue: (() => void)[] = [];
  const channel = new MessageChannel();
  // The browser's MessagePort (the types here are Node's, which has no onmessage).
  (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => queue.shift()?.();
  const shim = (fn: (...args: unknown[]) => void, ...args: unknown[]): void => {
    queue.push(() => fn(...args));
    channel.port2.postMessage(0);
  };
  (globalThis as unknown as { setImmediate: typeof shim }).setImmediate = shim;
}

const scope = globalThis as unknown as WorkerScope;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, clientFileSource(connection));
