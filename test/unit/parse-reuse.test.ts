/**
 * analyze(text, config, previous) reuses the unchanged stretches of the
 * previous version's tree (syntax/reuse.ts). Its answer must be exactly the
 * answer of a fresh analysis, for edits anywhere: in the header, on a heading
 * line, across headings, turning the header invalid and back, with CRLF and
 * a BOM. And it must really reuse: blocks before the edit are the previous
 * version's own objects.
 */
import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/core';
import * as path from 'node:path';
import { EXAMPLES, SEEDS, UNSEEN, read } from '../helpers/fixtures';

const CONFIG = { today: '2022-01-01' };

function snapshot(a: Analysis): string {
  return JSON.stringify({ ast: a.ast, model: a.model, diagnostics: a.diagnostics, references: a.references, problems: a.syntaxProblems });
}

/** Applies edits one after another, comparing the reusing analysis with a fresh one after each. */
function checkEdits(text: string, edits: readonly { at: (t: string) => number; remove?: number; insert?: string }[]): void {
  let previous = analyze(text, CONFIG);
  for (const [i, e] of edits.entries()) {
    const at = Math.max(0, Math.min(text.length, e.at(text)));
    text = text.slice(0, at) + (e.insert ?? '') + text.slice(at + (e.remove ?? 0));
    const reused = analyze(text, CONFIG, previous);
    assert.equal(snapshot(reused), snapshot(analyze(text, CONFIG)), `edit ${i + 1} (${JSON.stringify(e.insert ?? '')} at ${at})`);
    previous = reused;
  }
}

const middle = (t: string): number => Math.floor(t.length / 2);
const heading = (n: number) => (t: string): number => {
  let at = -1;
  for (let k = 0; k < n; k++) at = t.indexOf('\n# ', at + 1);
  return at + 1;
};

describe('analysis reusing the previous version', () => {
  for (const file of [...SEEDS, ...UNSEEN, ...EXAMPLES]) {
    it(`gives the fresh answer after every edit of ${path.basename(file)}`, () => {
      checkEdits(read(file), [
        { at: middle, insert: 'e' },
        { at: middle, remove: 1 },
        { at: heading(2), insert: '# 99. A new item\n\n' },
        { at: heading(2), remove: 3 },
        { at: (t) => t.indexOf('\n') + 1, insert: 'date: 2021-13-45\n' },
        { at: () => 0, remove: 3 },
        { at: () => 0, insert: '---' },
        { at: (t) => t.length, insert: '\n## 1.1 Tail\nRESOLVED:\n(a) x\n' },
        { at: (t) => t.lastIndexOf('#'), remove: 1 },
        { at: heading(1), insert: '- ' },
      ]);
    });
  }

  it('takes the blocks before the edit from the previous tree as they are', () => {
    const text = '# 1. One\nFirst paragraph.\n\n# 2. Two\nSecond paragraph.\n';
    const previous = analyze(text, CONFIG);
    const edited = analyze(text.replace('Second', 'The second'), CONFIG, previous);
    assert.equal(edited.ast.items[0].blocks[0], previous.ast.items[0].blocks[0]);
    assert.notEqual(edited.ast.items[1].blocks[0], previous.ast.items[1].blocks[0]);
    assert.equal(snapshot(edited), snapshot(analyze(text.replace('Second', 'The second'), CONFIG)));
  });
});
