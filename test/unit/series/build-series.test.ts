// Grouping and ordering (docs/language.md, what a series is): authority and
// committee compared without case and runs of white space, a file with no
// authority joining the one series of its committee, reports and undated
// files in none, same date and time ordered by path and listed as duplicates.
import * as assert from 'node:assert/strict';
import { buildSeries, nextMeeting, previousMeeting } from '../../../server/src/core/series/index';
import { summaries } from '../../helpers/inline-series';

const head = (fields: string): string => `\n---\n${fields.trim()}\n---\n\n# 1. Apologies\nNOTED: None.\n`;

describe('series: buildSeries', () => {
  it('groups by authority and committee, without case or spacing, ordered by date, time and path', () => {
    const set = buildSeries(
      summaries({
        'b.minutes': head('authority: Westford  Council\ncommittee: finance committee\ndate: 2024-03-12\ntime: 19:00'),
        'a.minutes': head('authority: Westford Council\ncommittee: Finance Committee\ndate: 2024-03-12\ntime: 10:00'),
        'c.minutes': head('authority: WESTFORD COUNCIL\ncommittee: Finance   Committee\ndate: 2024-01-09'),
        'd.minutes': head('authority: Eastmere Council\ncommittee: Finance Committee\ndate: 2024-01-09'),
      }),
    );
    assert.deepEqual(set.series.map((s) => [s.key, s.meetings.map((m) => m.file)]), [
      ['eastmere council|finance committee', ['d.minutes']],
      ['westford council|finance committee', ['c.minutes', 'a.minutes', 'b.minutes']],
    ]);
    assert.equal(previousMeeting(set, 'a.minutes')?.file, 'c.minutes');
    assert.equal(previousMeeting(set, 'c.minutes'), null);
    assert.equal(nextMeeting(set, 'a.minutes')?.file, 'b.minutes');
  });

  it('puts a file with no authority in the one series of its committee, else in a series of its own', () => {
    const one = buildSeries(
      summaries({
        'x.minutes': head('authority: Westford Council\ncommittee: Planning\ndate: 2024-01-09'),
        'y.minutes': head('committee: planning\ndate: 2024-02-13'),
      }),
    );
    assert.deepEqual(one.series.map((s) => s.meetings.map((m) => m.file)), [['x.minutes', 'y.minutes']]);
    const two = buildSeries(
      summaries({
        'x.minutes': head('authority: Westford Council\ncommittee: Planning\ndate: 2024-01-09'),
        'z.minutes': head('authority: Eastmere Council\ncommittee: Planning\ndate: 2024-01-09'),
        'y.minutes': head('committee: planning\ndate: 2024-02-13'),
      }),
    );
    assert.deepEqual(two.series.map((s) => [s.key, s.meetings.map((m) => m.file)]), [
      ['eastmere council|planning', ['z.minutes']],
      ['westford council|planning', ['x.minutes']],
      ['|planning', ['y.minutes']],
    ]);
  });

  it('lists files of one series with the same date and time as duplicates, in path order', () => {
    const set = buildSeries(
      summaries({
        'q.minutes': head('committee: Audit\ndate: 2024-01-09\ntime: 18:00'),
        'p.minutes': head('committee: Audit\ndate: 2024-01-09\ntime: 18:00-19:00'),
        'r.minutes': head('committee: Audit\ndate: 2024-01-09\ntime: 19:30'),
      }),
    );
    assert.deepEqual(set.series[0].meetings.map((m) => m.file), ['p.minutes', 'q.minutes', 'r.minutes']);
    assert.deepEqual(set.series[0].duplicates, [['p.minutes', 'q.minutes']]);
  });

  it('keeps reports out of every series and leaves out minutes with no real date or no committee', () => {
    const set = buildSeries(
      summaries({
        'report.minutes': head('type: report\ncommittee: Audit\ndate: 2024-01-09'),
        'nodate.minutes': head('committee: Audit'),
        'baddate.minutes': head('committee: Audit\ndate: 2024-02-30'),
        'nocommittee.minutes': head('date: 2024-01-09'),
        'ok.minutes': head('committee: Audit\ndate: 2024-01-09'),
      }),
    );
    assert.deepEqual(set.series.map((s) => s.meetings.map((m) => m.file)), [['ok.minutes']]);
    assert.deepEqual(set.reports.map((r) => r.file), ['report.minutes']);
    assert.deepEqual(set.leftOut.map((l) => [l.summary.file, l.reason]), [['baddate.minutes', 'no-date'], ['nocommittee.minutes', 'no-committee'], ['nodate.minutes', 'no-date']]);
    assert.equal(set.seriesOf('report.minutes'), undefined);
    assert.equal(set.summaryOf('report.minutes')?.type, 'report');
  });
});
