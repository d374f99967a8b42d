/**
 * Security tidy checks over the sources and the manifest:
 * - no eval, new Function or string timers in the client, the server or the
 *   core (test/unit/tidy-core.test.ts checks server/src; this adds the
 *   client and the other string-to-code forms);
 * - an untrusted workspace gets the language features and the preview but
 *   no exports: the manifest declares limited support, gates every export
 *   command on trust and restricts the Chromium path setting, and
 *   client/src/export.ts refuses before it writes anything;
 * - nothing a workspace provides is run: .minutesrc.json is read as JSON
 *   data (never required or imported), and its keys are checked;
 * - the extension runs no shell, and PDF printing runs no script and makes
 *   no request.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigText } from '../../server/src/core/config-file';
import { ROOT } from '../helpers/root';

const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8');

function sources(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.(ts|js|mjs)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** Source text without comments, so that a comment naming eval is not an offence. */
function code(file: string): string {
  return read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('security: tidy', () => {
  const all = [...sources('client/src'), ...sources('server/src')];

  it(`no eval, new Function or string timers in client/src and server/src (${all.length} files)`, () => {
    const bad = /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]|set(?:Timeout|Interval|Immediate)\s*\(\s*['"`]|vm\.run|runInNewContext|runInThisContext/;
    const offenders = all.filter((f) => bad.test(code(f)));
    assert.deepEqual(offenders, []);
    assert.ok(all.some((f) => f.startsWith('client/src')) && all.some((f) => f.startsWith('server/src')), 'both trees were read');
  });

  it('the check finds eval and new Function when they are there', () => {
    const bad = /\beval\s*\(|new\s+Function\s*\(/;
    assert.ok(bad.test('const f = new Function("return 1");'));
    assert.ok(bad.test('eval(text)'));
    assert.ok(!bad.test('// eval(text) in a comment'.replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')));
  });

  it('no child processes of our own (Chromium is started by playwright-core), no shell, and no require or import of a computed path', () => {
    const offenders = all.filter((f) => /from\s+['"](?:node:)?child_process['"]|require\(\s*['"](?:node:)?child_process['"]|shell:\s*true|require\(\s*[^'"`\s)]|import\(\s*[^'"`\s)]/.test(code(f)));
    assert.deepEqual(offenders, []);
  });

  it('PDF printing loads the export with JavaScript off, offline, and every request stopped', () => {
    const pdf = code('server/src/pdf.ts');
    assert.match(pdf, /javaScriptEnabled:\s*false/);
    assert.match(pdf, /offline:\s*true/);
    assert.match(pdf, /route\('\*\*\/\*', \(route\) => route\.abort\(\)\)/);
  });

  describe('untrusted workspaces', () => {
    const pkg = JSON.parse(read('package.json'));

    it('the manifest declares limited support and restricts the Chromium path', () => {
      const u = pkg.capabilities?.untrustedWorkspaces;
      assert.equal(u?.supported, 'limited');
      assert.match(u.description, /export/i);
      assert.deepEqual(u.restrictedConfigurations, ['minutes.pdf.chromiumPath']);
    });

    it('every export command is enabled only in a trusted workspace', () => {
      const exports = (pkg.contributes.commands as { command: string; enablement?: string }[]).filter((c) => /export/i.test(c.command));
      assert.ok(exports.length >= 5, `${exports.length} export commands`);
      for (const c of exports) assert.equal(c.enablement, 'isWorkspaceTrusted', c.command);
    });

    it('client/src/export.ts refuses in an untrusted workspace before it asks for a path or writes', () => {
      const source = code('client/src/export.ts');
      const body = /async function exportDocument[\s\S]*?\n}/.exec(source)?.[0] ?? '';
      const trust = body.indexOf('if (!vscode.workspace.isTrusted)');
      assert.ok(trust >= 0, 'checks workspace trust');
      const refusal = body.slice(trust, body.indexOf('}', trust));
      assert.match(refusal, /return undefined;/, 'returns without exporting');
      for (const later of ['showSaveDialog', 'server.request', 'writeAtomically(']) assert.ok(body.indexOf(later) > trust, `${later} comes after the trust check`);
    });

    it('the Chromium path comes from settings VS Code restricts, the CLI option or the environment: never from .minutesrc.json', () => {
      const core = code('server/src/core/config.ts');
      assert.doesNotMatch(core, /chromium/i);
      assert.doesNotMatch(code('server/src/core/config-file.ts'), /chromium/i);
      assert.doesNotMatch(code('server/src/cli/config-files.ts'), /chromium/i);
      assert.doesNotMatch(code('server/src/lsp/config-file.ts'), /chromium/i);
    });
  });

  describe('.minutesrc.json is data', () => {
    it('is read with JSON.parse, never required or imported', () => {
      for (const f of ['server/src/core/config-file.ts', 'server/src/cli/config-files.ts', 'server/src/lsp/config-file.ts']) {
        const source = code(f);
        assert.doesNotMatch(source, /require\(|import\(/, f);
      }
      // The one reader of the text, shared by the CLI and the server.
      assert.match(code('server/src/core/config-file.ts'), /JSON\.parse\(/);
    });

    it('a hostile file is reported, not obeyed: __proto__, constructor and unknown keys', () => {
      const files = [
        '{ "__proto__": { "polluted": true } }',
        '{ "constructor": { "prototype": { "polluted": true } } }',
        '{ "rules": { "__proto__": "off" } }',
        '{ "require": "./evil.js" }',
      ];
      for (const text of files) assert.throws(() => parseConfigText(text, '/w/.minutesrc.json'), /\/w\/\.minutesrc\.json:\d+:\d+: unknown (key|rule)/, text);
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
      assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    });
  });
});
