/**
 * Large documents: constructs with more parts than a JavaScript call takes
 * arguments (about 125,000 on Node 20's default stack). Spreading such an
 * array into `push(...)` or `Math.max(...)` throws "Maximum call stack size
 * exceeded", so a document with 140,000 resolutions, risks or list entries
 * made analyze() throw; every stage of the pipeline must take them. A tidy
 * check keeps argument spreads out of the core's hot paths.
 *
 * `npm test` runs the tidy check and the two constructs that are quick to
 * build and analyse; large-input.slow.test.ts (`npm run test:slow`) runs the
 * others and the Word export, some 40 seconds.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORE_SRC } from '../helpers/root';
import { CASES, expectEveryStageTakes, N, QUICK } from './large-documents';

describe('robustness: documents with more parts than a call takes arguments', function () {
  this.timeout(120_000);
  for (const name of QUICK) {
    it(`${N.toLocaleString('en-GB')} ${name}: every stage takes it`, () => {
      assert.ok(CASES[name], `${name} is a construct of large-documents.ts`);
      expectEveryStageTakes(CASES[name]);
    });
  }

  it('the core spreads no arrays into call arguments where they can be long', () => {
    const root = CORE_SRC;
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    // push(...xs), unshift(...xs), Math.max(...xs), Math.min(...xs), String.fromCharCode(...xs): each throws past ~125,000 elements.
    const spread = /\.(?:push|unshift)\((?:[^(){}]*,\s*)?\.\.\.|Math\.(?:max|min)\((?:[^(){}]*,\s*)?\.\.\.|fromCharCode\(\.\.\./;
    const offenders = walk(root).flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .map((l, i) => ({ l, i }))
        .filter(({ l }) => spread.test(l) && !/^\s*(\/\/|\*)/.test(l))
        .map(({ i }) => `${path.relative(root, f)}:${i + 1}`),
    );
    assert.deepEqual(offenders, []);
  });
});
