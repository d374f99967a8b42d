/**
 * The CLI's pure pieces, tested in-process: glob compilation, the ignore
 * file's .gitignore rules, the UTF-8 check, argument parsing and the unified
 * diff (checked against `git apply` on many seeded random edits).
 */
import * as assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { CliError } from '../../server/src/cli/errors';
import { globToRegExp, isGlob, staticBase } from '../../server/src/cli/glob';
import { ignoreMatcher } from '../../server/src/cli/ignore-file';
import { firstInvalidUtf8 } from '../../server/src/cli/read-source';
import { unifiedDiff } from '../../server/src/cli/unified-diff';
import { cleanup, tempTree } from '../helpers/cli';

describe('cli units', () => {
  describe('glob', () => {
    const cases: Array<[string, string, boolean]> = [
      ['**/*.minutes', 'a.minutes', true],
      ['**/*.minutes', 'x/y/a.minutes', true],
      ['**/*.minutes', 'x/a.minutes.bak', false],
      ['*.minutes', 'x/a.minutes', false],
      ['a/**/b.minutes', 'a/b.minutes', true],
      ['a/**/b.minutes', 'a/x/y/b.minutes', true],
      ['a/**/b.minutes', 'ab.minutes', false],
      ['a/**', 'a/x/y', true],
      ['a/**', 'ab/x', false],
      ['d/*.{minutes,txt}', 'd/a.txt', true],
      ['d/[ab]?.m', 'd/bz.m', true],
      ['d/[!ab]?.m', 'd/bz.m', false],
      ['d/\\*.m', 'd/*.m', true],
      ['d/\\*.m', 'd/x.m', false],
      ['/abs/**/*.m', '/abs/q/r.m', true],
      ['x.m', 'xym', false],
    ];
    for (const [glob, file, expected] of cases) {
      it(`${glob} ${expected ? 'matches' : 'does not match'} ${file}`, () => assert.equal(globToRegExp(glob).test(file), expected));
    }

    it('tells globs from plain paths and finds where a walk starts', () => {
      assert.equal(isGlob('minutes/2024/jan.minutes'), false);
      assert.equal(isGlob('minutes/*.minutes'), true);
      assert.equal(isGlob('minutes/\\*.minutes'), false);
      assert.equal(staticBase('docs/2024/**/*.minutes'), 'docs/2024');
      assert.equal(staticBase('*.minutes'), '.');
      assert.equal(staticBase('/abs/x/*.m'), '/abs/x');
    });
  });

  describe('ignore file', () => {
    const base = '/repo';
    const ignored = (text: string, rel: string): boolean => ignoreMatcher(text, base).isIgnored(`${base}/${rel}`);

    it('a pattern without a slash matches at any depth, and everything below a matching folder', () => {
      assert.equal(ignored('drafts', 'drafts/a.minutes'), true);
      assert.equal(ignored('drafts', 'x/drafts/y/a.minutes'), true);
      assert.equal(ignored('*.old.minutes', 'x/a.old.minutes'), true);
      assert.equal(ignored('drafts', 'drafts-2024/a.minutes'), false);
    });

    it('a leading or inner slash anchors the pattern to the ignore file folder', () => {
      assert.equal(ignored('/a.minutes', 'a.minutes'), true);
      assert.equal(ignored('/a.minutes', 'x/a.minutes'), false);
      assert.equal(ignored('x/a.minutes', 'y/x/a.minutes'), false);
    });

    it('a trailing slash matches folders only; ! re-includes; # is a comment', () => {
      assert.equal(ignored('a.minutes/', 'a.minutes'), false);
      assert.equal(ignored('old/', 'old/a.minutes'), true);
      assert.equal(ignored('*.minutes\n!keep.minutes', 'keep.minutes'), false);
      assert.equal(ignored('# a.minutes', 'a.minutes'), false);
      assert.equal(ignored('\\#a.minutes', '#a.minutes'), true);
    });

    it('never ignores files outside its folder', () => assert.equal(ignoreMatcher('*', base).isIgnored('/elsewhere/a.minutes'), false));
  });

  describe('UTF-8 check', () => {
    const bad = (...bytes: number[]): number => firstInvalidUtf8(Uint8Array.from(bytes));
    it('accepts ASCII, 2-, 3- and 4-byte sequences', () => assert.equal(firstInvalidUtf8(Buffer.from('a £ — “x” 😀')), -1));
    it('finds a lone continuation byte', () => assert.equal(bad(0x61, 0x80), 1));
    it('finds an overlong encoding', () => assert.equal(bad(0xc0, 0xaf), 0));
    it('finds an overlong 3-byte encoding', () => assert.equal(bad(0xe0, 0x80, 0xaf), 0));
    it('finds an encoded surrogate', () => assert.equal(bad(0x61, 0xed, 0xa0, 0x80), 1));
    it('finds a code point above U+10FFFF', () => assert.equal(bad(0xf4, 0x90, 0x80, 0x80), 0));
    it('finds a sequence cut short', () => assert.equal(bad(0x61, 0xe2, 0x80), 1));
    it('finds Windows-1252 text', () => assert.equal(firstInvalidUtf8(Buffer.from('cost \u00a3120', 'latin1')), 5));
    it("agrees with Node's isUtf8, which decodeSource asks first", () => {
      // Short random byte strings weighted towards lead and continuation bytes, so
      // that every kind of sequence, valid or not, comes up many times.
      const pool = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
      let seed = 42;
      const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
      let valid = 0;
      for (let n = 0; n < 200_000; n++) {
        const bytes = Uint8Array.from({ length: 1 + (next() % 6) }, () => pool[next() % pool.length]);
        const ours = firstInvalidUtf8(bytes) === -1;
        assert.equal(isUtf8(bytes), ours, `bytes ${Buffer.from(bytes).toString('hex')}`);
        if (ours) valid++;
      }
      assert.ok(valid > 1000, `${valid} valid strings among them`);
    });
  });

  describe('arguments', () => {
    const usage = (argv: string[], message: RegExp): void => assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof CliError && message.test(e.message));

    it('reads flags in both forms, repeatable rules, and "-" as standard input', () => {
      const cmd = parseArgs(['lint', '--format=json', '--rule', 'a=off', '--rule=b=info', '-o', 'r.json', '-']);
      assert.equal(cmd.command, 'lint');
      if (cmd.command !== 'lint') return;
      assert.equal(cmd.format, 'json');
      assert.deepEqual(cmd.rules, ['a=off', 'b=info']);
      assert.equal(cmd.output, 'r.json');
      assert.equal(cmd.stdin, true);
      assert.deepEqual(cmd.patterns, []);
    });

    it('takes everything after -- as a path', () => {
      const cmd = parseArgs(['lint', '--', '--odd.minutes', '-q']);
      assert.deepEqual(cmd.command === 'lint' && cmd.patterns, ['--odd.minutes', '-q']);
    });

    it('takes a short option with its value joined to it, as getopt does', () => {
      const cmd = parseArgs(['lint', '-fjson', '-or.json', 'a.minutes']);
      assert.deepEqual(cmd.command === 'lint' && [cmd.format, cmd.output, cmd.patterns], ['json', 'r.json', ['a.minutes']]);
      usage(['lint', '-fxml'], /--format must be one of .*got "xml"/);
      // A switch takes nothing joined to it: `-qx` is no option we know.
      usage(['lint', '-qx'], /unknown option "-qx"/);
    });

    it('rejects a value flag given twice', () => usage(['lint', '-f', 'json', '-f', 'sarif'], /option -f given more than once/));
    it('rejects --print-config with paths', () => usage(['lint', 'a.minutes', '--print-config', 'b.minutes'], /--print-config FILE takes no other paths/));
  });

  describe('unified diff', () => {
    it('is empty for equal texts and marks a missing final newline', () => {
      assert.equal(unifiedDiff('a\n', 'a\n', 'f'), '');
      assert.equal(unifiedDiff('a\nb', 'a\nc', 'f'), '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
    });

    it('joins changes closer than six lines into one hunk and splits the rest', () => {
      const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}\n`);
      const changed = [...lines];
      changed[2] = 'x\n';
      changed[8] = 'y\n';
      changed[25] = 'z\n';
      const hunks = unifiedDiff(lines.join(''), changed.join(''), 'f').match(/^@@ .* @@$/gm);
      assert.deepEqual(hunks, ['@@ -1,12 +1,12 @@', '@@ -23,7 +23,7 @@']);
    });

    it('gives patches that git apply turns into the new text (400 seeded random edits)', () => {
      // Each edit is a file of its own (f0, f1, ...), and git applies all the patches in one run:
      // one process rather than 400. git apply checks every patch before it writes any file.
      const dir = tempTree();
      try {
        let seed = 42;
        const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
        const cases: { file: string; a: string; b: string }[] = [];
        for (let t = 0; t < 400; t++) {
          const before = Array.from({ length: Math.floor(random() * 25) }, () => `l${Math.floor(random() * 5)}`);
          const after = before.filter(() => random() > 0.2).map((l) => (random() < 0.1 ? `x${l}` : l));
          if (random() < 0.4) after.splice(Math.floor(random() * (after.length + 1)), 0, 'new');
          const a = before.join('\n') + (before.length && random() < 0.5 ? '\n' : '');
          const b = after.join('\n') + (after.length && random() < 0.5 ? '\n' : '');
          if (a !== b) cases.push({ file: `f${t}`, a, b });
        }
        assert.ok(cases.length > 300, `${cases.length} edits`);
        for (const c of cases) fs.writeFileSync(path.join(dir, c.file), c.a);
        fs.writeFileSync(path.join(dir, 'p.diff'), cases.map((c) => unifiedDiff(c.a, c.b, c.file)).join(''));
        const r = spawnSync('git', ['apply', '--unidiff-zero', 'p.diff'], { cwd: dir, encoding: 'utf8' });
        const named = cases.filter((c) => new RegExp(`\\b${c.file}\\b`).test(r.stderr)).map((c) => `${c.file}: ${JSON.stringify(c.a)} -> ${JSON.stringify(c.b)}`);
        assert.equal(r.status, 0, `${r.stderr}${named.join('\n')}`);
        for (const c of cases) assert.equal(fs.readFileSync(path.join(dir, c.file), 'utf8'), c.b, `${c.file}: ${JSON.stringify(c.a)} -> ${JSON.stringify(c.b)}`);
      } finally {
        cleanup(dir);
      }
    });
  });
});
