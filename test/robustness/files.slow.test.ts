/**
 * Odd files that take long (the slow suite, `npm run test:slow`; the others
 * are in files.test.ts): a 50 MB file and a file with 150,000 problems.
 * - The CLI (out/cli.js) lints the 50 MB file and reports its one problem at
 *   its line, and prints all 150,001 problems in every report format.
 * - The language server (out/server.js over JSON-RPC) takes the 50 MB
 *   document, publishes its diagnostics and answers requests on it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CLI } from '../helpers/cli';
import { RawServer } from '../helpers/raw-server';
import { fiftyMegabytes, lint, manyProblems, noStack, oddFolder, serve } from './odd-files';

describe('robustness: a 50 MB file and 150,000 problems through the CLI and the language server', function () {
  this.timeout(240_000);
  let folder: ReturnType<typeof oddFolder> | undefined;
  let big: Buffer;
  const at = (name: string): string => folder!.at(name);

  before(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
    big = Buffer.from(fiftyMegabytes(), 'utf8');
    assert.ok(big.length >= 50 * 1024 * 1024);
    folder = oddFolder({ 'big-50mb.minutes': big, 'many-problems.minutes': Buffer.from(manyProblems(), 'utf8') });
  });

  after(() => folder?.remove());

  describe('the CLI', () => {
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
      const lines = big.toString('utf8').split('\n').length;
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

    it('a 50 MB document: diagnostics published and requests answered', async () => {
      const published = await serve(s, at('big-50mb.minutes'), big.toString('utf8'));
      const codes = (published.params as { diagnostics: { code?: string }[] }).diagnostics.map((d) => d.code);
      assert.deepEqual(codes, ['person-unknown']);
    });
  });
});
