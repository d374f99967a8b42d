/**
 * A real JSON-RPC client for the protocol tests: it spawns the bundled
 * out/server.js over stdio, as an editor does, answers the server's
 * requests (workspace/configuration from the test's settings, capability
 * registrations) and records every publishDiagnostics so a test can wait for
 * the one it needs as an event — never by sleeping.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, InitializeResult, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { ROOT, SERVER } from './root';

/** Capabilities of a plain push-diagnostics client (as Neovim 0.7 is). */
export const PUSH_CLIENT: ClientCapabilities = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    completion: { completionItem: { snippetSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    definition: { linkSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
  },
};

export interface StartOptions {
  readonly capabilities?: ClientCapabilities;
  /** The `minutes` settings section the client answers with. */
  readonly settings?: Record<string, unknown>;
  readonly workspaceFolders?: readonly string[];
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every workspace/configuration item the server asked for. */
  readonly configurationRequests: unknown[] = [];
  /** Messages logged by the server (window/logMessage). */
  readonly logs: string[] = [];
  settings: Record<string, unknown>;
  stderr = '';
  private readonly waiters = new Set<() => void>();
  private exited: string | null = null;

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: MessageConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  /** Spawns the server and completes the initialize handshake. */
  static async start(options: StartOptions = {}): Promise<{ client: TestClient; init: InitializeResult }> {
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, connection, options.settings ?? {});
    proc.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    proc.on('exit', (code, signal) => {
      client.exited = `server exited (code ${code}, signal ${signal})`;
      client.notify();
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.published.push(p);
      client.notify();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => client.logs.push(p.message));
    connection.onNotification('window/showMessage', (p: { message: string }) => client.logs.push(p.message));
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      client.configurationRequests.push(...p.items);
      return p.items.map((i) => (i.section === 'minutes' ? client.settings : null));
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.listen();
    const folders = options.workspaceFolders ?? [];
    const init = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).toString() : null,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).toString(), name: path.basename(f) })),
      capabilities: options.capabilities ?? PUSH_CLIENT,
    });
    await connection.sendNotification('initialized', {});
    return { client, init };
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /**
   * Resolves with the first publication for `uri` (from `after` on) that
   * satisfies `accept`. The timeout only turns a hang into a failure.
   */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, after = 0, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.published.slice(after).find((p) => p.uri === uri && accept(p));
        if (found) resolve(found);
        else if (this.exited) reject(new Error(`${this.exited} before diagnostics for ${uri}; stderr: ${this.stderr}`));
        else return false;
        return true;
      };
      if (check()) return;
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.filter((p) => p.uri === uri).map((p) => p.version))}`));
      }, timeoutMs);
      const waiter = (): void => {
        if (check()) {
          clearTimeout(timer);
          this.waiters.delete(waiter);
        }
      };
      this.waiters.add(waiter);
    });
  }

  /** Shuts the server down as an editor does and waits for the process to end. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const ended = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    await ended;
    this.connection.dispose();
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.exited === null;
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }
}

/** A file: URI for a made-up path under the repository (the file need not exist). */
export function uriOf(name: string): string {
  return pathToFileURL(path.join(ROOT, 'test', 'fixtures', name)).toString();
}

/** The text of a fixture file. */
export function fixture(rel: string): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', rel), 'utf8');
}
