import * as assert from 'node:assert/strict';
import { expectClean, expectMarked, fixedText } from '../../helpers/expect-diagnostics';

describe('header-unknown-key', () => {
  it('reports a near miss and offers to rename it', () => {
    const text = '---\n[[commitee]]: Executive\ndate: 2021-06-08\n---\n';
    const [d] = expectMarked(text, 'header-unknown-key', [/Unknown header key `commitee`: did you mean `committee`\?/]);
    assert.equal(d.fix?.title, 'Rename to `committee`');
    assert.equal(fixedText(text.replace(/\[\[|\]\]/g, ''), 'header-unknown-key'), '---\ncommittee: Executive\ndate: 2021-06-08\n---\n');
  });

  it('recognises swapped letters and other spellings of a key', () => {
    const text = '---\ncommittee: Executive\ndate: 2021-06-08\napproved_on: 2021-07-01\nqourum: 3\nriskmatrix: A-E x 1-5\n---\n';
    assert.equal(
      fixedText(text, 'header-unknown-key'),
      '---\ncommittee: Executive\ndate: 2021-06-08\napproved-on: 2021-07-01\nquorum: 3\nrisk-matrix: A-E x 1-5\n---\n',
    );
  });

  it('lists the known keys and offers no fix for a key that is nothing like one', () => {
    const [d] = expectMarked('---\ncommittee: Executive\ndate: 2021-06-08\n[[chair]]: Cllr Okafor\n---\n', 'header-unknown-key', [/the header keys are type, authority, committee/]);
    assert.equal(d.fix, undefined);
  });

  it('offers no rename onto a key that is already there', () => {
    const [d] = expectMarked('---\ncommittee: Executive\n[[commitee]]: Planning\ndate: 2021-06-08\n---\n', 'header-unknown-key');
    assert.equal(d.fix, undefined);
  });

  it('allows only one letter of difference for short keys', () => {
    const [d] = expectMarked('---\ncommittee: Executive\ndate: 2021-06-08\n[[tim]]: 18:30\n[[dt]]: x\n---\n', 'header-unknown-key');
    assert.match(d.message, /did you mean `time`/);
    assert.equal(fixedText('---\ncommittee: Executive\ndate: 2021-06-08\ndt: x\n---\n', 'header-unknown-key'), '---\ncommittee: Executive\ndate: 2021-06-08\ndt: x\n---\n');
  });

  it('accepts every key of docs/language.md#the-header, in any case', () => {
    expectClean(
      '---\ntype: report\nauthority: Medway Council\ncommittee: Scrutiny\ndate: 2020-10-01\ntime: 18:30\nvenue: Gun Wharf\nstatus: draft\n' +
        'approved-on: 2020-11-01\nquorum: 3\nrisk-matrix: A-F x 1-4\ntitle: Report\nAuthor: Sue\nfrom: Ian\n---\n',
      'header-unknown-key',
    );
  });
});
