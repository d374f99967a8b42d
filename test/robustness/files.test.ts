/**
 * Odd files, made in a temporary folder (never committed): empty, a BOM
 * alone, binary, invalid UTF-8, Latin-1, UTF-16 LE and BE with their BOMs,
 * CRLF, mixed line endings (LF, CRLF and lone CR); the 50 MB file and the
 * file with 150,000 problems are in files.slow.test.ts (`npm run test:slow`).
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
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CLI } from '../helpers/cli';
import { RawServer, type Message } from '../helpers/raw-server';
import { expectFileError, FAULTY, lint, mixed, noStack, oddFolder, serve } from './odd-files';

describe('robustness: odd files through the CLI and the language server', function () {
  this.timeout(240_000);
  let folder: ReturnType<typeof oddFolder> | undefined;
  const files: Record<string, Buffer> = {};
  const at = (name: string): string => folder!.at(name);

  before(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
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
    });
    folder = oddFolder(files);
  });

  after(() => folder?.remove());

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

    const open = (name: string, text: string): Promise<Message> => serve(s, at(name), text);

    it('takes every file as an editor would send it: decoded as UTF-8 (with replacement characters), as Latin-1, or correctly', async () => {
      for (const [name, bytes] of Object.entries(files)) {
        await open(`utf8-${name}`, new TextDecoder('utf-8').decode(bytes));
        await open(`latin1-${name}`, bytes.toString('latin1'));
      }
      await open('utf16le-decoded.minutes', new TextDecoder('utf-16le').decode(files['utf16le.minutes']));
      await open('utf16be-decoded.minutes', new TextDecoder('utf-16be').decode(files['utf16be.minutes']));
    });

    it('positions follow LSP line counting for CRLF and lone CR: a problem lands where the editor shows the text', async () => {
      for (const name of ['crlf.minutes', 'mixed.minutes']) {
        const text = files[name].toString('utf8');
        const published = await open(`positions-${name}`, text);
        const doc = TextDocument.create('file:///x', 'minutes', 1, text);
        const ghost = (published.params as { diagnostics: { code?: string; range: { start: unknown; end: unknown } }[] }).diagnostics.find((d) => d.code === 'person-unknown');
        assert.ok(ghost, `${name}: the @ghost problem`);
        const start = text.indexOf('@ghost');
        assert.deepEqual(ghost.range, { start: doc.positionAt(start), end: doc.positionAt(start + '@ghost'.length) }, name);
      }
    });
  });
});
