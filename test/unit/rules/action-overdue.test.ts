import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { ROOT } from '../../helpers/root';
import { read } from '../../helpers/fixtures';
import { expectClean, expectDiagnostics, expectMarked } from '../../helpers/expect-diagnostics';
import { meeting } from '../../helpers/documents';

const ID = 'action-overdue';
const doc = (...lines: string[]): string => meeting(lines);
const fixture = (kind: 'bad' | 'good'): string => read(path.join(ROOT, 'test/fixtures/rules', ID, `${kind}.minutes`));
const ON = (today: string) => ({ today });

describe(ID, () => {
  it('reports an open or in-progress action due before today, on the date, as info', () => {
    const [d] = expectMarked(doc('ACTION: @sdcs — Bring the plan back — due [[2021-10-14]]'), ID, [/due on 2021-10-14 and is still open \(today is 2021-11-01\)/], ON('2021-11-01'));
    assert.equal(d.severity, 'info');
    expectMarked(doc('ACTION: @sdcs — Bring the plan back — due [[2021-10-14]] — in progress'), ID, [/still in progress/], ON('2021-11-01'));
    expectMarked(doc('ACTION: @sdcs — due [[2021-10-14]] — open — Bring the plan back'), ID, [/still open/], ON('2021-10-15'));
  });

  it('is quiet on the due date itself, before it, and for done or cancelled actions', () => {
    expectClean(doc('ACTION: @sdcs — Bring the plan back — due 2021-10-14'), ID, ON('2021-10-14'));
    expectClean(doc('ACTION: @sdcs — Bring the plan back — due 2021-10-14'), ID, ON('2021-06-08'));
    expectClean(doc('ACTION: @sdcs — Bring the plan back — due 2021-10-14 — done'), ID, ON('2022-01-01'));
    expectClean(doc('ACTION: @sdcs — Bring the plan back — due 2021-10-14 — cancelled'), ID, ON('2022-01-01'));
  });

  it('reads the words of pasted action logs as the status they mean: completed is done, ongoing is in progress', () => {
    for (const word of ['completed', 'Complete.', 'closed', 'withdrawn', 'Canceled'])
      expectClean(doc(`ACTION: @sdcs — Bring the plan back — due 2021-10-14 — ${word}`), ID, ON('2022-01-01'));
    expectMarked(doc('ACTION: @sdcs — Bring the plan back — due [[2021-10-14]] — ongoing'), ID, [/still in progress/], ON('2021-11-01'));
    const [done, going, open] = analyze(doc('ACTION: @sdcs — Bring the plan back — completed', 'ACTION: @sdcs — Draft it — in-progress', 'ACTION: @sdcs — Complete the audit')).model.actions;
    assert.deepEqual([done.status, done.task], ['done', 'Bring the plan back']);
    assert.deepEqual([going.status, going.task], ['in progress', 'Draft it']);
    assert.deepEqual([open.status, open.task], ['open', 'Complete the audit'], 'a task that starts with a status word is a task');
  });

  it('ignores actions with no due date or one that is not real', () => {
    expectClean(doc('ACTION: @sdcs', 'ACTION: @sdcs — Do it — due 2021-02-30'), ID, ON('2030-01-01'));
  });

  it('measures against the system date when today is empty', () => {
    // 2000-01-01 has passed and 9999-12-31 has not, whenever the test runs.
    const text = doc('ACTION: @sdcs — Long ago — due 2000-01-01', 'ACTION: @sdcs — Far off — due 9999-12-31');
    const found = analyze(text, { today: '' }).diagnostics.filter((x) => x.ruleId === ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /due on 2000-01-01/);
  });

  it('reports actions in sub-items and in the preamble', () => {
    const text = ['---', 'committee: C', 'date: 2021-06-08', '---', '', 'ACTION: @a — X — due 2021-07-01', '', '# 1. X', '## 1.1 Y', 'ACTION: @b — Y — due 2021-07-02', ''].join('\n');
    expectDiagnostics(text, ID, [{ line: 6, column: 22 }, { line: 10, column: 22 }], ON('2021-08-01'));
  });

  it('triggers on its bad fixture and not on its good one', () => {
    expectDiagnostics(fixture('bad'), ID, [{ line: 11, message: /still open/ }, { line: 12, message: /still in progress/ }], ON('2021-12-01'));
    expectClean(fixture('good'), ID, ON('2021-12-01'));
  });
});
