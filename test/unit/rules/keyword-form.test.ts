import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { EXAMPLES, SEEDS, UNSEEN, read } from '../../helpers/fixtures';
import { ROOT } from '../../helpers/root';
import { expectClean, expectDiagnostics, expectMarked, fixedText } from '../../helpers/expect-diagnostics';
import { meeting } from '../../helpers/documents';

const ID = 'keyword-form';
const doc = (...lines: string[]): string => meeting(lines);
const fixture = (kind: 'bad' | 'good'): string => read(path.join(ROOT, 'test/fixtures/rules', ID, `${kind}.minutes`));

describe(ID, () => {
  it('reports each legacy spelling on the keyword as written, with its replacement', () => {
    const cases: [string, string, string][] = [
      ['[[Resolved -]] That the letter be noted.', 'RESOLVED:', 'RESOLVED: That the letter be noted.'],
      ['[[RESOLVED –]] That the letter be noted.', 'RESOLVED:', 'RESOLVED: That the letter be noted.'],
      ['[[Resolved:]] That the letter be noted.', 'RESOLVED:', 'RESOLVED: That the letter be noted.'],
      ['[[Recommended -]] That the letter be noted.', 'RECOMMENDED:', 'RECOMMENDED: That the letter be noted.'],
      ['[[Minutes:]]', 'MINUTES:', 'MINUTES:'],
      ['[[It was resolved that]] the letter be noted.', 'RESOLVED: that', 'RESOLVED: that the letter be noted.'],
      ['[[It was RESOLVED that:]]', 'RESOLVED: that', 'RESOLVED: that'],
      // A colon and a dash, as many councils print it.
      ['[[RESOLVED:-]] That the letter be noted.', 'RESOLVED:', 'RESOLVED: That the letter be noted.'],
      ['[[Resolved:-]] That the letter be noted.', 'RESOLVED:', 'RESOLVED: That the letter be noted.'],
      ['[[RESOLVED: –]] That the letter be noted.', 'RESOLVED:', 'RESOLVED: That the letter be noted.'],
      ['[[Recommended:-]] That the letter be noted.', 'RECOMMENDED:', 'RECOMMENDED: That the letter be noted.'],
      // A second dash after the old form goes too: `RECOMMENDED: —` would be an old form again.
      ['[[Recommended -]] — That the letter be noted.', 'RECOMMENDED:', 'RECOMMENDED: That the letter be noted.'],
      ['[[Resolved -]] - That the letter be noted.', 'RESOLVED:', 'RESOLVED: That the letter be noted.'],
    ];
    for (const [marked, replacement, fixed] of cases) {
      const [d] = expectMarked(doc(marked), ID, [new RegExp(`old spelling of .*write \`${replacement}\``)]);
      assert.deepEqual(d.data, { replacement }, marked);
      assert.equal(d.severity, 'warning');
      assert.equal(fixedText(doc(marked.replace(/\[\[|\]\]/g, '')), ID), doc(fixed), marked);
    }
  });

  it('reads RESOLVED:- as a RESOLVED block whose resolution does not start with the dash', () => {
    const after = (line: string) => analyze(doc('RECOMMENDED: That it be noted.', line)).model.items[0];
    assert.deepEqual(after('RESOLVED:- That the letter be noted.').resolutions.map((r) => r.text), ['That the letter be noted.']);
    // Written in mixed case it was narrative, run into the recommendation above.
    const mixed = after('Resolved:- That the letter be noted.');
    assert.deepEqual(mixed.recommended, ['That it be noted.']);
    assert.deepEqual(mixed.resolutions.map((r) => r.text), ['That the letter be noted.']);
  });

  it('leaves the standard keywords and narrative that merely starts with "Resolved"', () => {
    expectClean(doc('RESOLVED: That the letter be noted.', 'RECOMMENDED:', 'That it be noted.', '', 'MINUTES:'), ID);
    expectClean(doc('Resolved matters were carried forward to the next meeting.'), ID);
  });

  it('keeps a space when the old form ran straight into the text', () => {
    assert.equal(fixedText(doc('Resolved-That the letter be noted.'), ID), doc('RESOLVED: That the letter be noted.'));
  });

  it('keeps "unanimously" as a VOTE line after the block', () => {
    const legacy = doc('It was unanimously RESOLVED that the Committee:', '1. Noted the findings.', '2. Referred the report to Council.', '', 'DOCUMENTS: none');
    expectMarked(legacy.replace('It was unanimously RESOLVED that', '[[It was unanimously RESOLVED that]]'), ID, [/keep "unanimously" as a `VOTE: unanimous` line/]);
    const fixed = fixedText(legacy, ID);
    assert.equal(fixed, doc('RESOLVED: that the Committee:', '1. Noted the findings.', '2. Referred the report to Council.', 'VOTE: unanimous', '', 'DOCUMENTS: none'));
    const item = analyze(fixed).model.items[0];
    assert.deepEqual(item.resolutions.map((r) => r.text), ['Noted the findings.', 'Referred the report to Council.']);
    assert.equal(item.votes[0].unanimous, true);
  });

  it('writes the added VOTE line with the file\'s own line ends', () => {
    const legacy = doc('It was unanimously resolved that the report be noted.').replace(/\n/g, '\r\n');
    assert.equal(fixedText(legacy, ID), doc('RESOLVED: that the report be noted.', 'VOTE: unanimous').replace(/\n/g, '\r\n'));
  });

  it('adds no VOTE when one that says unanimous already follows', () => {
    const legacy = doc('It was unanimously resolved that the report be noted.', 'VOTE: unanimous');
    assert.equal(fixedText(legacy, ID), doc('RESOLVED: that the report be noted.', 'VOTE: unanimous'));
    const counted = doc('It was unanimously resolved that the report be noted.', 'VOTE: for 7, against 0, abstain 0 — carried');
    assert.equal(fixedText(counted, ID), counted.replace('It was unanimously resolved that', 'RESOLVED: that'));
  });

  it('offers no fix when the VOTE that follows disagrees with "unanimously"', () => {
    for (const vote of ['VOTE: for 7, against 2 — carried', 'VOTE: nem. con.']) {
      const [d] = expectDiagnostics(doc('It was unanimously resolved that the report be noted.', vote), ID, [{ line: 7, message: /disagrees with the VOTE/ }]);
      assert.equal(d.fix, undefined, vote);
    }
  });

  it('looks for the VOTE only up to the next RESOLVED', () => {
    const legacy = doc('It was unanimously resolved that the report be noted.', '', 'RESOLVED: That the budget be approved.', 'VOTE: for 7, against 2 — carried');
    const fixed = fixedText(legacy, ID);
    assert.equal(fixed, doc('RESOLVED: that the report be noted.', 'VOTE: unanimous', '', 'RESOLVED: That the budget be approved.', 'VOTE: for 7, against 2 — carried'));
  });

  it('gives nothing on the seeds, examples and unseen documents, which use the standard keywords', () => {
    for (const f of [...SEEDS, ...EXAMPLES, ...UNSEEN]) expectClean(read(f), ID);
  });

  it('triggers on its bad fixture and not on its good one, and the fixes turn one into the other', () => {
    const found = expectDiagnostics(fixture('bad'), ID, [
      { line: 14, message: /Recommended -/ },
      { line: 17, message: /Minutes:/ },
      { line: 20, message: /Resolved -/ },
      { line: 25, message: /It was unanimously RESOLVED that/ },
      { line: 31, message: /MOTION: moved by Councillor Hart, seconded by Councillor Ingram/ },
      { line: 36, message: /RESOLVED THAT:/ },
      { line: 38, message: /And Resolved:/ },
      { line: 40, message: /Unanimously resolved:/ },
    ]);
    assert.ok(found.every((d) => d.fix));
    expectClean(fixture('good'), ID);
    assert.equal(fixedText(fixture('bad'), ID), fixture('good'));
  });
});
