/**
 * A raw JSON-RPC client for the fault tests: it spawns the bundled
 * out/server.js over stdio and writes frames itself, so that a test can send
 * what no well-behaved client library would (broken JSON, wrong shapes,
 * missing fields, a header without a body), and reads every frame the server
 * writes. It answers the server's own requests (configuration, capability
 * registration, refreshes) the way an editor does.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { SERVER } from './root';

export interface Message {
  readonly jsonrpc?: string;
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

export class RawServer {
  /** Every message the server wrote, in order. */
  readonly received: Message[] = [];
  stderr = '';
  exit: { code: number | null; signal: string | null } | null = null;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiters = new Set<() => void>();

  private constructor(readonly proc: ChildProcess) {
    proc.stdout!.on('data', (d: Buffer) => this.read(d));
    proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    proc.on('exit', (code, signal) => {
      this.exit = { code, signal };
      this.wake();
    });
    proc.stdin!.on('error', () => undefined);
  }

  /** Spawns the server (not yet initialized). */
  static spawn(): RawServer {
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    return new RawServer(spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /** Spawns and initializes the server as a plain client would. */
  static async start(): Promise<RawServer> {
    const s = RawServer.spawn();
    const init = await s.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    assert.ok(init.result, `initialize answered ${JSON.stringify(init)}`);
    s.notify('initialized', {});
    return s;
  }

  /** Writes bytes as they are. */
  writeRaw(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  /** Writes one frame with `body` as its content, whatever it is. */
  writeFrame(body: string): void {
    this.writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  send(message: object): void {
    this.writeFrame(JSON.stringify(message));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Sends a request and resolves with its response (result or error). */
  request(method: string, params: unknown, timeoutMs = 20000): Promise<Message> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return this.responseTo(id, timeoutMs);
  }

  /** Resolves with the response to `id`; a timeout or an exit turns into a failure. */
  responseTo(id: number | string | null, timeoutMs = 20000): Promise<Message> {
    return this.waitFor((m) => m.id === id && m.method === undefined, `a response to ${String(id)}`, timeoutMs);
  }

  /** Resolves with the first message (from `after` on) that `accept` takes. */
  waitFor(accept: (m: Message) => boolean, what: string, timeoutMs = 20000, after = 0): Promise<Message> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.received.slice(after).find(accept);
        if (found) resolve(found);
        else if (this.exit) reject(new Error(`the server exited (${JSON.stringify(this.exit)}) before ${what}; stderr: ${this.stderr.slice(-2000)}`));
        else return false;
        return true;
      };
      if (check()) return;
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (): void => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      this.waiters.add(waiter);
    });
  }

  /** Shuts down as an editor does; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (!this.exit) {
      const ended = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
      const shutdown = await this.request('shutdown', null);
      assert.equal(shutdown.error, undefined, `shutdown failed: ${JSON.stringify(shutdown.error)}`);
      this.notify('exit', null);
      await ended;
    }
    return this.exit!.code;
  }

  /** Kills the process if it still runs (for after hooks). */
  kill(): void {
    if (!this.exit) this.proc.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      const message = JSON.parse(body) as Message;
      this.received.push(message);
      this.answer(message);
    }
    // unreachable
  }

  /** Answers the server's requests to the client. */
  private answer(m: Message): void {
    if (m.method !== undefined && m.id !== undefined) {
      const params = m.params as { items?: unknown[] } | undefined;
      const result = m.method === 'workspace/configuration' ? (params?.items ?? []).map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: m.id, result });
    }
    this.wake();
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }
}
