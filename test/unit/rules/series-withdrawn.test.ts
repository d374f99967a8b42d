/**
 * Findings of a file alone that its series shows are no problem: action-due's
 * "due before the meeting" on a line that reports on an earlier meeting's
 * action (same owner and task), and action-overdue on a line a later meeting
 * reports on. Both stay on a file analysed alone, and on the latest line.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { analyseSeries } from '../../helpers/series';

function meeting(date: string, body: string): string {
  return `---\nauthority: Westford Borough Council\ncommittee: Audit Committee\ndate: ${date}\n---\n\nPEOPLE:\n@clerk Rachel Ellis — Clerk\n\n${body}`;
}

const jan = meeting('2024-01-16', '# 4/24 Roof\n\nRESOLVED: That quotes be obtained.\n\nACTION: @clerk — Get three quotes for the roof — due 2024-02-01\n');
// February reports on it with its due date, now past the meeting, and no from part: matched by owner and task.
const feb = meeting('2024-02-20', '# 7/24 Matters arising\n\nACTION: @clerk — Get three quotes for the roof — due 2024-02-01 — in progress\n\nNOTED: Noted.\n');

const rules = (files: Record<string, string>, file: string, ruleId: string, today = '2024-04-20'): number[] => {
  const a = analyseSeries(files, { today }).get(file)!;
  return a.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => a.lines.positionAt(d.start).line + 1);
};

describe('findings the series withdraws', () => {
  it('action-due: a report on an earlier action is not due before the meeting', () => {
    assert.deepEqual(analyze(feb, { today: '2024-04-20' }).diagnostics.filter((d) => d.ruleId === 'action-due').length, 1);
    assert.deepEqual(rules({ 'jan.minutes': jan, 'feb.minutes': feb }, 'feb.minutes', 'action-due'), []);
    // A new action due before its meeting is still reported.
    const slip = meeting('2024-02-20', '# 7/24 Roof\n\nNOTED: Noted.\n\nACTION: @clerk — Paint the hall — due 2024-02-01\n');
    assert.deepEqual(rules({ 'jan.minutes': jan, 'feb.minutes': slip }, 'feb.minutes', 'action-due'), [14]);
  });

  it('action-overdue: only the latest line of an action is overdue', () => {
    const files = { 'jan.minutes': jan, 'feb.minutes': feb };
    assert.deepEqual(analyze(jan, { today: '2024-04-20' }).diagnostics.filter((d) => d.ruleId === 'action-overdue').length, 1);
    assert.deepEqual(rules(files, 'jan.minutes', 'action-overdue'), []);
    assert.deepEqual(rules(files, 'feb.minutes', 'action-overdue'), [12]);
  });
});
