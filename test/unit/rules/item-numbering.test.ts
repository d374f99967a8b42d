import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { expectClean, expectMarked, fixedText } from '../../helpers/expect-diagnostics';

const head = '---\ncommittee: Cabinet\ndate: 2021-09-30\n---\n\n';
const items = (...headings: string[]): string => head + headings.map((h) => `${h}\n\nNOTED: Noted.\n`).join('\n');

describe('item-numbering', () => {
  it('reports a number lower than the sibling before it', () => {
    expectMarked(items('# 1. Apologies', '# 3. Budget', '# [[2]]. Minutes'), 'item-numbering', [/Item 2 comes after item 3/]);
  });

  it('compares numbers as numbers, not as text', () => {
    expectClean(items('# 2 Minutes', '# 9 Budget', '# 10 Treasury', '# 11 Motions'), 'item-numbering');
    expectMarked(items('# 10 Treasury', '# [[9]] Budget'), 'item-numbering');
  });

  it('orders minute numbers by year, then number', () => {
    expectClean(items('# 77/21 Minutes', '# 78/21 Planning', '# 120/21 Enforcement', '# 1/22 Appeals'), 'item-numbering');
    expectMarked(items('# 78/21 Planning', '# [[77/21]] Minutes'), 'item-numbering', [/77\/21 comes after item 78\/21/]);
  });

  it('orders lettered and decimal parts', () => {
    expectClean(items('# 3. Audit', '# 4(a) Findings', '# 4(b) Annual report', '# 5. Risk'), 'item-numbering');
    expectClean(items('# 3.1 One', '# 3.2 Two', '# 3.10 Ten'), 'item-numbering');
    expectMarked(items('# 4(b) Annual report', '# [[4(a)]] Findings'), 'item-numbering');
    expectMarked(items('# 3.10 Ten', '# [[3.9]] Nine'), 'item-numbering');
  });

  it("orders a board's prefixed references and lettered numbers", () => {
    expectClean(items('# BoD/24/061 Patient story', '# BoD/24/064 Performance', '## BoD/24/064a Quality', '## BoD/24/064b Finance', '# BoD/24/065 BAF'), 'item-numbering');
    expectClean(items('# 4 Audit', '# 4a Findings', '# 4b Annual report', '# 5 Risk'), 'item-numbering');
    expectMarked(items('# TB23/046 Finance', '# [[TB23/045]] Quality'), 'item-numbering', [/TB23\/045 comes after item TB23\/046/]);
    expectMarked(items('# 4b Annual report', '# [[4a]] Findings'), 'item-numbering');
  });

  it("orders a planning schedule's numbers by letter, then number, apart from the items around them", () => {
    expectClean(items('# 4. Applications', '## A1. Pelham Road', '## A2. Hallam Works', '## B1. Mill Lane', '## B2. Orchard Rise', '# 5. Appeals'), 'item-numbering');
    expectMarked(items('## A2. Hallam Works', '## [[A1]]. Pelham Road'), 'item-numbering', [/Item A1 comes after item A2/]);
    expectMarked(items('## B1. Mill Lane', '## [[A3]]. Station Road'), 'item-numbering');
  });

  it('reads (i), (ii) … (ix) as roman numerals when siblings count that way, and (h), (i) as letters otherwise', () => {
    expectClean(items('# 6(i) One', '# 6(ii) Two', '# 6(viii) Eight', '# 6(ix) Nine'), 'item-numbering');
    expectClean(items('# 6(h) Eighth', '# 6(i) Ninth', '# 6(j) Tenth'), 'item-numbering');
  });

  it('compares sub-items among themselves, not with their parent', () => {
    expectClean(`${head}# 78/21 Planning applications\n\n## 78/21(a) Mill Lane\nNOTED: x\n\n## 78/21(b) Orchard Rise\nNOTED: x\n\n# 79/21 Trees\nNOTED: x\n`, 'item-numbering');
    expectMarked(`${head}# 5. Risk\n\n## 5.2 Policy\nNOTED: x\n\n## [[5.1]] Register\nNOTED: x\n`, 'item-numbering');
  });

  it('reports a repeated number anywhere in the document, pointing at the first', () => {
    const text = `${head}# 1. Minutes\nNOTED: x\n\n# 2. Budget\nNOTED: x\n\n## [[1]] Revenue\nNOTED: x\n`;
    const [d] = expectMarked(text, 'item-numbering', [/Item number 1 is already used/]);
    assert.equal(d.related?.[0].span.start, text.indexOf('1. Minutes'));
  });

  it('ignores a trailing dot and unnumbered items', () => {
    expectMarked(items('# 1. Apologies', '# [[1]] Apologies again'), 'item-numbering', [/already used/]);
    expectClean(items('# Summary', '# 1. Background', '# Appendices', '# 2. Recommendations', '# Background papers'), 'item-numbering');
  });

  it('reports a numbered heading with no space after its #, with a fix that adds it', () => {
    const text = items('# 1. Apologies', '[[#2.]] Minutes', '## 2.1 Payments', '[[##2.2]] Receipts');
    expectMarked(text, 'item-numbering', [/"#2\." is not read as an item heading, because "#" needs a space after it: write "# 2\."/, /"##2\.2"/]);
    const fixed = fixedText(text.replace(/\[\[|\]\]/g, ''), 'item-numbering');
    assert.deepEqual(analyze(fixed).model.items.map((it) => it.number), ['1', '2']);
    assert.deepEqual(analyze(fixed).model.items[1].items.map((it) => it.number), ['2.1', '2.2']);
    expectClean(fixed, 'item-numbering');
  });

  it('leaves a # that starts no numbered heading alone, and the header', () => {
    expectClean(items('# 1. Apologies', '#hashtag in a paragraph', '#2', '#12345'), 'item-numbering');
    expectClean('---\ncommittee: Cabinet\ndate: 2021-09-30\n#1 note: kept\n---\n\n# 1. Apologies\n\nNOTED: Noted.\n', 'item-numbering');
  });
});
