/**
 * Parse-tree goldens: one fixture per construct under test/fixtures/constructs,
 * its tree printed with spans as 1-based `line:column-line:column` so a
 * reviewer can check each span against the fixture by eye.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex, parse } from '../../server/src/core';
import { expectGolden } from '../helpers/golden';
import { ROOT } from '../helpers/root';

const DIR = path.join(ROOT, 'test/fixtures/constructs');

function printTree(text: string): string {
  const lines = new LineIndex(text);
  const at = (o: number): string => {
    const p = lines.positionAt(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const { ast, problems } = parse(text);
  const replacer = (key: string, value: unknown): unknown => {
    if ((key === 'span' || key === 'headingSpan') && value && typeof value === 'object' && 'start' in value) {
      const s = value as { start: number; end: number };
      return `${at(s.start)}-${at(s.end)}`;
    }
    return value;
  };
  return JSON.stringify({ ast, problems }, replacer, 2) + '\n';
}

describe('parse tree goldens', () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.minutes')).sort()) {
    it(`prints the tree of ${file}`, () => {
      expectGolden(`ast/${file.replace(/\.minutes$/, '.json')}`, printTree(fs.readFileSync(path.join(DIR, file), 'utf8')));
    });
  }

  it('has a construct fixture for every kind of block keyword', () => {
    const all = fs.readdirSync(DIR).map((f) => fs.readFileSync(path.join(DIR, f), 'utf8')).join('\n');
    for (const k of ['PEOPLE', 'PRESENT', 'APOLOGIES', 'ABSENT', 'IN ATTENDANCE', 'DECLARATIONS', 'REPORT', 'CONTACT', 'EXEMPT', 'URGENT', 'DOCUMENTS', 'RECOMMENDED', 'MINUTES', 'MOTION', 'AMENDMENT', 'RESOLVED', 'NOTED', 'VOTE', 'ACTION', 'RISKS'])
      assert.ok(all.includes(`\n${k}:`) || all.startsWith(`${k}:`), `no construct fixture uses ${k}:`);
  });
});
