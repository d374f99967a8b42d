/**
 * The Minutes language server: the entry point of out/server.js. It serves
 * `.minutes` files to any LSP client over `--stdio`, `--node-ipc` or
 * `--socket=N`. All the work is in lsp/ (the adapter) and core/ (the
 * language); this file only starts it and keeps one stray exception from
 * taking the editor's language features down with it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/connection';
import { nodeFileSource, uriToPath } from './lsp/node-file-source';

process.on('uncaughtException', (err) => {
  process.stderr.write(`minutes language server: uncaught exception: ${err.stack ?? String(err)}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`minutes language server: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
});

// The transport (`--stdio`, `--node-ipc`, `--socket`) comes from the command line.
startServer(createConnection(ProposedFeatures.all), nodeFileSource(), (uri) => uriToPath(uri) ?? uri);
