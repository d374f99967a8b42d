/**
 * Large documents: constructs with more parts than a JavaScript call takes
 * arguments (about 125,000 on Node 20's default stack). Spreading such an
 * array into `push(...)` or `Math.max(...)` throws "Maximum call stack size
 * exceeded", so a document with 140,000 resolutions, risks or list entries
 * made analyze() throw; every stage of the pipeline must take them. A tidy
 * check keeps argument spreads out of the core's hot paths.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, renderDocx } from '../../server/src/core/index';
import { exportModel } from '../../server/src/core/export/withhold';
import { STAGES } from './pathological';
import { CORE_SRC } from '../helpers/root';

const N = 140_000;
const HEAD = '---\ncommittee: Planning\ndate: 2021-06-08\n---\n\n# 1. Item\n';
const lines = (f: (i: number) => string): string => Array.from({ length: N }, (_, i) => f(i)).join('\n');

const CASES: Record<string, () => string> = {
  'resolutions in one RESOLVED list': () => HEAD + 'RESOLVED:\n' + lines((i) => `${(i % 999) + 1}. That it be noted.`) + '\n',
  'recommendations in one list': () => HEAD + 'RECOMMENDED:\n' + lines((i) => `- That ${i} be noted.`) + '\n',
  'rows in one risk table': () => HEAD + 'RISKS:\n| Risk | Rating |\n' + lines((i) => `| Risk ${i} | B2 |`) + '\n',
  'paragraphs in one item': () => HEAD + lines((i) => `Paragraph ${i}.\n`),
  'lines in one list entry': () => HEAD + '1. The entry\n' + lines((i) => `runs on ${i}`) + '\n',
  'ACTION lines': () => HEAD + lines((i) => `ACTION: @who${i} — Do it — due 2021-07-01`) + '\n',
  'syntax problems in the header': () => '---\n' + lines(() => 'not a key and value') + '\n---\n',
};

describe('robustness: documents with more parts than a call takes arguments', function () {
  this.timeout(120_000);
  for (const [name, make] of Object.entries(CASES)) {
    it(`${N.toLocaleString('en-GB')} ${name}: every stage takes it`, () => {
      const text = make();
      const a = analyze(text);
      for (const s of STAGES.slice(1)) assert.doesNotThrow(() => s.run(text, a), `${s.name} threw`);
    });
  }

  it(`${N.toLocaleString('en-GB')} resolutions: the Word export takes it`, async () => {
    const a = analyze(CASES['resolutions in one RESOLVED list']());
    const bytes = await renderDocx(exportModel(a.model, false), a.config);
    assert.ok(bytes.length > 1000);
  });

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
