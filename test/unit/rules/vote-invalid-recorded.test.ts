/**
 * vote-invalid on recorded (named) votes and on votes taken after members
 * arrived or left: names against counts, a member voting twice, a voter not
 * present at the vote's line, FOR:/AGAINST:/ABSTAIN: lines not under their
 * VOTE, and counts against the members present at the vote.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { diagnosticsOf, expectClean, expectDiagnostics, expectMarked, fixedText } from '../../helpers/expect-diagnostics';

const ID = 'vote-invalid';
const PEOPLE = ['PEOPLE:', '@ali   Cllr Ali', '@benn  Cllr Benn', '@cole  Cllr Cole', '@dunn  Cllr Dunn', '@earl  Cllr Earl', '@fox   Cllr Fox', '@gray  Gray — Clerk', ''];
const doc = (present: string | null, ...lines: string[]): string =>
  ['---', 'committee: Council', 'date: 2025-02-20', '---', '', ...PEOPLE, ...(present ? [`PRESENT: ${present}`, 'APOLOGIES: @fox', 'IN ATTENDANCE: @gray', ''] : []), '# 1. Budget', ...lines, ''].join('\n');
const FIVE = '@ali, @benn, @cole, @dunn, @earl';

describe('vote-invalid: recorded votes', () => {
  it('accepts the brief\'s recorded vote, with counts or with the counts left out, and wrapped names', () => {
    expectClean(doc(`${FIVE}, Cllr Hale`, 'VOTE: for 3, against 2, abstain 1 — carried', '  FOR: @ali, @benn, @cole', '  AGAINST: @dunn, @earl', '  ABSTAIN: Cllr Hale'), ID);
    expectClean(doc(FIVE, 'VOTE: recorded — lost', '  In favour: @ali,', '    @benn', '  Against: @cole, @dunn, @earl'), ID);
  });

  it('reports counts that are not the names, on the count', () => {
    expectMarked(doc(FIVE, 'VOTE: [[for 3]], against 2 — carried', '  FOR: @ali, @benn', '  AGAINST: @dunn, @earl'), ID, [/^The VOTE gives 3 for, but 2 members are named under FOR: make the count and the names agree\.$/]);
    expectMarked(doc(FIVE, 'VOTE: [[for 2, against 1 — carried]]', '  FOR: @ali, @benn', '  AGAINST: @dunn', '  ABSTAIN: @earl'), ID, [/1 member is named under ABSTAIN, but the VOTE gives no abstain count: add `abstain 1`/]);
  });

  it('judges the outcome by the names when the counts are left out', () => {
    expectMarked(doc(FIVE, 'VOTE: recorded — [[carried]]', '  FOR: @ali', '  AGAINST: @dunn, @earl'), ID, [/recorded as carried, but 1 for and 2 against does not carry/]);
    expectMarked(doc(FIVE, 'VOTE: [[unanimous]]', '  FOR: @ali, @benn', '  AGAINST: @dunn'), ID, [/`unanimous` cannot have votes against \(1\)/]);
  });

  it('reports a recorded vote that names nobody', () => {
    expectMarked(doc(FIVE, 'VOTE: [[recorded — carried]]'), ID, [/recorded but names nobody: indent `FOR:`, `AGAINST:` and `ABSTAIN:` lines under it/]);
  });

  it('reports a member named twice, on the second naming, with the first as related', () => {
    const [d] = expectMarked(doc(FIVE, 'VOTE: recorded — carried', '  FOR: @ali, @benn, @cole', '  ABSTAIN: [[@cole]]'), ID, [/^@cole is named under FOR and again under ABSTAIN in this vote: a member votes once, so remove one of them\.$/]);
    assert.match(d.related![0].message, /first named under FOR/);
    expectMarked(doc(FIVE, 'VOTE: recorded — carried', '  FOR: @ali, Cllr Benn, [[@benn]]'), ID, [/named twice under FOR/]);
  });

  it('reports a voter not present at the vote, on the name, saying why', () => {
    expectMarked(doc(FIVE, 'VOTE: recorded — carried', '  FOR: @ali, @benn, [[@fox]]'), ID, [/@fox is named under FOR, but sent apologies \(APOLOGIES\)/]);
    expectMarked(doc(FIVE, 'VOTE: recorded — carried', '  FOR: @ali, @benn, [[@gray]]'), ID, [/@gray is named under FOR, but is listed IN ATTENDANCE, and attendees do not vote/]);
    expectMarked(doc(FIVE, 'VOTE: recorded — carried', '  FOR: @ali, @benn, [[Cllr Ivey]]'), ID, [/Cllr Ivey is named under FOR, but is not present at this vote \(not in PRESENT, and no `ARRIVED:` before it\): add them to PRESENT, or write `ARRIVED: Cllr Ivey` before the vote/]);
    const [d] = expectMarked(doc(FIVE, 'LEFT: @cole (7.40 pm)', '', 'VOTE: recorded — carried', '  FOR: @ali, @benn, [[@cole]]'), ID, [/@cole is named under FOR, but left the meeting before this vote \(LEFT: on line 20\): take the name out of the vote, or write `RETURNED: @cole` before the vote/]);
    assert.equal(d.related?.length, 1);
  });

  it('follows arrivals and returns up to the vote\'s line', () => {
    expectClean(doc(FIVE, 'LEFT: @cole', 'RETURNED: @cole', 'ARRIVED: Cllr Ivey', '', 'VOTE: recorded — carried', '  FOR: @ali, @benn, @cole, Cllr Ivey'), ID);
    // Leaving after the vote does not undo it.
    expectClean(doc(FIVE, 'VOTE: recorded — carried', '  FOR: @ali, @benn, @cole', '', 'LEFT: @cole'), ID);
  });

  it('does not check presence without a PRESENT list', () => {
    expectClean(doc(null, 'VOTE: recorded — carried', '  FOR: @ali, @benn'), ID);
  });

  it('counts a counted vote against the members present at its line', () => {
    expectMarked(doc(FIVE, 'LEFT: @earl', 'LEFT: @dunn', '', 'VOTE: [[for 3, against 1 — carried]]'), ID, [/add up to 4, but only 3 members are present at this vote \(PRESENT, with the arrivals and departures before it\): correct the counts/]);
    expectClean(doc(FIVE, 'ARRIVED: Cllr Ivey', '', 'VOTE: for 4, against 2 — carried'), ID);
  });

  it('reports FOR:, AGAINST: and ABSTAIN: lines at the margin, with a fix straight after the VOTE', () => {
    const text = doc(FIVE, 'VOTE: for 2, against 1 — carried', 'FOR: @ali, @benn', 'AGAINST: @cole');
    expectDiagnostics(text, ID, [
      { line: 21, column: 1, message: /This FOR: line is not indented under a VOTE, so it is read as narrative: indent it under its vote/ },
      { line: 22, column: 1, message: /AGAINST:/ },
    ]);
    const fixed = fixedText(text, ID);
    assert.equal(fixed, doc(FIVE, 'VOTE: for 2, against 1 — carried', '  FOR: @ali, @benn', '  AGAINST: @cole'));
    assert.deepEqual(diagnosticsOf(fixed, ID), []);
    assert.deepEqual(analyze(fixed).model.items[0].votes[0].recorded?.for.map((n) => n.handle), ['ali', 'benn']);
    // After a blank line the lines may belong anywhere: no fix.
    const apart = diagnosticsOf(doc(FIVE, 'VOTE: for 2 — carried', '', 'FOR: @ali, @benn'), ID);
    assert.equal(apart.length, 1);
    assert.equal(apart[0].fix, undefined);
  });

  it('reports a label line that runs on under another block, without a fix', () => {
    const text = doc(FIVE, 'VOTE: for 2 — carried', 'NOTED: the report.', 'FOR: @ali, @benn', '', 'RESOLVED:', '1. That the plan be approved.', '   AGAINST: @cole');
    expectDiagnostics(text, ID, [
      { line: 22, column: 1, message: /^This FOR: line is not indented under a VOTE/ },
      { line: 26, column: 4, message: /^This AGAINST: line is not indented under a VOTE/ },
    ]);
    assert.deepEqual(diagnosticsOf(text, ID).map((d) => d.fix), [undefined, undefined]);
    expectClean(doc(FIVE, 'VOTE: for 5 — carried', 'NOTED: For: 5, Against: 0 at the previous meeting.', 'For: 7, Against: 2 there.'), ID);
  });

  it('leaves a count line at the margin and narrative that mentions a side', () => {
    expectClean(doc(FIVE, 'For: 7, Against: 2 – the motion was carried.', '', 'Against the advice of officers, the Committee refused permission.'), ID);
  });
});
