/**
 * Large documents, for the large-input tests: constructs with more parts than
 * a JavaScript call takes arguments (about 125,000 on Node 20's default
 * stack), and the check that every stage of the pipeline takes one.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';
import { STAGES } from './pathological';

/** More parts than a call takes arguments. */
export const N = 140_000;
const HEAD = '---\ncommittee: Planning\ndate: 2021-06-08\n---\n\n# 1. Item\n';
const lines = (f: (i: number) => string): string => Array.from({ length: N }, (_, i) => f(i)).join('\n');

/** Each construct with N parts, by name. */
export const CASES: Readonly<Record<string, () => string>> = {
  'resolutions in one RESOLVED list': () => HEAD + 'RESOLVED:\n' + lines((i) => `${(i % 999) + 1}. That it be noted.`) + '\n',
  'recommendations in one list': () => HEAD + 'RECOMMENDED:\n' + lines((i) => `- That ${i} be noted.`) + '\n',
  'rows in one risk table': () => HEAD + 'RISKS:\n| Risk | Rating |\n' + lines((i) => `| Risk ${i} | B2 |`) + '\n',
  'paragraphs in one item': () => HEAD + lines((i) => `Paragraph ${i}.\n`),
  'lines in one list entry': () => HEAD + '1. The entry\n' + lines((i) => `runs on ${i}`) + '\n',
  'ACTION lines': () => HEAD + lines((i) => `ACTION: @who${i} — Do it — due 2021-07-01`) + '\n',
  'syntax problems in the header': () => '---\n' + lines(() => 'not a key and value') + '\n---\n',
};

/** The constructs `npm test` runs (large-input.test.ts); the slow suite runs the others. */
export const QUICK: readonly string[] = ['lines in one list entry', 'syntax problems in the header'];

/** Analyses the document and runs every later stage of the pipeline on it: none may throw. */
export function expectEveryStageTakes(make: () => string): void {
  const text = make();
  const a = analyze(text);
  for (const s of STAGES.slice(1)) assert.doesNotThrow(() => s.run(text, a), `${s.name} threw`);
}
