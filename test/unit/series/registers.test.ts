// The three registers (docs/registers.md): the action register with its
// history, latest wording, overdue flag and filters; the decision register
// with the votes of each resolution's item and its citations from other
// files; the attendance record per person per series.
import * as assert from 'node:assert/strict';
import { actionRegister, attendanceRegister, decisionRegister } from '../../../server/src/core/series/index';
import { meeting, seriesOf } from '../../helpers/inline-series';

const FILES = {
  'one.minutes': meeting(
    '2024-01-09',
    `
    PRESENT: @ali, @benn
    APOLOGIES: Councillor Cole
    IN ATTENDANCE: @clerk

    # 1. Budget
    RESOLVED: That the budget be approved.
    VOTE: for 2, against 0 — carried
    ACTION: @clerk — Get three quotes — due 2024-02-01
    ACTION: @benn — Visit the depot — due 2024-01-20 — done
    `,
  ),
  'two.minutes': meeting(
    '2024-02-13',
    `
    PRESENT: @ali, councillor  cole
    ABSENT: @benn

    # 1. Matters arising
    As agreed at minute 1(1) of 9 January 2024; see also minute 1 of 2024-01-09.
    ACTION: @clerk — Get three quotes and report — due 2024-03-01 — in progress — from minute 1 of 2024-01-09
    `,
  ),
};

describe('series: registers', () => {
  const { set, all } = seriesOf(FILES);

  it('lists each action once with its history, latest wording and owner, where it was set and last reported', () => {
    const reg = actionRegister(set, { today: '2024-03-05' });
    assert.equal(reg.schema, 'minutes-actions/1');
    assert.deepEqual(reg.actions.map((a) => [a.id, a.owner, a.task, a.due, a.status, a.overdue, a.setAt.file, a.lastReported.file]), [
      ['2024-01-09/1/1', 'Jo Patel', 'Get three quotes and report', '2024-03-01', 'in progress', true, 'one.minutes', 'two.minutes'],
      ['2024-01-09/1/2', 'Councillor Benn', 'Visit the depot', '2024-01-20', 'done', false, 'one.minutes', 'one.minutes'],
    ]);
    assert.deepEqual(reg.actions[0].history, [
      { file: 'one.minutes', date: '2024-01-09', item: '1', line: 20, status: 'open', due: '2024-02-01' },
      { file: 'two.minutes', date: '2024-02-13', item: '1', line: 18, status: 'in progress', due: '2024-03-01' },
    ]);
  });

  it('filters by status, owner and overdue; without today nothing is overdue', () => {
    assert.deepEqual(actionRegister(set, { today: '2024-03-05', status: ['done'] }).actions.map((a) => a.id), ['2024-01-09/1/2']);
    assert.deepEqual(actionRegister(set, { owner: 'benn' }).actions.map((a) => a.id), ['2024-01-09/1/2']);
    assert.deepEqual(actionRegister(set, { today: '2024-03-05', overdue: true }).actions.map((a) => a.id), ['2024-01-09/1/1']);
    assert.deepEqual(actionRegister(set, { overdue: true }).actions, []);
  });

  it('lists each resolution with its item, the votes of the item and the citations of it from other files', () => {
    const reg = decisionRegister(set, all);
    assert.equal(reg.schema, 'minutes-decisions/1');
    assert.deepEqual(reg.decisions.map((d) => [d.id, d.file, d.date, d.committee, d.item, d.title, d.text]), [
      ['1(1)', 'one.minutes', '2024-01-09', 'Finance Committee', '1', 'Budget', 'That the budget be approved.'],
    ]);
    assert.deepEqual(reg.decisions[0].votes.map((v) => [v.for, v.against, v.outcome]), [[2, 0, 'carried']]);
    // The resolution's own citation, its item's, and the from minute part of the action.
    assert.deepEqual(reg.decisions[0].citedBy, [
      { file: 'two.minutes', date: '2024-02-13', item: '1', line: 17 },
      { file: 'two.minutes', date: '2024-02-13', item: '1', line: 17 },
      { file: 'two.minutes', date: '2024-02-13', item: '1', line: 18 },
    ]);
  });

  it('counts members only, a plain name the same across spelling, with the percentage present', () => {
    const reg = attendanceRegister(set);
    assert.equal(reg.schema, 'minutes-attendance/1');
    assert.deepEqual(reg.people.map((p) => [p.name, p.handle, p.expected, p.present, p.apologies, p.absent, p.percent]), [
      ['councillor  cole', null, 2, 1, 1, 0, 50],
      ['Councillor Ali', 'ali', 2, 2, 0, 0, 100],
      ['Councillor Benn', 'benn', 2, 1, 0, 1, 50],
    ]);
    assert.ok(reg.people.every((p) => p.committee === 'Finance Committee'));
  });
});
