/**
 * keyword-form on the legacy prose of motions: the moved-and-seconded
 * sentence and the old RESOLVED heads that the parser leaves as narrative.
 * Each fix is checked by reading the fixed text back: the motion, its
 * mover and seconder, the resolution and the vote are where they belong.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { meeting } from '../../helpers/documents';
import { expectClean, expectMarked, fixedText, diagnosticsOf } from '../../helpers/expect-diagnostics';

const ID = 'keyword-form';
const doc = (...lines: string[]): string => meeting(lines);

describe('keyword-form: legacy prose of motions', () => {
  it('rewrites a moved-and-seconded sentence as MOTION and RESOLVED lines', () => {
    const prose = 'It was moved by Councillor Ames, seconded by Councillor Pym and RESOLVED that the report be noted.';
    expectMarked(doc(`[[${prose}]]`), ID, [/written as prose: write `MOTION: moved by Councillor Ames, seconded by Councillor Pym` with the motion under it .*then `RESOLVED:`/]);
    const fixed = fixedText(doc(prose), ID);
    assert.equal(fixed, doc('MOTION: moved by Councillor Ames, seconded by Councillor Pym', 'That the report be noted.', '', 'RESOLVED:', 'That the report be noted.'));
    assert.deepEqual(diagnosticsOf(fixed, ID), []);
    const item = analyze(fixed).model.items[0];
    assert.deepEqual(item.resolutions.map((r) => r.text), ['That the report be noted.']);
    assert.equal(item.motions[0]?.mover, 'Councillor Ames');
    assert.equal(item.motions[0]?.seconder, 'Councillor Pym');
    assert.equal(item.motions[0]?.text, 'That the report be noted.');
  });

  it('reads the sentence across wrapped lines, with "proposed" and without a seconder', () => {
    const wrapped = doc('It was proposed by Councillor Brian Cole, seconded by Councillor Tom Reeves and', 'RESOLVED that the precept for 2025/26 be £48,500.');
    assert.equal(
      fixedText(wrapped, ID),
      doc('MOTION: moved by Councillor Brian Cole, seconded by Councillor Tom Reeves', 'That the precept for 2025/26 be £48,500.', '', 'RESOLVED:', 'That the precept for 2025/26 be £48,500.'),
    );
    assert.equal(
      fixedText(doc('It was moved by @ames and RESOLVED that the hall be let.'), ID),
      doc('MOTION: moved by @ames', 'That the hall be let.', '', 'RESOLVED:', 'That the hall be let.'),
    );
  });

  it('reads "and RESOLVED:" with the resolution after the colon, keeping one "That"', () => {
    const prose = doc('It was moved by Councillor Ames and seconded by Councillor Pym and RESOLVED:', 'That the plan be adopted.');
    expectMarked(prose.replace('It was', '[[It was').replace('RESOLVED:\n', 'RESOLVED:]]\n'), ID, [/write `MOTION: moved by Councillor Ames, seconded by Councillor Pym`/]);
    const fixed = fixedText(prose, ID);
    assert.equal(fixed, doc('MOTION: moved by Councillor Ames, seconded by Councillor Pym', 'That the plan be adopted.', '', 'RESOLVED:', 'That the plan be adopted.'));
    const item = analyze(fixed).model.items[0];
    assert.equal(item.motions[0].mover, 'Councillor Ames');
    assert.deepEqual(item.resolutions.map((r) => r.text), ['That the plan be adopted.']);
    // A list after the colon stays where it is: said, not fixed.
    const [d] = diagnosticsOf(doc('It was moved by Councillor Ames, seconded by Councillor Pym and RESOLVED:', '1. That the plan be adopted.', '2. That officers report.'), ID);
    assert.match(d.message, /write `MOTION: moved by Councillor Ames, seconded by Councillor Pym`/);
    assert.equal(d.fix, undefined);
  });

  it('keeps "unanimously" as a VOTE on the motion, unless a VOTE that says so follows', () => {
    const prose = 'It was moved by Councillor Ames, seconded by Councillor Pym and unanimously RESOLVED that the report be noted.';
    assert.equal(
      fixedText(doc(prose), ID),
      doc('MOTION: moved by Councillor Ames, seconded by Councillor Pym', 'That the report be noted.', 'VOTE: unanimous', '', 'RESOLVED:', 'That the report be noted.'),
    );
    const voted = doc(prose, 'VOTE: unanimous');
    assert.ok(!fixedText(voted, ID).includes('VOTE: unanimous\n\nRESOLVED'), 'adds a second VOTE');
    const [d] = diagnosticsOf(doc(prose, 'VOTE: for 5, against 2 — carried'), ID);
    assert.match(d.message, /disagrees with the VOTE that follows/);
    assert.equal(d.fix, undefined);
  });

  it('offers no fix where the reading is not certain, but says what to write', () => {
    for (const prose of [
      'It was moved by Councillor Ames, seconded by Councillor Pym and RESOLVED that the report be noted. The Chair thanked the officers.',
      'It was moved by Councillor Lee, the Leader, seconded by Councillor Pym and RESOLVED that the report be noted.',
      'It was moved by Councillor Ames, seconded by Councillor Pym and RESOLVED that:',
    ]) {
      const [d] = diagnosticsOf(doc(prose), ID);
      assert.ok(d, prose);
      assert.match(d.message, /write `MOTION: moved by/);
      assert.equal(d.fix, undefined, prose);
    }
  });

  it('leaves narrative about a motion alone', () => {
    expectClean(doc('It was moved and seconded that permission be granted.', 'Councillor Ames moved that the report be noted.', 'Moved by the Chair.'), ID);
  });

  it('rewrites RESOLVED THAT:, And Resolved: and RESOLVED that', () => {
    const cases: [string, string, string][] = [
      ['[[RESOLVED THAT:]] the report be noted.', 'RESOLVED: That', 'RESOLVED: That the report be noted.'],
      ['[[Resolved that:]] the report be noted.', 'RESOLVED: that', 'RESOLVED: that the report be noted.'],
      ['[[RESOLVED that]] the report be noted.', 'RESOLVED: that', 'RESOLVED: that the report be noted.'],
      ['[[And Resolved:]] That the hall be let.', 'RESOLVED:', 'RESOLVED: That the hall be let.'],
      ['[[AND RESOLVED -]] That the hall be let.', 'RESOLVED:', 'RESOLVED: That the hall be let.'],
    ];
    for (const [marked, replacement, fixed] of cases) {
      const [d] = expectMarked(doc(marked), ID, [new RegExp(`old spelling of RESOLVED: write \`${replacement}\``)]);
      assert.deepEqual(d.data, { replacement }, marked);
      const text = fixedText(doc(marked.replace(/\[\[|\]\]/g, '')), ID);
      assert.equal(text, doc(fixed), marked);
      assert.equal(analyze(text).model.items[0].resolutions.length, 1, marked);
    }
    expectClean(doc('Resolved that the hall be let was the first proposal.'), ID);
  });

  it('writes Unanimously resolved: as RESOLVED: with a VOTE line after its whole block', () => {
    assert.equal(fixedText(doc('Unanimously resolved: That the hall be let.'), ID), doc('RESOLVED: That the hall be let.', 'VOTE: unanimous'));
    // The block runs on over the list below the head: the VOTE goes after the list.
    const listed = doc('Unanimously resolved:', '1. That the hall be let.', '2. That the fee be £20.', '', 'Other business followed.');
    const fixed = fixedText(listed, ID);
    assert.equal(fixed, doc('RESOLVED:', '1. That the hall be let.', '2. That the fee be £20.', 'VOTE: unanimous', '', 'Other business followed.'));
    const item = analyze(fixed).model.items[0];
    assert.equal(item.resolutions.length, 2);
    assert.equal(item.votes[0].unanimous, true);
    // Two in one document: each VOTE lands after its own block.
    const two = doc('Unanimously resolved: That A.', '', 'RESOLVED unanimously: That B.');
    assert.equal(fixedText(two, ID), doc('RESOLVED: That A.', 'VOTE: unanimous', '', 'RESOLVED: That B.', 'VOTE: unanimous'));
  });
});
