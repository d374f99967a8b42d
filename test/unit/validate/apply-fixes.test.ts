import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze, applyFixes, type MinutesDiagnostic, type TextEdit } from '../../../server/src/core/index';
import { SEEDS, read } from '../../helpers/fixtures';

/** A diagnostic carrying one fix made of the given edits. */
const diag = (id: string, ...edits: TextEdit[]): MinutesDiagnostic => ({
  ruleId: id,
  severity: 'warning',
  message: id,
  start: edits[0]?.start ?? 0,
  end: edits[0]?.end ?? 0,
  fix: { title: id, edits },
});
const edit = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });

describe('applyFixes', () => {
  it('applies non-overlapping fixes whatever order the diagnostics come in', () => {
    const text = 'one two three four';
    const ds = [diag('c', edit(14, 18, 'FOUR')), diag('a', edit(0, 3, 'ONE')), diag('b', edit(8, 13, 'THREE'))];
    const r = applyFixes(text, ds);
    assert.equal(r.text, 'ONE two THREE FOUR');
    assert.deepEqual(r.applied.map((d) => d.ruleId), ['a', 'b', 'c']);
    assert.deepEqual(r.skipped, []);
  });

  it('skips a fix that overlaps one taken before it, whole', () => {
    const text = 'abcdefghij';
    const first = diag('first', edit(2, 5, 'X'));
    const second = diag('second', edit(8, 9, 'Y'), edit(4, 6, 'Z'));
    const r = applyFixes(text, [second, first]);
    assert.equal(r.text, 'abXfghij');
    assert.deepEqual(r.applied.map((d) => d.ruleId), ['first']);
    assert.deepEqual(r.skipped.map((d) => d.ruleId), ['second']);
  });

  it('treats touching edits as separate, and two insertions at one offset as overlapping', () => {
    const r = applyFixes('abcdef', [diag('replace', edit(0, 3, 'X')), diag('after', edit(3, 3, '+')), diag('before', edit(0, 0, '<'))]);
    assert.equal(r.text, '<X+def');
    const twice = applyFixes('abc', [diag('one', edit(1, 1, '1')), diag('two', edit(1, 1, '2'))]);
    assert.equal(twice.text, 'a1bc');
    assert.deepEqual(twice.skipped.map((d) => d.ruleId), ['two']);
  });

  it('keeps the edits of one fix together, including an insertion at the end of its own replacement', () => {
    const r = applyFixes('Resolved - x', [diag('kf', edit(0, 10, 'RESOLVED:'), edit(10, 10, '!'))]);
    assert.equal(r.text, 'RESOLVED:! x');
  });

  it('skips a fix with offsets outside the text or edits that overlap each other', () => {
    const r = applyFixes('abc', [diag('out', edit(2, 9, 'X')), diag('self', edit(0, 2, 'X'), edit(1, 2, 'Y'))]);
    assert.equal(r.text, 'abc');
    assert.deepEqual(r.skipped.map((d) => d.ruleId), ['self', 'out']);
  });

  it('ignores diagnostics without a fix and leaves its inputs unchanged', () => {
    const plain: MinutesDiagnostic = { ruleId: 'p', severity: 'error', message: 'p', start: 0, end: 1 };
    const ds = [plain, diag('a', edit(0, 1, 'A'))];
    const copy = JSON.stringify(ds);
    const r = applyFixes('abc', ds);
    assert.equal(r.text, 'Abc');
    assert.equal(r.applied.length + r.skipped.length, 1);
    assert.equal(JSON.stringify(ds), copy);
  });
});

/**
 * The seeds, written the way clerks paste them from Word: the canonical
 * keywords swapped for old spellings, and seed 003's `RESOLVED: that ...`
 * with `VOTE: unanimous` turned back into "It was unanimously RESOLVED that".
 * `variant` rotates the spellings so that the seeds between them use them all.
 */
function toLegacy(seed: string, variant = 0): { text: string; count: number } {
  const forms: Record<string, string[]> = { RESOLVED: ['Resolved -', 'RESOLVED –', 'Resolved:'], RECOMMENDED: ['Recommended -', 'RECOMMENDED –'], MINUTES: ['Minutes:'] };
  let count = 0;
  let text = seed.replace(/^RESOLVED: that ([^\n]*\n(?:(?!VOTE:)[^\n]+\n)*)VOTE: unanimous\n/gm, (_, body: string) => {
    count++;
    return `It was unanimously RESOLVED that ${body}`;
  });
  const seen: Record<string, number> = { RESOLVED: 0, RECOMMENDED: 0, MINUTES: 0 };
  text = text.replace(/^(RESOLVED|RECOMMENDED|MINUTES):/gm, (_, k: string) => {
    count++;
    return forms[k][(variant + seen[k]++) % forms[k].length];
  });
  return { text, count };
}

const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of a text with every keyword written in a legacy form blanked out. */
function wordsOutsideLegacyKeywords(text: string): string[] {
  const a = analyze(text);
  const heads = [...a.ast.preamble, ...flat(a.ast.items)].flatMap((b) => (b.kind === 'keyword' && b.legacy ? [b.keywordText.span] : []));
  let out = text;
  for (const s of heads.sort((x, y) => y.start - x.start)) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return words(out);
}
type Items = ReturnType<typeof analyze>['ast']['items'];
const flat = (items: Items): Items[number]['blocks'][number][] => items.flatMap((i) => [...i.blocks, ...flat(i.children)]);

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let j = 0;
  for (const w of big) if (j < small.length && w === small[j]) j++;
  return j === small.length;
}

describe('applyFixes with keyword-form on the seeds written with legacy keywords', () => {
  it('writes the legacy forms the clerks paste, seed 003 with "It was unanimously RESOLVED that"', () => {
    const barnet = toLegacy(read(SEEDS.find((f) => f.includes('003'))!)).text;
    assert.match(barnet, /^It was unanimously RESOLVED that the Committee:\n1\. /m);
    assert.doesNotMatch(barnet, /^VOTE:/m);
    const all = SEEDS.map((f, i) => toLegacy(read(f), i).text).join('\n');
    for (const form of ['Resolved -', 'RESOLVED –', 'Recommended -', 'Minutes:']) assert.ok(all.includes(`\n${form}`), form);
  });

  SEEDS.forEach((file, i) => {
    const seed = read(file);
    const { text: legacy, count } = toLegacy(seed, i);
    if (!count) return; // a seed with none of these keywords has nothing to fix
    describe(path.basename(file), () => {
      const found = analyze(legacy).diagnostics.filter((d) => d.ruleId === 'keyword-form');
      const result = applyFixes(legacy, found);

      it('reports every legacy keyword and applies every fix', () => {
        assert.equal(found.length, count);
        assert.equal(result.applied.length, count);
        assert.deepEqual(result.skipped, []);
        assert.equal(analyze(result.text).diagnostics.filter((d) => d.ruleId === 'keyword-form').length, 0);
      });

      it('keeps every other word in order, and drops only filler', () => {
        const before = wordsOutsideLegacyKeywords(legacy);
        const after = words(result.text);
        assert.ok(isSubsequence(before, after), 'a word outside the keywords was lost or moved');
        // Only the keyword names, "that" and the VOTE line may be new.
        const added = [...after];
        for (const w of before) added.splice(added.indexOf(w), 1);
        for (const w of added) assert.match(w, /^(RESOLVED|RECOMMENDED|MINUTES|that|VOTE|unanimous)$/, `unexpected word "${w}"`);
      });

      it('keeps the meaning: the fixed text is the seed as written', () => {
        assert.equal(result.text, seed);
      });
    });
  });
});
