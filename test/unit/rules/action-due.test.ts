import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { ROOT } from '../../helpers/root';
import { read } from '../../helpers/fixtures';
import { expectClean, expectDiagnostics, expectMarked, fixedText } from '../../helpers/expect-diagnostics';
import { meeting } from '../../helpers/documents';

const ID = 'action-due';
const doc = (...lines: string[]): string => meeting(lines);
const fixture = (kind: 'bad' | 'good'): string => read(path.join(ROOT, 'test/fixtures/rules', ID, `${kind}.minutes`));

describe(ID, () => {
  it('accepts a real date on or after the meeting, and an action with no due date', () => {
    expectClean(doc('ACTION: @sdcs — Bring the plan back — due 2021-10-14'), ID);
    expectClean(doc('ACTION: @sdcs — Report on the day — due 2021-06-08 — done'), ID);
    expectClean(doc('ACTION: @sdcs'), ID);
    expectClean(doc('ACTION: @sdcs — Bring the plan back'), ID);
  });

  it('reports a date that does not exist, on the date', () => {
    expectMarked(doc('ACTION: @sdcs — Bring the plan back — due [[2021-02-30]]'), ID, [/2021-02-30 is not a real date/]);
    expectMarked(doc('ACTION: @sdcs — due [[2021-13-01]] — Bring the plan back'), ID, [/not a real date/]);
  });

  it('reports a date written without `due`, with a fix to `due`', () => {
    expectMarked(doc('ACTION: Clerk – Publish the accounts – [[by 2021-06-30]]'), ID, [/"by 2021-06-30" is not read as the due date: .*`due 2021-06-30`/]);
    expectMarked(doc('ACTION: @sdcs — Bring the plan back — [[2021-10-14]] — done'), ID, [/not read as the due date/]);
    expectMarked(doc('ACTION: @sdcs -- [[Deadline: 2021-10-14]] -- Bring the plan back'), ID);
    assert.match(fixedText(doc('ACTION: @sdcs — Bring the plan back — by 2021-10-14'), ID), /— due 2021-10-14\n/);
    // A date inside the task, or beside a real due date, is the task's own.
    expectClean(doc('ACTION: @sdcs — Report the 2021-06-01 figures by 2021-10-14 — due 2021-10-14'), ID);
    expectClean(doc('ACTION: @sdcs — Bring back the report of 2021-06-01'), ID);
  });

  it('reports a due date before the meeting', () => {
    expectMarked(doc('ACTION: @sdcs — Bring the plan back — due [[2021-06-07]]'), ID, [/due on 2021-06-07, before the meeting it was set at \(2021-06-08\)/]);
    expectMarked(doc('ACTION: @sdcs — Bring the plan back — due [[2021-05-07]] — in progress'), ID, [/before the meeting/]);
  });

  it('accepts a done or cancelled action due before the meeting: an action log closing earlier actions', () => {
    expectClean(doc('ACTION: @sdcs — Obtain three quotes — due 2021-01-31 — done'), ID);
    expectClean(doc('ACTION: @sdcs — Arrange a second quote — due 2021-03-01 — Cancelled'), ID);
    // The words the model reads as done or cancelled close an action here too.
    expectClean(doc('ACTION: @sdcs — Obtain three quotes — due 2021-01-31 — completed'), ID);
    expectClean(doc('ACTION: @sdcs — Arrange a second quote — due 2021-03-01 — Withdrawn.'), ID);
    expectMarked(doc('ACTION: @sdcs — Obtain three quotes — due [[2021-01-31]] — ongoing'), ID, [/before the meeting/]);
    // A date that does not exist is still wrong, closed or not.
    expectMarked(doc('ACTION: @sdcs — Obtain three quotes — due [[2021-02-30]] — done'), ID, [/not a real date/]);
  });

  it('does not compare with a meeting date that is missing or not real', () => {
    const noDate = ['---', 'committee: Executive', 'date: 2021-02-30', '---', '', '# 1. X', 'ACTION: @sdcs — Do it — due 2020-01-01', ''].join('\n');
    expectClean(noDate, ID);
  });

  it('reports a missing date and one the minutes cannot track', () => {
    expectMarked(doc('ACTION: @sdcs — Bring the plan back — [[due]]'), ID, [/due date is missing/]);
    expectMarked(doc('ACTION: @sdcs — Bring the plan back — due [[next month]]'), ID, [/"next month" is not a date the minutes can track/]);
    expectMarked(doc('ACTION: @sdcs — Bring the plan back — due: [[14/10/2021]]'), ID, [/YYYY-MM-DD/]);
  });

  it('fixes a date written out in words, and nothing else', () => {
    const [d] = expectMarked(doc('ACTION: @sdcs — Bring the plan back — due [[14th October 2021]]'), ID, [/`due 2021-10-14`/]);
    assert.deepEqual(d.data, { replacement: '2021-10-14' });
    assert.equal(fixedText(doc('ACTION: @sdcs — Bring the plan back — due 14th October 2021 — open'), ID), doc('ACTION: @sdcs — Bring the plan back — due 2021-10-14 — open'));
    assert.equal(fixedText(doc('ACTION: @sdcs — Do it — due 3 Sept 2021'), ID), doc('ACTION: @sdcs — Do it — due 2021-09-03'));
    // Day and month order is not guessed, and a day that does not exist is not invented.
    for (const text of ['14/10/2021', '31 June 2021', '14 Octobre 2021']) {
      const [found] = analyze(doc(`ACTION: @sdcs — Do it — due ${text}`)).diagnostics.filter((x) => x.ruleId === ID);
      assert.ok(found, text);
      assert.equal(found.fix, undefined, text);
    }
  });

  it('takes a task that starts with "Due" as the task, as the model does', () => {
    expectClean(doc('ACTION: @nair — Due diligence on the preferred bidder — due 2021-07-01'), ID);
    const action = analyze(doc('ACTION: @nair — Due diligence on the bidder')).model.actions[0];
    assert.equal(action.task, 'Due diligence on the bidder');
    assert.equal(action.dueText, null);
  });

  it('reads only the first due segment, as the model does', () => {
    expectMarked(doc('ACTION: @sdcs — Do it — due [[2021-02-30]] — due 2021-07-01'), ID, [/not a real date/]);
  });

  it('triggers on its bad fixture and not on its good one', () => {
    expectDiagnostics(fixture('bad'), ID, [
      { line: 14, message: /not a real date/ },
      { line: 15, message: /before the meeting/ },
      { line: 16, message: /`due 2021-07-06`/ },
      { line: 17, message: /missing/ },
    ]);
    expectClean(fixture('good'), ID);
  });
});
