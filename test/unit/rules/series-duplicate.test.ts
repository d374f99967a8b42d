/**
 * series-duplicate: two files of one series with the same date and time are
 * each reported on their `date:` line, naming the other; the rule says
 * nothing about a file analysed alone, about the same date at another time,
 * or about the same date in another committee's series.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { seriesFindings } from '../../helpers/series';

const meeting = (committee: string, date: string, time: string | null): string => `---
authority: Westford Borough Council
committee: ${committee}
date: ${date}
${time ? `time: ${time}\n` : ''}---

# 1/24 Apologies for absence

NOTED: There were no apologies.
`;

describe('series-duplicate', () => {
  it('reports each of two files with the same date and time, naming the other', () => {
    const found = seriesFindings(
      {
        'a/audit-2024-03-12.minutes': meeting('Audit Committee', '2024-03-12', '18:30'),
        'a/audit-2024-03-12-copy.minutes': meeting('Audit Committee', '2024-03-12', '18:30'),
        'a/audit-2024-04-16.minutes': meeting('Audit Committee', '2024-04-16', '18:30'),
      },
      'series-duplicate',
    );
    assert.deepEqual(Object.keys(found).sort(), ['a/audit-2024-03-12-copy.minutes', 'a/audit-2024-03-12.minutes']);
    assert.match(found['a/audit-2024-03-12.minutes'][0], /^4: .*\(2024-03-12 at 18:30\): a\/audit-2024-03-12-copy\.minutes\./);
    assert.match(found['a/audit-2024-03-12-copy.minutes'][0], /^4: .*: a\/audit-2024-03-12\.minutes\./);
  });

  it('compares committee names without case and runs of spaces', () => {
    const found = seriesFindings({ 'x.minutes': meeting('Audit Committee', '2024-03-12', '18:30'), 'y.minutes': meeting('audit  committee', '2024-03-12', '18:30') }, 'series-duplicate');
    assert.equal(Object.keys(found).length, 2);
  });

  it('does not report files of one day that give no time (a morning and an evening meeting cannot be told from a copy)', () => {
    const found = seriesFindings({ 'x.minutes': meeting('Audit Committee', '2024-03-12', null), 'y.minutes': meeting('Audit Committee', '2024-03-12', null), 'z.minutes': meeting('Audit Committee', '2024-03-12', '18:30') }, 'series-duplicate');
    assert.deepEqual(found, {});
  });

  it('does not report the same date at another time, nor in another series', () => {
    const found = seriesFindings(
      {
        'am.minutes': meeting('Audit Committee', '2024-03-12', '10:00'),
        'pm.minutes': meeting('Audit Committee', '2024-03-12', '18:30'),
        'licensing.minutes': meeting('Licensing Committee', '2024-03-12', '18:30'),
      },
      'series-duplicate',
    );
    assert.deepEqual(found, {});
  });

  it('says nothing about a file analysed alone', () => {
    assert.deepEqual(analyze(meeting('Audit Committee', '2024-03-12', '18:30')).diagnostics.filter((d) => d.ruleId === 'series-duplicate'), []);
  });

  it('can be switched off by a disable comment on the date line', () => {
    const quiet = meeting('Audit Committee', '2024-03-12', '18:30').replace('date:', '// minutes-disable-next-line series-duplicate\ndate:');
    const found = seriesFindings({ 'x.minutes': quiet, 'y.minutes': meeting('Audit Committee', '2024-03-12', '18:30') }, 'series-duplicate');
    assert.deepEqual(Object.keys(found), ['y.minutes']);
  });
});
