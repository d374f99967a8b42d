// What is answered across the files of a series: citations (docs/language.md,
// citing another minute, and the fine print's lookup), running numbers, action
// threads with from minute and rewording, unreported actions and approvals.
import * as assert from 'node:assert/strict';
import { resolveCitations, runningNumbers, seriesActions, seriesApprovals, unreportedActions, type CitationResult } from '../../../server/src/core/series/index';
import { meeting, seriesOf } from '../../helpers/inline-series';

const RUNNING = {
  'jan.minutes': meeting(
    '2024-01-09',
    `
    # 1/24 Apologies
    NOTED: None.

    # 2/24 Budget
    RESOLVED:
    (a) That the budget be approved.
    (b) That the precept be set.

    ## 2/24(a) Reserves
    NOTED: Reserves were noted.

    ACTION: @clerk — Get three quotes for the roof — due 2024-02-01
    ACTION: @ali — Visit the depot
    `,
  ),
  'feb.minutes': meeting(
    '2024-02-13',
    `
    # 3/24 Minutes of the previous meeting
    RESOLVED: That the minutes of the previous meeting be approved as a correct record.

    # 4/24 Matters arising
    As minute 2/24(b) said, and minute 2/24(a) too; see minute 3/24 above and minute 1 of 2024-01-09.
    Minute 7/24, minute 2/24 of 2023-12-12, minute 9 of 2024-01-09 and minute 1.
    ACTION: @clerk — Get three QUOTES for the roof. — in progress
    ACTION: @ali — Visit the depot and the store — done — from minute 2/24(a)
    `,
  ),
  'mar.minutes': meeting(
    '2024-03-12',
    `
    # 4/24 Minutes of the previous meeting
    RESOLVED: That the minutes of the meeting held on 2024-02-13 be confirmed.
    RESOLVED: That the minutes of the meeting held on 5 December 2023 be signed.
    RESOLVED: That the minutes of the meeting held on 2024-02-01 be signed.
    `,
  ),
  'apr.minutes': meeting(
    '2024-04-09',
    `
    # 9/24 Apologies
    NOTED: None.
    `,
  ),
};

function describeResult(r: CitationResult): string {
  if (r.kind === 'found') return `found ${r.file} ${r.target.kind} ${r.target.kind === 'item' ? r.target.item.number : r.target.resolution.id}`;
  if (r.kind === 'ambiguous') return `ambiguous [${r.files.join(',')}]`;
  if (r.kind === 'meeting-missing') return `meeting-missing ${r.meeting}`;
  return `minute-missing ${r.file}`;
}

describe('series: across the files', () => {
  const { set, all } = seriesOf(RUNNING);
  const series = set.series[0];

  it('looks citations up in the same file, then earlier meetings, with a date in that meeting', () => {
    const results = resolveCitations(set, all).get('feb.minutes')!;
    const feb = set.summaryOf('feb.minutes')!;
    assert.deepEqual(
      feb.citations.map((c, i) => `${c.text}: ${describeResult(results[i])}`),
      [
        'minute 2/24(b): found jan.minutes resolution 2/24(b)',
        // A sub-item number is found before a resolution id of the same spelling.
        'minute 2/24(a): found jan.minutes item 2/24(a)',
        'minute 3/24: found feb.minutes item 3/24',
        // The meeting is there but has no item 1 (its numbers run 1/24, 2/24).
        'minute 1 of 2024-01-09: minute-missing jan.minutes',
        'Minute 7/24: minute-missing null',
        'minute 2/24 of 2023-12-12: meeting-missing 2023-12-12',
        'minute 9 of 2024-01-09: minute-missing jan.minutes',
        'minute 1: ambiguous []',
        'minute 2/24(a): found jan.minutes item 2/24(a)',
      ],
    );
  });

  it('checks running numbers against the last number of the latest meeting of the year', () => {
    assert.deepEqual(
      runningNumbers(series).map((c) => [c.meeting.file, c.first.number, c.previous.file, c.previousLast, c.expected, c.kind]),
      [
        ['feb.minutes', '3/24', 'jan.minutes', '2/24', 3, 'continues'],
        ['mar.minutes', '4/24', 'feb.minutes', '4/24', 5, 'overlap'],
        ['apr.minutes', '9/24', 'mar.minutes', '4/24', 5, 'skip'],
      ],
    );
  });

  it('threads actions by owner and task, and by from minute where the task is reworded', () => {
    const { threads, links } = seriesActions(series);
    assert.deepEqual(
      threads.map((t) => [t.id, t.lines.map((l) => `${l.meeting.file}:${l.action.line + 1}:${l.action.status}`)]),
      [
        ['2024-01-09/2/24(a)/1', ['jan.minutes:24:open', 'feb.minutes:19:in progress']],
        ['2024-01-09/2/24(a)/2', ['jan.minutes:25:open', 'feb.minutes:20:done']],
      ],
    );
    assert.deepEqual(links.map((l) => [l.file, l.from, l.fromProblem]), [
      ['jan.minutes', null, null],
      ['jan.minutes', null, null],
      ['feb.minutes', '2024-01-09/2/24(a)/1', null],
      ['feb.minutes', '2024-01-09/2/24(a)/2', null],
    ]);
  });

  it('lists an open action at every later meeting until one reports on it', () => {
    const unreported = unreportedActions(series, seriesActions(series));
    assert.deepEqual(unreported.map((u) => [u.meeting.file, u.thread.id]), [
      ['mar.minutes', '2024-01-09/2/24(a)/1'],
      ['apr.minutes', '2024-01-09/2/24(a)/1'],
    ]);
  });

  it('links approvals to the meeting they approve, and tells dates before and within the series apart', () => {
    assert.deepEqual(
      seriesApprovals(series).map((a) => [a.file, a.approval.meeting, a.kind, a.kind === 'linked' ? a.approved.file : null]),
      [
        ['feb.minutes', null, 'linked', 'jan.minutes'],
        ['mar.minutes', '2024-02-13', 'linked', 'feb.minutes'],
        ['mar.minutes', '2023-12-05', 'before-series', null],
        ['mar.minutes', '2024-02-01', 'no-meeting', null],
      ],
    );
  });

  it("gives each owner's report its own thread when one item set the same task for two owners", () => {
    const { set: s2 } = seriesOf({
      'a.minutes': meeting('2024-01-09', `\n# 5. Roof\nACTION: @clerk — Get quotes\nACTION: @ali — Get quotes\n`),
      'b.minutes': meeting('2024-02-13', `\n# 2. Matters arising\nACTION: @ali — Get quotes — done — from minute 5 of 2024-01-09\nACTION: @clerk — Get quotes — done — from minute 5 of 2024-01-09\n`),
    });
    const { threads } = seriesActions(s2.series[0]);
    assert.deepEqual(
      threads.map((t) => [t.id, t.lines.map((l) => `${l.meeting.file}:${l.action.owner}:${l.action.status}`)]),
      [
        ['2024-01-09/5/1', ['a.minutes:Jo Patel:open', 'b.minutes:Jo Patel:done']],
        ['2024-01-09/5/2', ['a.minutes:Councillor Ali:open', 'b.minutes:Councillor Ali:done']],
      ],
    );
  });

  it('reports a from minute part that finds nothing, and why', () => {
    const { set: s2 } = seriesOf({
      'a.minutes': meeting('2024-01-09', `\n# 5. Roof\nACTION: @clerk — Get quotes\nACTION: @clerk — Get more quotes\n`),
      'b.minutes': meeting(
        '2024-02-13',
        `
        # 2. Matters arising
        ACTION: @clerk — Choose a roofer — from minute 5
        ACTION: @clerk — Choose a roofer — from minute 5 of 2024-01-09
        ACTION: @clerk — Choose a roofer — from minute 5 of 2023-01-09
        ACTION: @clerk — Choose a roofer — from minute 6 of 2024-01-09
        `,
      ),
    });
    const { links } = seriesActions(s2.series[0]);
    assert.deepEqual(links.filter((l) => l.file === 'b.minutes').map((l) => l.fromProblem), ['ambiguous', 'minute-missing', 'meeting-missing', 'minute-missing']);
  });

  it('cites a report of the committee by its date, though it is in no series', () => {
    const { set: s3, all } = seriesOf({
      'report.minutes': meeting('2024-01-20', `\n# 3. Options for the roof\nNOTED: Three options.\n`, 'type: report'),
      'feb.minutes': meeting('2024-02-13', `\n# 1. Roof\nAs minute 3 of 20 January 2024 set out, and minute 4 of 2024-01-20.\n`),
    });
    assert.deepEqual(s3.reports.map((r) => r.file), ['report.minutes']);
    assert.deepEqual(resolveCitations(s3, all).get('feb.minutes')!.map(describeResult), ['found report.minutes item 3', 'minute-missing report.minutes']);
  });
});

