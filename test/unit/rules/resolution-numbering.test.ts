import * as assert from 'node:assert/strict';
import { expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const item = (body: string): string => `---\ncommittee: Cabinet\ndate: 2021-09-30\n---\n\n# 54. Improvement programme\n\nRESOLVED:\n${body}\n`;

describe('resolution-numbering', () => {
  it('reports a gap in the numbers', () => {
    expectMarked(item('1. That the report be noted.\n2. That it be referred.\n[[4.]] That it be published.'), 'resolution-numbering', [/`4.` follows `2.`: expected 3/]);
  });

  it('reports a repeated number', () => {
    expectMarked(item('(1) That the report be noted.\n[[(1)]] That it be referred.'), 'resolution-numbering', [/expected 2/]);
  });

  it('reports a list that does not start at 1, a or i', () => {
    expectMarked(item('[[2.]] That the report be noted.\n3. That it be referred.'), 'resolution-numbering', [/number resolutions from 1/]);
    expectMarked(item('[[b)]] Cabinet note the outcome.\nc) Cabinet note the progress.'), 'resolution-numbering', [/from a/]);
    expectMarked(item('[[(ii)]] noted.\n(iii) noted.'), 'resolution-numbering', [/from i/]);
  });

  it('counts letters and roman numerals in their own way', () => {
    expectClean(item('a) Cabinet note the outcome; and\nb) Cabinet note the progress.'), 'resolution-numbering');
    expectClean(item('(i) noted.\n(ii) noted.\n(iii) noted.\n(iv) noted.\n(v) noted.'), 'resolution-numbering');
    expectMarked(item('(a) one\n(b) two\n[[(d)]] four'), 'resolution-numbering', [/expected c/]);
    expectMarked(item('(i) one\n(ii) two\n[[(iv)]] four'), 'resolution-numbering', [/expected iii/]);
  });

  it('reports mixed styles at one level', () => {
    expectMarked(item('1. That the following be approved:\n[[(a)]] the budget;\n[[(b)]] the tax.\n2. That it be published.'), 'resolution-numbering', [
      /`\(a\)` follows `1.` at the same level: use one numbering style, or indent/,
      /`\(b\)`/,
    ]);
  });

  it('accepts lettered entries indented under a numbered one', () => {
    expectClean(item('1. That the following be approved:\n   (a) the budget;\n   (b) the tax.\n2. That it be published.'), 'resolution-numbering');
    expectMarked(item('1. That the following be approved:\n   (a) the budget;\n   [[(c)]] the tax.\n2. That it be published.'), 'resolution-numbering', [/expected b/]);
  });

  it('lets the punctuation vary but not the counting', () => {
    expectClean(item('1. one\n2) two\n(3) three'), 'resolution-numbering');
  });

  it('continues the numbering across a paragraph inside one RESOLVED', () => {
    expectClean(item('1. That the report be noted.\n\nA further resolution was moved.\n2. That it be published.'), 'resolution-numbering');
  });

  it('checks each RESOLVED block on its own', () => {
    expectClean(`${item('(1) That it be noted.')}\nVOTE: unanimous\n\nRESOLVED:\n(a) That it be referred.\n`, 'resolution-numbering');
  });

  it('reports a later RESOLVED of the item that cites a resolution again, pointing at the first', () => {
    const [d] = expectMarked(
      `${item('(1) That the budget be approved.\n(2) That the report be noted.')}\nThe meeting adjourned briefly.\n\nRESOLVED:\n[[(1)]] That the Chief Executive write to the Minister.\n`,
      'resolution-numbering',
      [/`\(1\)` gives resolution 54\(1\) again \(first at line 9\): continue the numbering/],
    );
    assert.equal(d.related?.[0].message, 'Resolution 54(1)');
    expectMarked(`${item('That the report be noted.')}\nRESOLVED:\n[[1.]] That it be published.\n`, 'resolution-numbering', [/gives resolution 54\(1\) again \(first at line 8\)/]);
  });

  it('accepts a later RESOLVED that continues the numbering, and sub-lists under different entries', () => {
    expectClean(`${item('(1) That the budget be approved.\n(2) That the report be noted.')}\nRESOLVED:\n(3) That the Chief Executive write to the Minister.\n`, 'resolution-numbering');
    expectClean(`${item('That the report be noted.')}\nRESOLVED:\n- That it be published.\n`, 'resolution-numbering');
    expectClean(`${item('1. That it be noted.')}\nRESOLVED: That it be published.\n`, 'resolution-numbering');
    expectClean(`${item('That the report be noted.')}\nRESOLVED:\n2. That it be published.\n`, 'resolution-numbering');
    expectMarked(`${item('(1) That it be noted.\n(2) That it be referred.')}\nRESOLVED:\n[[(5)]] That it be published.\n`, 'resolution-numbering', [
      /`\(5\)` starts the list: number resolutions from 1, or go on from the item's earlier RESOLVED with 3\./,
    ]);
    expectClean(item('1. That the strategy be adopted, with:\n   (a) a review;\n   (b) a report.\n2. That officers consult on:\n   (a) rents;\n   (b) repairs.'), 'resolution-numbering');
    // The sub-entries of 54(1) are not counted: a plain RESOLVED after it is 54(2), so a third block goes on with 3.
    expectClean(`${item('1. That it be adopted, with:\n   (a) a review;\n   (b) a report.')}\nRESOLVED: That it be published.\n\nRESOLVED:\n3. That it be sent.\n`, 'resolution-numbering');
  });

  it('leaves bullets and single-paragraph resolutions alone', () => {
    expectClean(item('- That the report be noted.\n- That it be referred.'), 'resolution-numbering');
    expectClean(item('That the contents of the letter be noted.'), 'resolution-numbering');
  });

  it('reports a bullet among numbered entries', () => {
    expectMarked(item('1. That the report be noted.\n[[-]] That it be referred.'), 'resolution-numbering', [/one numbering style/]);
  });

  it('does not look at RECOMMENDED lists', () => {
    expectClean(`---\ncommittee: Cabinet\ndate: 2021-09-30\n---\n\n# 8. Budget\nRECOMMENDED:\n(2) That it be approved.\n`, 'resolution-numbering');
  });
});
