/** attendance-conflict on ARRIVED:, LEFT: and RETURNED: lines, replayed from the attendance lists in document order. */
import * as assert from 'node:assert/strict';
import { expectClean, expectMarked, fixedText, diagnosticsOf } from '../../helpers/expect-diagnostics';

const ID = 'attendance-conflict';
const doc = (...lines: string[]): string =>
  [
    '---', 'committee: Planning Committee', 'date: 2025-01-28', '---', '',
    'PEOPLE:', '@ellery  Councillor Margaret Ellery — Chair', '@fenn    Councillor Robert Fenn', '@elwood  Councillor Martin Elwood', '@gough   Councillor Ian Gough', '@dso     Tom Ferrier — Democratic Services Officer', '',
    'PRESENT: @ellery (Chair), @fenn', 'APOLOGIES: @elwood', 'ABSENT: Councillor Jarrett', 'IN ATTENDANCE: @dso', '',
    ...lines, '',
  ].join('\n');

describe('attendance-conflict: arrivals and departures', () => {
  it('accepts arriving, leaving and returning in order, and a late arrival after apologies', () => {
    expectClean(doc('# 1. A', 'ARRIVED: @gough (6.35 pm)', 'LEFT: @fenn', 'NOTED: Noted.', '', '# 2. B', 'RETURNED: @fenn', 'ARRIVED: @elwood (7.05 pm)', 'LEFT: @dso', 'NOTED: Noted.'), ID);
    // Before the first item they mean "before the first item".
    expectClean(doc('ARRIVED: @gough', '', '# 1. A', 'LEFT: @gough', 'NOTED: Noted.'), ID);
  });

  it('reports arriving when already there, on the name', () => {
    expectMarked(doc('# 1. A', 'ARRIVED: [[@fenn]]'), ID, [/^@fenn arrives, but is listed in PRESENT and is already present: remove this ARRIVED: line, or take @fenn out of PRESENT if they came late\.$/]);
    const [d] = expectMarked(doc('# 1. A', 'ARRIVED: @gough', '', '# 2. B', 'ARRIVED: [[@gough]]'), ID, [/arrived on line 19 and is already present: remove this ARRIVED: line\.$/]);
    assert.match(d.related![0].message, /ARRIVED line/);
  });

  it('offers RETURNED for an arrival after leaving', () => {
    const text = doc('# 1. A', 'LEFT: @fenn', '', '# 2. B', 'ARRIVED: @fenn');
    expectMarked(text.replace('ARRIVED: @fenn', 'ARRIVED: [[@fenn]]'), ID, [/left on line 19 and comes back here: write `RETURNED: @fenn`/]);
    assert.equal(fixedText(text, ID), text.replace('ARRIVED: @fenn', 'RETURNED: @fenn'));
  });

  it('reports leaving when not present: never listed, sent apologies, absent, or already gone', () => {
    expectMarked(doc('# 1. A', 'LEFT: [[Councillor Nye]]'), ID, [/Councillor Nye leaves, but was not present \(not in PRESENT, and no ARRIVED: before this line\): add Councillor Nye to PRESENT, or write `ARRIVED: Councillor Nye`/]);
    expectMarked(doc('# 1. A', 'LEFT: [[@elwood]] (having declared an interest)'), ID, [/@elwood leaves, but sent apologies \(APOLOGIES\) and was never present: remove this LEFT: line, or correct the attendance\./]);
    expectMarked(doc('# 1. A', 'LEFT: [[Councillor Jarrett]]'), ID, [/is listed as ABSENT and was never present/]);
    expectMarked(doc('# 1. A', 'LEFT: @fenn', '', '# 2. B', 'LEFT: [[@fenn]]'), ID, [/leaves again, but already left on line 19: remove one of the LEFT: lines, or write `RETURNED: @fenn` between them/]);
  });

  it('reports returning without having left, with ARRIVED as the fix', () => {
    expectMarked(doc('# 1. A', 'RETURNED: [[@fenn]]'), ID, [/@fenn returns, but is listed in PRESENT and has not left: remove this RETURNED: line, or add `LEFT: @fenn` where they left/]);
    const text = doc('# 1. A', 'RETURNED: @gough');
    expectMarked(text.replace('RETURNED: @gough', 'RETURNED: [[@gough]]'), ID, [/returns, but never left \(they are not in PRESENT\): write `ARRIVED: @gough`/]);
    assert.equal(fixedText(text, ID), text.replace('RETURNED:', 'ARRIVED:'));
  });

  it('matches a plain name with the display name of its handle, and tells initials apart', () => {
    expectMarked(doc('# 1. A', 'ARRIVED: [[Councillor Robert Fenn]]'), ID, [/already present/]);
    const collins = doc('# 1. A', 'ARRIVED: Cllr Collins (B)', 'ARRIVED: Cllr Collins (J)', 'LEFT: Cllr Collins (B)', 'NOTED: Noted.');
    assert.deepEqual(diagnosticsOf(collins, ID).map((d) => d.message), []);
  });
});
