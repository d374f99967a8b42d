/**
 * Tidy checks that keep the architecture honest: the core stays pure, files
 * are kebab-case, and each core file opens with a comment on its role.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/root';

function walk(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const CORE = walk('server/src/core').filter((f) => f.endsWith('.ts'));

describe('tidy', () => {
  it('the core imports nothing from vscode, vscode-languageserver, fs or process', () => {
    const forbidden = /\bfrom\s+['"](?:node:)?(?:vscode|vscode-languageserver[^'"]*|vscode-jsonrpc|fs|fs\/promises|process|child_process|worker_threads|path|os)['"]|require\(['"](?:node:)?(?:vscode|fs|process|child_process)['"]\)|\bprocess\.(?:env|argv|exit|cwd)/;
    const offenders = CORE.filter((f) => forbidden.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('source, test and script file names are kebab-case', () => {
    const files = [...walk('server/src'), ...walk('client/src'), ...walk('test/unit'), ...walk('test/lsp'), ...walk('test/cli')].filter((f) => /\.(ts|js|mjs)$/.test(f));
    const bad = files.filter((f) => !/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/.test(path.basename(f)));
    assert.deepEqual(bad, []);
  });

  it('every core file opens with a comment on its role', () => {
    const bare = CORE.filter((f) => !/^\s*(\/\*\*|\/\/)/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    assert.deepEqual(bare, []);
  });

  it('the core has no eval or new Function', () => {
    const bad = [...CORE, ...walk('server/src').filter((f) => f.endsWith('.ts'))].filter((f) => /\beval\(|new Function\(/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    assert.deepEqual(bad, []);
  });
});
