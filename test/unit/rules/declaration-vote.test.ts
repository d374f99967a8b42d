import * as assert from 'node:assert/strict';
import { diagnosticsOf, expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const ID = 'declaration-vote';
const doc = (declarations: string[], ...lines: string[]): string =>
  [
    '---', 'committee: Planning Committee', 'date: 2025-01-28', '---', '',
    'PEOPLE:', '@ali   Councillor Ali Khan', '@benn  Councillor Benn', '@cole  Councillor Cole', '',
    'PRESENT: @ali, @benn, @cole, Councillor Dunn', '',
    ...(declarations.length ? ['DECLARATIONS:', ...declarations, ''] : []),
    ...lines, '',
  ].join('\n');
const VOTE = (names: string): string[] => ['VOTE: recorded — carried', `  FOR: ${names}`];

describe(ID, () => {
  it('warns on the name of a declared member in the recorded vote of that item, with the declaration as related', () => {
    const [d] = expectMarked(doc(['- @cole (item 2): owns adjoining land'], '# 1. A', ...VOTE('@cole'), '', '# 2. B', 'VOTE: recorded — carried', '  FOR: @ali, [[@cole]]'), ID, [
      /^@cole declared an interest in item 2 and is named under FOR in its recorded vote: if a dispensation allowed them to vote, say so in the declaration; otherwise take the name out of the vote \(and record `LEFT: @cole` if they left the room\)\.$/,
    ]);
    assert.equal(d.severity, 'warning');
    assert.equal(d.related?.[0].message, "@cole's declaration");
  });

  it('reads items lists, plain names and display names, and numbers with a dot or in another case', () => {
    const decl = ['- @ali (items 3 and 5): governor', '- Councillor Dunn (item 4(A)): neighbour', '- Councillor Benn (item 5): member of the club'];
    const text = doc(decl, '# 3. A', ...VOTE('[[Councillor Ali Khan]]'), '', '# 4(a). B', ...VOTE('@benn, [[Councillor Dunn]]'), '', '# 5. C', 'VOTE: recorded — carried', '  AGAINST: [[@ali]], [[@benn]]');
    expectMarked(text, ID);
  });

  it('counts a declaration written in an item for that item, and an item\'s declaration for its sub-items', () => {
    expectMarked(doc([], '# 1. A', 'DECLARATIONS:', '- @benn: a trustee of the applicant', '', ...VOTE('[[@benn]]')), ID);
    expectMarked(doc(['- @benn (item 4): a trustee'], '# 4. Schedule', '', '## 4.1 Site', ...VOTE('[[@benn]]')), ID);
  });

  it('leaves a declared member who left, a dispensation, a counted vote and other items alone', () => {
    expectClean(doc(['- @cole (item 1): owns adjoining land'], '# 1. A', 'LEFT: @cole', ...VOTE('@ali, @benn'), '', '# 2. B', 'RETURNED: @cole', ...VOTE('@cole')), ID);
    expectClean(doc(['- @cole (item 1): other registrable interest; the Standards Committee granted a dispensation to vote'], '# 1. A', ...VOTE('@cole')), ID);
    expectClean(doc(['- @cole (item 1): owns adjoining land'], '# 1. A', 'VOTE: for 3, against 0 — carried'), ID);
    assert.deepEqual(diagnosticsOf(doc([], '# 1. A', ...VOTE('@cole')), ID), []);
  });
});
