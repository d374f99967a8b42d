/**
 * The language server benchmark, through real JSON-RPC to the bundled
 * out/server.js over stdio, as an editor drives it: spawn -> initialize;
 * open a 5,000-line and a 20,000-line document -> their first diagnostics;
 * 50 single-character edits at seeded random places, each timed from the
 * didChange to the publishDiagnostics of that very version (default settings,
 * so no debounce); completion and document-symbol round trips; and the
 * server's resident memory (VmRSS) after the edits. Each document size gets
 * its own server process, so one size's memory does not count for the other.
 * The 5,000-line document is measured once more in a server started with the
 * Node flags the VS Code client uses (client/src/server-flags.ts); the
 * targets are judged on the plain `node out/server.js` other editors start.
 *
 * Run alone (after `npm run build`): node -r ./test/register-ts.js bench/server.ts [--json]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_NODE_FLAGS } from '../client/src/server-flags';
import { generateMinutes, prng } from './generate';
import { median, percentile } from './stats';

/** The server bundle; BENCH_SERVER_JS points elsewhere (e.g. a bundle built to compare two versions). */
export const SERVER_JS = process.env.BENCH_SERVER_JS ?? path.join(__dirname, '..', 'out', 'server.js');

/** Figures for one document size. */
export interface ServerDocResult {
  readonly lines: number;
  readonly bytes: number;
  readonly openToDiagnosticsMs: number;
  readonly keystrokeMedianMs: number;
  readonly keystrokeP90Ms: number;
  readonly keystrokeBestMs: number;
  readonly completionMs: number;
  readonly documentSymbolMs: number;
  readonly rssMb: number;
}

export interface ServerResult {
  readonly spawnToInitializeMs: number;
  readonly spawnToInitializeBestMs: number;
  readonly documents: readonly ServerDocResult[];
  /** 5,000 lines again, with the Node flags the VS Code client starts the server with. */
  readonly withClientFlags: { readonly flags: readonly string[]; readonly document: ServerDocResult };
}

interface Session {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  /** Resolves when diagnostics for `version` of the document arrive. */
  diagnosticsFor(version: number): Promise<number>;
}

const EDITS = 50;
const ROUND_TRIPS = 30;

/** Starts the server and completes the initialize handshake; returns the session and the time it took. */
async function start(uri: string, flags: readonly string[] = []): Promise<{ session: Session; ms: number }> {
  const t0 = performance.now();
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" profiles the server under the benchmark's load.
  const nodeArgs = [...flags, ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const proc = spawn(process.execPath, [...nodeArgs, SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const waiting = new Map<number, (t: number) => void>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    if (p.uri !== uri || p.version === undefined) return;
    waiting.get(p.version)?.(performance.now());
    waiting.delete(p.version);
  });
  // A client that does not answer configuration requests gets the server's defaults.
  conn.onRequest(() => null);
  conn.onNotification(() => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  const ms = performance.now() - t0;
  conn.sendNotification('initialized', {});
  const session: Session = {
    proc,
    conn,
    diagnosticsFor: (version) => new Promise((resolve) => waiting.set(version, resolve)),
  };
  return { session, ms };
}

async function stop(s: Session): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (s.proc.exitCode !== null || s.proc.signalCode !== null) resolve();
    else s.proc.once('exit', () => resolve());
  });
  try {
    await Promise.race([s.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    await s.conn.sendNotification('exit');
  } catch {
    // The server may already be gone; it is killed below either way.
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
  s.proc.kill();
  s.conn.dispose();
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function roundTrips(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUND_TRIPS + 3; i++) {
    const t = performance.now();
    await fn();
    if (i >= 3) times.push(performance.now() - t);
  }
  return median(times);
}

/** Opens one document in a fresh server and measures everything a clerk would feel. */
async function measureDocument(lines: number, dir: string, flags: readonly string[] = []): Promise<{ doc: ServerDocResult; spawnMs: number }> {
  const file = path.join(dir, `bench-${lines}.minutes`);
  let text = generateMinutes({ lines, seed: 7 });
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const { session, ms: spawnMs } = await start(uri, flags);
  const { conn } = session;
  let version = 1;
  let t = performance.now();
  const opened = session.diagnosticsFor(version);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version, text } });
  const openToDiagnosticsMs = (await opened) - t;

  const rnd = prng(99);
  const keystrokes: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const lineTexts = text.split('\n');
    const line = Math.floor(rnd() * (lineTexts.length - 1));
    const character = Math.floor(rnd() * (lineTexts[line].length + 1));
    lineTexts[line] = lineTexts[line].slice(0, character) + 'e' + lineTexts[line].slice(character);
    text = lineTexts.join('\n');
    version++;
    const published = session.diagnosticsFor(version);
    t = performance.now();
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'e' }],
    });
    keystrokes.push((await published) - t);
  }
  const rss = rssMb(session.proc.pid!);

  const at = text.indexOf(' @', text.indexOf('\n# '));
  const before = text.slice(0, at + 2).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const completionMs = await roundTrips(() => conn.sendRequest('textDocument/completion', { textDocument: { uri }, position }));
  const documentSymbolMs = await roundTrips(() => conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
  await stop(session);
  return {
    spawnMs,
    doc: {
      lines,
      bytes: Buffer.byteLength(text),
      openToDiagnosticsMs,
      keystrokeMedianMs: median(keystrokes),
      keystrokeP90Ms: percentile(keystrokes, 90),
      keystrokeBestMs: Math.min(...keystrokes),
      completionMs,
      documentSymbolMs,
      rssMb: rss,
    },
  };
}

/** Runs the server benchmark; needs out/server.js. */
export async function runServer(log: (line: string) => void = () => undefined): Promise<ServerResult> {
  if (!fs.existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run npm run build first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-bench-server-'));
  try {
    const spawns: number[] = [];
    // Spawn -> initialize alone, a few times, for a median free of the first disk read.
    for (let i = 0; i < 5; i++) {
      const { session, ms } = await start('file:///none.minutes');
      spawns.push(ms);
      await stop(session);
    }
    const documents: ServerDocResult[] = [];
    for (const lines of [5_000, 20_000]) {
      const { doc } = await measureDocument(lines, dir);
      log(`server ${lines} lines: keystroke median ${doc.keystrokeMedianMs.toFixed(1)} ms, p90 ${doc.keystrokeP90Ms.toFixed(1)} ms, RSS ${doc.rssMb.toFixed(0)} MB`);
      documents.push(doc);
    }
    // As VS Code runs it: the client caps V8's young generation (client/src/server-flags.ts).
    const { doc: flagged } = await measureDocument(5_000, dir, SERVER_NODE_FLAGS);
    log(`server 5000 lines, ${SERVER_NODE_FLAGS.join(' ')}: keystroke median ${flagged.keystrokeMedianMs.toFixed(1)} ms, RSS ${flagged.rssMb.toFixed(0)} MB`);
    return {
      spawnToInitializeMs: median(spawns),
      spawnToInitializeBestMs: Math.min(...spawns),
      documents,
      withClientFlags: { flags: SERVER_NODE_FLAGS, document: flagged },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runServer((l) => process.stderr.write(l + '\n')).then(
    (result) => {
      if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(result) + '\n');
      else console.log(JSON.stringify(result, null, 2));
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
