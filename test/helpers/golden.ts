/**
 * Golden files: compare output with a file under test/golden/, or rewrite the
 * file when UPDATE_GOLDEN=1. Review the diff of a refresh like any change.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './root';

export const GOLDEN_ROOT = path.join(ROOT, 'test', 'golden');

/** Asserts that `actual` equals the golden file `relPath` (under test/golden/). */
export function expectGolden(relPath: string, actual: string | Uint8Array): void {
  const file = path.join(GOLDEN_ROOT, relPath);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) assert.fail(`missing golden file ${relPath}: run with UPDATE_GOLDEN=1 and review it`);
  const expected = fs.readFileSync(file);
  if (typeof actual === 'string') assert.equal(actual, expected.toString('utf8'), `golden ${relPath} differs`);
  else assert.ok(Buffer.from(actual).equals(expected), `golden ${relPath} differs`);
}
