/**
 * Settings are one set of names and defaults in three places: the VS Code
 * `contributes.configuration` schema, the core and server defaults, and the
 * README's settings table. This test keeps them in step.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core';
import { DEFAULT_SERVER_SETTINGS } from '../../server/src/lsp/settings';
import { ROOT } from '../helpers/root';

interface SchemaEntry {
  readonly type: string;
  readonly default: unknown;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const schema = manifest.contributes.configuration.properties as Record<string, SchemaEntry>;
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Rows of the README table under `### Settings`: setting -> [type, default]. */
function readmeRows(): Map<string, [string, string]> {
  const section = readme.slice(readme.indexOf('### Settings'));
  const rows = new Map<string, [string, string]>();
  for (const m of section.matchAll(/^\| `(minutes\.[^`]+)` \| (\w+) \| `([^`]*)` \|/gm)) rows.set(m[1], [m[2], m[3]]);
  return rows;
}

describe('tidy: settings', () => {
  it('the README lists every contributed setting with its type and default, and no other', () => {
    const rows = readmeRows();
    assert.deepEqual([...rows.keys()].sort(), Object.keys(schema).sort());
    for (const [key, entry] of Object.entries(schema)) assert.deepEqual(rows.get(key), [entry.type, JSON.stringify(entry.default)], key);
  });

  it('the schema defaults are the core and server defaults', () => {
    assert.deepEqual(schema['minutes.rules'].default, DEFAULT_CONFIG.rules);
    assert.equal(schema['minutes.riskMatrix'].default, DEFAULT_CONFIG.riskMatrix);
    assert.equal(schema['minutes.today'].default, DEFAULT_CONFIG.today);
    assert.equal(schema['minutes.debounce'].default, DEFAULT_SERVER_SETTINGS.debounce);
    assert.equal(schema['minutes.export.includeExempt'].default, DEFAULT_SERVER_SETTINGS.includeExempt);
    assert.equal(schema['minutes.pdf.chromiumPath'].default, DEFAULT_SERVER_SETTINGS.chromiumPath);
  });
});
