import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { ROOT } from '../../helpers/root';
import { read } from '../../helpers/fixtures';
import { expectClean, expectDiagnostics, expectMarked } from '../../helpers/expect-diagnostics';

const ID = 'vote-invalid';
const doc = (present: string | null, ...lines: string[]): string =>
  ['---', 'committee: Planning Committee', 'date: 2021-11-16', '---', '', ...(present ? [`PRESENT: ${present}`, ''] : []), '# 1. Application', ...lines, ''].join('\n');
const fixture = (kind: 'bad' | 'good'): string => read(path.join(ROOT, 'test/fixtures/rules', ID, `${kind}.minutes`));
const TEN = 'A, B, C, D, E, F, G, H, I, J';

describe(ID, () => {
  it('accepts the forms of docs/language.md#votes', () => {
    expectClean(doc(TEN, 'VOTE: for 7, against 2, abstain 1 — carried', 'VOTE: for 3, against 6 — lost', 'VOTE: unanimous', 'VOTE: nem. con.'), ID);
    expectClean(doc(TEN, 'VOTE: for 5, against 0, abstain 2 — nem. con.'), ID);
  });

  it('reports a VOTE that records nothing', () => {
    expectMarked(doc(null, '[[VOTE:]]'), ID, [/records nothing/]);
    expectMarked(doc(null, 'VOTE: [[carried]]'), ID, [/no counts.*instead of "carried"/]);
    expectMarked(doc(null, 'VOTE: [[by a show of hands]]'), ID, [/no counts/]);
  });

  it('reports counts above the members in PRESENT, only when PRESENT is given', () => {
    expectMarked(doc(TEN, 'VOTE: [[for 7, against 3, abstain 1 — carried]]'), ID, [/add up to 11, but only 10 members are listed in PRESENT/]);
    expectClean(doc(TEN, 'VOTE: for 7, against 3 — carried'), ID);
    expectClean(doc(null, 'VOTE: for 70, against 30, abstain 10 — carried'), ID);
    expectMarked(doc('A', 'VOTE: [[for 1, against 1 — lost]]'), ID, [/only 1 member is listed/]);
  });

  it('counts members across a wrapped PRESENT list', () => {
    const wrapped = ['---', 'committee: C', 'date: 2021-11-16', '---', '', 'PRESENT: A, B,', '  C', '', '# 1. X', 'VOTE: [[for 3, against 1 — carried]]', ''].join('\n');
    expectMarked(wrapped, ID, [/add up to 4, but only 3/]);
  });

  it('reports an outcome the counts contradict, on the outcome word', () => {
    expectMarked(doc(TEN, 'VOTE: for 3, against 6 — [[carried]]'), ID, [/recorded as carried, but 3 for and 6 against/]);
    expectMarked(doc(TEN, 'VOTE: for 6, against 3 — [[lost]]'), ID, [/recorded as lost, but 6 for and 3 against carries/]);
    expectMarked(doc(TEN, 'VOTE: for 4, against 4 — [[carried]]'), ID, [/casting vote/]);
    expectClean(doc(TEN, 'VOTE: for 4, against 4 — lost'), ID);
  });

  it("allows a tie carried on the chair's casting vote", () => {
    expectClean(doc(TEN, "VOTE: for 4, against 4 — carried on the Chair's casting vote"), ID);
    // The casting vote may be counted in, one vote more than the members present.
    expectClean(doc(TEN, "VOTE: for 6, against 5 — carried on the Chair's casting vote"), ID);
    expectMarked(doc(TEN, "VOTE: [[for 7, against 5 — carried on the Chair's casting vote]]"), ID, [/add up to 12/]);
  });

  it('reads "not carried" as lost', () => {
    expectClean(doc(TEN, 'VOTE: for 2, against 5 — not carried'), ID);
    expectMarked(doc(TEN, 'VOTE: for 5, against 2 — [[not carried]]'), ID, [/recorded as lost/]);
    assert.equal(analyze(doc(TEN, 'VOTE: for 2, against 5 — not carried')).model.items[0].votes[0].outcome, 'lost');
  });

  it('reports unanimous or nem. con. with votes against', () => {
    expectMarked(doc(TEN, 'VOTE: unanimous, for 8, [[against 1]]'), ID, [/`unanimous` cannot have votes against \(1\)/]);
    expectMarked(doc(TEN, 'VOTE: nem. con., for 6, [[against 2]], abstain 1'), ID, [/`nem. con.` cannot have votes against/]);
  });

  // Written the way clerks print them in minutes from other councils: counts
  // after or before their word, `in favour`, `Abstentions:`.
  it('reads counts written either way round, with in favour and abstentions', () => {
    const votes = (line: string) => analyze(doc(TEN, line)).model.items[0].votes[0];
    const counts = (line: string) => { const v = votes(line); return [v.for, v.against, v.abstain, v.outcome]; };
    assert.deepEqual(counts('VOTE: For: 7, Against: 2, Abstentions: 1 – carried'), [7, 2, 1, 'carried']);
    assert.deepEqual(counts('VOTE: for 7 against 2 abstention 1 carried'), [7, 2, 1, 'carried']);
    assert.deepEqual(counts('VOTE: 7 for, 2 against, 1 abstention — carried'), [7, 2, 1, 'carried']);
    assert.deepEqual(counts('VOTE: 6 in favour, 3 against, 2 abstained — carried'), [6, 3, 2, 'carried']);
    assert.deepEqual(counts('VOTE: In favour 6, against 3 — carried'), [6, 3, null, 'carried']);
    assert.deepEqual(counts('VOTE: 6 votes for, 3 votes against — carried'), [6, 3, null, 'carried']);
    // Word-first lines never read a number as the count of the word after it.
    assert.deepEqual(counts('VOTE: for 10 against 2'), [10, 2, null, null]);
    // Both orders in one line: each part between commas is read on its own.
    assert.deepEqual(counts('VOTE: for 7, against 2, 1 abstention — carried'), [7, 2, 1, 'carried']);
    assert.deepEqual(counts('VOTE: 7 in favour; against: 2; abstentions 1 — carried'), [7, 2, 1, 'carried']);
    assert.deepEqual(counts('VOTE: for 7 against 2, 1 abstained — carried'), [7, 2, 1, 'carried']);
    expectMarked(doc(TEN, 'VOTE: [[for 8, against 2, 1 abstention — carried]]'), ID, [/add up to 11, but only 10/]);
    expectClean(doc(TEN, 'VOTE: 7 for, 2 against, 1 abstention — carried'), ID);
    expectMarked(doc(TEN, 'VOTE: 3 for, 6 against — [[carried]]'), ID, [/recorded as carried, but 3 for and 6 against/]);
    expectMarked(doc(TEN, 'VOTE: [[8 for, 2 against, 1 abstention — carried]]'), ID, [/add up to 11, but only 10/]);
    expectMarked(doc(TEN, 'VOTE: nem. con., 6 for, [[2 against]]'), ID, [/`nem. con.` cannot have votes against/]);
  });

  it('checks VOTE lines in the preamble and in sub-items too', () => {
    const text = ['---', 'committee: C', 'date: 2021-11-16', '---', '', '[[VOTE:]]', '', '# 1. X', '## 1.1 Y', 'VOTE: for 2, against 5 — [[carried]]', ''].join('\n');
    expectMarked(text, ID, [/records nothing/, /recorded as carried/]);
  });

  it('triggers on its bad fixture and not on its good one', () => {
    expectDiagnostics(fixture('bad'), ID, [
      { line: 13, message: /add up to 6/ },
      { line: 18, message: /recorded as carried/ },
      { line: 23, message: /cannot have votes against/ },
      { line: 28, message: /no counts/ },
      { line: 34, message: /gives 4 for, but 3 members are named under FOR/ },
      { line: 35, message: /@dunmore is named under FOR, but left the meeting/ },
      { line: 36, message: /@bains is named under FOR and again under AGAINST/ },
      { line: 42, message: /FOR: line is not indented under a VOTE/ },
      { line: 43, message: /AGAINST: line is not indented under a VOTE/ },
    ]);
    expectClean(fixture('good'), ID);
  });
});
