/**
 * Odd files, made in a temporary folder (never committed): empty, a BOM
 * alone, binary, invalid UTF-8, Latin-1, UTF-16 LE and BE with their BOMs,
 * CRLF, mixed line endings (LF, CRLF and lone CR), and a 50 MB file.
 * - The CLI (out/cli.js) reports each clearly: a file it cannot read as
 *   UTF-8 text ends it with exit 2 and one line naming the file and what is
 *   wrong with it; a readable one gets diagnostics at the right lines
 *   (the same for LF, CRLF and mixed endings); never a stack trace.
 * - The language server (out/server.js over JSON-RPC) takes each as an
 *   editor would send it (decoded as UTF-8 with replacement characters, or
 *   as Latin-1, or correctly), publishes diagnostics, answers requests, and
 *   reports positions as LSP counts lines (a lone CR ends a line).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RawServer, type Message } from '../helpers/raw-server';
import { ROOT } from '../helpers/root';

const CLI = path.join(ROOT, 'out', 'cli.js');
const SEED = fs.readFileSync(path.join(ROOT, 'test/fixtures/seeds/000-bradford-executive.minutes'), 'utf8');
/** A document with problems on known lines (an undeclared handle on line 10, a bad due date on line 11). */
const FAULTY = ['---', 'committee: Planning', 'date: 2021-06-08', '---', '', 'PEOPLE:', '@alam Irfan Alam', '', '# 1. Item', 'NOTED: @ghost spoke.', 'ACTION: @alam — Write — due 2021-02-30', ''].join('\n');

/** The same lines with every third break CRLF and every third a lone CR. */
function mixed(text: string): string {
  return text.split('\n').reduce((out, line, i, all) => out + line + (i === all.length - 1 ? '' : ['\n', '\r\n', '\r'][i % 3]), '');
}

function fiftyMegabytes(): string {
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

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function lint(file: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, 'lint', file, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A file problem: exit 2 and one line on stderr that names the file and says `what`. */
function expectFileError(r: Run, file: string, what: RegExp): void {
  assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr: ${r.stderr}`);
  assert.ok(lines[0].includes(file), `names ${file}: ${lines[0]}`);
  assert.match(lines[0], what);
}

function noStack(r: Run): void {
  assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at |TypeError|RangeError|Maximum call stack/, 'no stack trace');
}

describe('robustness: odd files through the CLI and the language server', function () {
  this.timeout(240_000);
  let dir: string;
  const files: Record<string, Buffer> = {};
  const at = (name: string): string => path.join(dir, name);

  before(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-files-'));
    const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
    Object.assign(files, {
      'empty.minutes': Buffer.alloc(0),
      'bom-only.minutes': Buffer.from([0xef, 0xbb, 0xbf]),
      'binary.minutes': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from([0, 0, 0, 13]), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]),
      'invalid-utf8.minutes': Buffer.concat([utf8(FAULTY.slice(0, 60)), Buffer.from([0xc3, 0x28]), utf8(FAULTY.slice(60))]),
      'latin1.minutes': Buffer.from(FAULTY.replace('Irfan Alam', 'Irfán Alam').replace(/—/g, '-'), 'latin1'),
      'utf16le.minutes': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FAULTY, 'utf16le')]),
      'utf16be.minutes': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FAULTY, 'utf16le').swap16()]),
      'lf.minutes': utf8(FAULTY),
      'bom-lf.minutes': utf8(`\uFEFF${FAULTY}`),
      'crlf.minutes': utf8(FAULTY.replace(/\n/g, '\r\n')),
      'mixed.minutes': utf8(mixed(FAULTY)),
      'big-50mb.minutes': utf8(fiftyMegabytes()),
      'many-problems.minutes': utf8(['---', 'committee: P', 'date: 2021-06-08', '---', '', '# 1. Item', ...Array.from({ length: 150_000 }, (_, i) => `@who${i} spoke.`), ''].join('\n')),
    });
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(at(name), bytes);
    assert.ok(files['big-50mb.minutes'].length >= 50 * 1024 * 1024);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('the CLI', () => {
    it('an empty file and a BOM alone: the header-missing error at 1:1', () => {
      for (const name of ['empty.minutes', 'bom-only.minutes']) {
        const r = lint(at(name), '--format', 'json');
        assert.equal(r.code, 1, r.stderr);
        noStack(r);
        const [report] = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
        assert.deepEqual(report.messages.map((m) => [m.ruleId, m.line, m.column]), [['header-missing', 1, 1]]);
      }
    });

    it('a binary file: exit 2, one line naming it', () => {
      const r = lint(at('binary.minutes'));
      expectFileError(r, at('binary.minutes'), /binary file/);
      noStack(r);
    });

    it('invalid UTF-8 and Latin-1: exit 2, one line naming the file, the line and column and the byte', () => {
      expectFileError(lint(at('invalid-utf8.minutes')), at('invalid-utf8.minutes'), /:\d+:\d+: invalid UTF-8 \(byte 0xc3\)/);
      expectFileError(lint(at('latin1.minutes')), at('latin1.minutes'), /:7:\d+: invalid UTF-8 \(byte 0xe1\)/);
    });

    it('UTF-16 LE and BE with a BOM: exit 2, one line saying it is UTF-16 and to save it as UTF-8', () => {
      expectFileError(lint(at('utf16le.minutes')), at('utf16le.minutes'), /UTF-16 LE.*save it as UTF-8/);
      expectFileError(lint(at('utf16be.minutes')), at('utf16be.minutes'), /UTF-16 BE.*save it as UTF-8/);
    });

    it('LF, CRLF, a BOM, and mixed LF/CRLF/lone-CR endings: the same problems at the same lines and columns', () => {
      const read = (name: string): unknown => {
        const r = lint(at(name), '--format', 'json');
        assert.equal(r.code, 1, r.stderr);
        noStack(r);
        return (JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[] }[])[0].messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]);
      };
      const lf = read('lf.minutes');
      assert.deepEqual(lf, [['person-unknown', 10, 8, 10, 14], ['action-due', 11, 29, 11, 39]]);
      for (const name of ['bom-lf.minutes', 'crlf.minutes', 'mixed.minutes']) assert.deepEqual(read(name), lf, name);
    });

    it('the default report quotes the right source line under each problem, for every line ending', () => {
      for (const name of ['lf.minutes', 'crlf.minutes', 'mixed.minutes']) {
        const r = lint(at(name));
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stdout, /10:8 +error +@ghost [^\n]*\n +10 \| NOTED: @ghost spoke\.\n/, name);
      }
    });

    it('150,000 problems in one file: every report format prints them all', () => {
      for (const format of ['stylish', 'json', 'sarif', 'github']) {
        const r = lint(at('many-problems.minutes'), '--format', format);
        noStack(r);
        assert.equal(r.code, 1, `${format}: ${r.stderr.slice(0, 300)}`);
        assert.equal(r.stderr, '', format);
        if (format === 'stylish') assert.match(r.stdout, /✖ 150001 problems \(150000 errors, 1 warning/);
        if (format === 'json') assert.equal((JSON.parse(r.stdout) as { messages: unknown[] }[])[0].messages.length, 150_001);
      }
    });

    it('a 50 MB file: linted, with its one problem at its line', () => {
      const r = lint(at('big-50mb.minutes'), '--format', 'json');
      noStack(r);
      assert.equal(r.code, 1, r.stderr.slice(0, 500));
      const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; line: number }[] }[])[0].messages;
      const lines = files['big-50mb.minutes'].toString('utf8').split('\n').length;
      assert.deepEqual(messages.map((m) => [m.ruleId, m.line]), [['person-unknown', lines - 1]]);
    });
  });

  describe('the language server', () => {
    let s: RawServer;
    before(async () => {
      s = await RawServer.start();
    });
    after(async () => {
      if (s && !s.exit) assert.equal(await s.stop(), 0);
      s?.kill();
    });

    /** Opens `text` and waits for its diagnostics; then asks for symbols, the preview and the stats. */
    async function serve(name: string, text: string): Promise<Message> {
      const u = pathToFileURL(at(name)).toString();
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

    it('takes every file as an editor would send it: decoded as UTF-8 (with replacement characters), as Latin-1, or correctly', async () => {
      for (const [name, bytes] of Object.entries(files)) {
        if (name === 'big-50mb.minutes' || name === 'many-problems.minutes') continue;
        await serve(`utf8-${name}`, new TextDecoder('utf-8').decode(bytes));
        await serve(`latin1-${name}`, bytes.toString('latin1'));
      }
      await serve('utf16le-decoded.minutes', new TextDecoder('utf-16le').decode(files['utf16le.minutes']));
      await serve('utf16be-decoded.minutes', new TextDecoder('utf-16be').decode(files['utf16be.minutes']));
    });

    it('positions follow LSP line counting for CRLF and lone CR: a problem lands where the editor shows the text', async () => {
      for (const name of ['crlf.minutes', 'mixed.minutes']) {
        const text = files[name].toString('utf8');
        const published = await serve(`positions-${name}`, text);
        const doc = TextDocument.create('file:///x', 'minutes', 1, text);
        const ghost = (published.params as { diagnostics: { code?: string; range: { start: unknown; end: unknown } }[] }).diagnostics.find((d) => d.code === 'person-unknown');
        assert.ok(ghost, `${name}: the @ghost problem`);
        const start = text.indexOf('@ghost');
        assert.deepEqual(ghost.range, { start: doc.positionAt(start), end: doc.positionAt(start + '@ghost'.length) }, name);
      }
    });

    it('a 50 MB document: diagnostics published and requests answered', async () => {
      const published = await serve('big-50mb.minutes', files['big-50mb.minutes'].toString('utf8'));
      const codes = (published.params as { diagnostics: { code?: string }[] }).diagnostics.map((d) => d.code);
      assert.deepEqual(codes, ['person-unknown']);
    });
  });
});
