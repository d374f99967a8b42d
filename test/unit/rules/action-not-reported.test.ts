/**
 * action-not-reported: an action open after a meeting that the next does
 * not report on is an info on that meeting's `date:` line, once per action,
 * and again at each later meeting until one reports on it. A report by
 * owner and task or by `from minute`, a done or cancelled action and the last
 * meeting of the series are quiet. The fix writes the line under Matters
 * arising, or in a new such item after the approval of the minutes.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { dedent } from '../../helpers/documents';
import { applySeriesFix, seriesDiagnostics, seriesFindings } from '../../helpers/series';

function meeting(date: string, body: string, committee = 'Audit Committee'): string {
  return `---\nauthority: Westford Borough Council\ncommittee: ${committee}\ndate: ${date}\n---\n\nPEOPLE:\n@clerk Rachel Ellis — Clerk\n@patel Priya Patel — Risk Manager\n\n${body}`;
}

const jan = meeting(
  '2024-01-16',
  `# 4/24 Risk register

RESOLVED: That the register be noted.

ACTION: @patel — Review the insurance options — due 2024-03-31
ACTION: @clerk — Book the training room — due 2024-02-01 — done
ACTION: @clerk, @patel — Update the risk appetite statement — due 2024-04-30 — in progress
`,
);

describe('action-not-reported', () => {
  it('reports each dropped action on every later meeting until one reports on it', () => {
    const feb = meeting('2024-02-20', '# 7/24 Matters arising\n\nACTION: @clerk, @patel — Update the risk appetite statement — in progress\n\nNOTED: Noted.\n');
    const mar = meeting('2024-03-12', '# 12/24 Matters arising\n\nACTION: @patel — Review the insurance options for the Market Hall — done — from minute 4/24\n\nNOTED: Noted.\n');
    const apr = meeting('2024-04-16', '# 17/24 Annual report\n\nNOTED: Noted.\n');
    const found = seriesFindings({ 'jan.minutes': jan, 'feb.minutes': feb, 'mar.minutes': mar, 'apr.minutes': apr }, 'action-not-reported');
    assert.deepEqual(Object.keys(found).sort(), ['apr.minutes', 'feb.minutes', 'mar.minutes']);
    assert.equal(found['feb.minutes'].length, 1);
    assert.match(found['feb.minutes'][0], /^4: These minutes do not report on the action "@patel — Review the insurance options" \(set at minute 4\/24 of 2024-01-16\), still open after the meeting of 2024-01-16/);
    // March reports the insurance action by from minute, but not the appetite statement, still in progress after February.
    assert.equal(found['mar.minutes'].length, 1);
    assert.match(found['mar.minutes'][0], /"@clerk, @patel — Update the risk appetite statement" \(set at minute 4\/24 of 2024-01-16, last reported at minute 7\/24 of 2024-02-20\), still in progress/);
    assert.equal(found['apr.minutes'].length, 1);
    assert.match(found['apr.minutes'][0], /risk appetite statement/);
  });

  it('adds the line after the last ACTION under Matters arising, with its due date and from minute', () => {
    const feb = meeting('2024-02-20', '# 7/24 Matters arising\n\nACTION: @clerk, @patel — Update the risk appetite statement — in progress\n\nNOTED: Noted.\n');
    const files = { 'jan.minutes': jan, 'feb.minutes': feb };
    const { found } = seriesDiagnostics(files, 'feb.minutes', 'action-not-reported');
    const fixed = applySeriesFix(files, 'feb.minutes', found[0])['feb.minutes'];
    assert.ok(fixed.includes('in progress\nACTION: @patel — Review the insurance options — due 2024-03-31 — from minute 4/24\n\nNOTED: Noted.'), fixed);
    assert.deepEqual(seriesFindings({ ...files, 'feb.minutes': fixed }, 'action-not-reported'), {});
    // The line written is a report, not a new action due before its meeting.
    assert.deepEqual(analyze(fixed).diagnostics.filter((d) => d.ruleId === 'action-due'), []);
  });

  it('writes a new Matters arising item after the approval, with the date for a per-meeting number', () => {
    const a = meeting('2024-01-08', '# 6. Footpath\n\nRESOLVED: That the flooding be reported.\n\nACTION: @clerk — Report the footpath flooding — due 2024-01-31\n', 'Parish Council');
    const b = meeting('2024-02-12', '# 1. Minutes\n\nRESOLVED: That the minutes of the previous meeting be approved.\n\n# 2. Dog bin\n\nRESOLVED: That a bin be bought.\n', 'Parish Council');
    const files = { 'a.minutes': a, 'b.minutes': b };
    const { found } = seriesDiagnostics(files, 'b.minutes', 'action-not-reported');
    assert.equal(found.length, 1);
    const fixed = applySeriesFix(files, 'b.minutes', found[0])['b.minutes'];
    assert.ok(
      fixed.includes(dedent(`
        be approved.

        # Matters arising

        ACTION: @clerk — Report the footpath flooding — due 2024-01-31 — from minute 6 of 2024-01-08

        # 2. Dog bin
      `).trimEnd()),
      fixed,
    );
    assert.deepEqual(seriesFindings({ ...files, 'b.minutes': fixed }, 'action-not-reported'), {});
  });

  it('says nothing of done actions, of the last meeting, of a file alone, or at a meeting of the same day', () => {
    const done = meeting('2024-01-16', '# 4/24 Risk\n\nRESOLVED: Noted.\n\nACTION: @clerk — Book the room — done\nACTION: @patel — Close the claim — cancelled\n');
    const feb = meeting('2024-02-20', '# 7/24 Risk\n\nNOTED: Noted.\n');
    assert.deepEqual(seriesFindings({ 'jan.minutes': done, 'feb.minutes': feb }, 'action-not-reported'), {});
    assert.deepEqual(seriesFindings({ 'jan.minutes': jan }, 'action-not-reported'), {});
    // A second file of the same day (another meeting, or a copy) is not the next meeting.
    assert.deepEqual(seriesFindings({ 'jan.minutes': jan, 'jan-copy.minutes': meeting('2024-01-16', '# 5/24 Other business\n\nNOTED: Noted.\n') }, 'action-not-reported'), {});
  });
});
