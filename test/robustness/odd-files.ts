/**
 * The odd files of the files tests (files.test.ts, and the 50 MB and
 * 150,000-problem files of files.slow.test.ts), made in a temporary folder
 * and never committed, and the checks both make of the CLI and the language
 * server: a file problem is one line naming the file, never a stack trace;
 * the server publishes diagnostics for a document and answers requests on it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli, type CliRun } from '../helpers/cli';
import type { Message, RawServer } from '../helpers/raw-server';
import { ROOT } from '../helpers/root';

const SEED = fs.readFileSync(path.join(ROOT, 'test/fixtures/seeds/000-bradford-executive.minutes'), 'utf8');

/** A document with problems on known lines (an undeclared handle on line 10, a bad due date on line 11). */
export const FAULTY = ['---', 'committee: Planning', 'date: 2021-06-08', '---', '', 'PEOPLE:', '@alam Irfan Alam', '', '# 1. Item', 'NOTED: @ghost spoke.', 'ACTION: @alam — Write — due 2021-02-30', ''].join('\n');

/** The same lines with every third break CRLF and every third a lone CR. */
export function mixed(text: string): string {
  return text.split('\n').reduce((out, line, i, all) => out + line + (i === all.length - 1 ? '' : ['\n', '\r\n', '\r'][i % 3]), '');
}

/** A seed's items repeated to 50 MB, with one undeclared handle on the next-to-last line. */
export function fiftyMegabytes(): string {
  const [head, ...rest] = SEED.split('\n# 1.');
  const body = `# 1.${rest.join('\n# 1.')}`;
  const parts = [head, '\n'];
  let size = head.length;
  for (let i = 1; size < 50 * 1024 * 1024; i++) {
    const item = body.replace('# 1.', `# ${i}.`);
    parts.push(item, '\n');
    size += item.length + 1;
  }
  parts.push('\n# 999999. Last\nNOTED: @ghostly\n');
  return parts.join('');
}

/** A document with 150,000 undeclared handles (and a warning). */
export function manyProblems(): string {
  return ['---', 'committee: P', 'date: 2021-06-08', '---', '', '# 1. Item', ...Array.from({ length: 150_000 }, (_, i) => `@who${i} spoke.`), ''].join('\n');
}

/** A temporary folder holding `files` (name -> bytes); `remove` deletes it. */
export function oddFolder(files: Readonly<Record<string, Buffer>>): { at: (name: string) => string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-files-'));
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  return { at: (name) => path.join(dir, name), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** `minutes lint file ...args`, taking up to 256 MB of report. */
export function lint(file: string, ...args: string[]): CliRun {
  return runCli(['lint', file, ...args], { maxBuffer: 256 * 1024 * 1024 });
}

/** A file problem: exit 2 and one line on stderr that names the file and says `what`. */
export function expectFileError(r: CliRun, file: string, what: RegExp): void {
  assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr: ${r.stderr}`);
  assert.ok(lines[0].includes(file), `names ${file}: ${lines[0]}`);
  assert.match(lines[0], what);
}

export function noStack(r: CliRun): void {
  assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at |TypeError|RangeError|Maximum call stack/, 'no stack trace');
}

/**
 * Opens `text` as the file `file` and waits for its diagnostics; then asks
 * for symbols, the preview, the stats and a hover, each of which must be
 * answered without an error, and closes it. Returns the diagnostics message.
 */
export async function serve(s: RawServer, file: string, text: string): Promise<Message> {
  const u = pathToFileURL(file).toString();
  const name = path.basename(file);
  const from = s.received.length;
  s.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'minutes', version: 1, text } });
  const published = await s.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === u, `diagnostics for ${name}`, 120_000, from);
  for (const [method, params] of [
    ['textDocument/documentSymbol', { textDocument: { uri: u } }],
    ['minutes/render', { uri: u }],
    ['minutes/stats', { uri: u }],
    ['textDocument/hover', { textDocument: { uri: u }, position: { line: 9, character: 9 } }],
  ] as const) {
    const r = await s.request(method, params, 120_000);
    assert.equal(r.error, undefined, `${method} on ${name}: ${JSON.stringify(r.error)}`);
  }
  s.notify('textDocument/didClose', { textDocument: { uri: u } });
  return published;
}
