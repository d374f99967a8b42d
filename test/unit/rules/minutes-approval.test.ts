/**
 * minutes-approval: an approval of earlier minutes whose file still says
 * `status: draft` is an info with a fix that edits that file's header; a
 * date the series does not hold is a warning within the series and an info
 * before it; "the previous meeting" is the one before in the series; an
 * approved file, a file analysed alone and another committee's meeting give
 * nothing.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { applySeriesFix, seriesDiagnostics, seriesFindings } from '../../helpers/series';

function meeting(date: string, header: string, resolved: string, committee = 'Audit Committee'): string {
  return `---
authority: Westford Borough Council
committee: ${committee}
date: ${date}
${header}---

# 1/24 Minutes of the previous meeting

RESOLVED: ${resolved}
`;
}

const approves = (when: string): string => `That the minutes of the meeting held on ${when} be approved as a correct record.`;

describe('minutes-approval', () => {
  it('reports an approval of a draft file, with a fix that marks it approved on this meeting\'s date', () => {
    const files = {
      'feb.minutes': meeting('2024-02-20', 'status: draft\n', approves('16 January 2024')),
      'mar.minutes': meeting('2024-03-12', 'status: draft\n', approves('20 February 2024')),
    };
    const { analysis, found } = seriesDiagnostics(files, 'mar.minutes', 'minutes-approval');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.equal(analysis.text.slice(found[0].start, found[0].end), '20 February 2024');
    assert.match(found[0].message, /feb\.minutes\), but that file still says `status: draft`/);
    const fixed = applySeriesFix(files, 'mar.minutes', found[0]);
    assert.deepEqual(Object.keys(fixed), ['feb.minutes']);
    assert.match(fixed['feb.minutes'], /^status: approved\napproved-on: 2024-03-12\n---/m);
    // Fixed, only feb's own approval of a meeting before the series is left.
    assert.deepEqual(Object.keys(seriesFindings({ ...files, ...fixed }, 'minutes-approval')), ['feb.minutes']);
  });

  it('rewrites an approved-on that is there, and adds both keys to a header without a status', () => {
    const files = {
      'feb.minutes': meeting('2024-02-20', 'approved-on: 2024-01-01\n', approves('16 January 2024')),
      'mar.minutes': meeting('2024-03-12', '', 'That the minutes of the previous meeting be confirmed and signed.'),
    };
    const { found } = seriesDiagnostics(files, 'mar.minutes', 'minutes-approval');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /it has no status/);
    const fixed = applySeriesFix(files, 'mar.minutes', found[0])['feb.minutes'];
    assert.match(fixed, /^date: 2024-02-20\napproved-on: 2024-03-12\nstatus: approved\n---$/m);
  });

  it('warns about a date within the series that no meeting has, and notes one before the series', () => {
    const found = seriesFindings(
      {
        'jan.minutes': meeting('2024-01-16', 'status: approved\napproved-on: 2024-02-20\n', approves('12 December 2023')),
        'feb.minutes': meeting('2024-02-20', 'status: approved\napproved-on: 2024-03-12\n', approves('17 January 2024')),
      },
      'minutes-approval',
    );
    assert.deepEqual(Object.keys(found).sort(), ['feb.minutes', 'jan.minutes']);
    assert.match(found['jan.minutes'][0], /files read hold no meeting that early: the series starts on 2024-01-16/);
    assert.match(found['feb.minutes'][0], /No meeting of this series was held on 2024-01-17.*the nearest is 2024-01-16 \(jan\.minutes\)/);
    const { found: [warning] } = seriesDiagnostics(
      {
        'jan.minutes': meeting('2024-01-16', 'status: approved\napproved-on: 2024-02-20\n', approves('12 December 2023')),
        'feb.minutes': meeting('2024-02-20', 'status: approved\napproved-on: 2024-03-12\n', approves('17 January 2024')),
      },
      'feb.minutes',
      'minutes-approval',
    );
    assert.equal(warning.severity, 'warning');
  });

  it('takes the severity the configuration gives the rule for every report', () => {
    const { found } = seriesDiagnostics(
      { 'a.minutes': meeting('2024-01-16', '', approves('1 January 2024')), 'b.minutes': meeting('2024-02-20', '', approves('17 January 2024')) },
      'b.minutes',
      'minutes-approval',
      { rules: { 'minutes-approval': 'error' } },
    );
    assert.deepEqual(found.map((d) => d.severity), ['error']);
  });

  it('says nothing of approved files, of another committee, or of a file analysed alone', () => {
    const files = {
      'feb.minutes': meeting('2024-02-20', 'status: approved\napproved-on: 2024-03-12\n', approves('16 January 2024')),
      'mar.minutes': meeting('2024-03-12', 'status: draft\n', approves('20 February 2024')),
      'lic.minutes': meeting('2024-03-13', 'status: draft\n', approves('20 February 2024'), 'Licensing Committee'),
    };
    const found = seriesFindings(files, 'minutes-approval');
    // feb approves 16 January, before the series: noted. mar approves a file that is approved; lic, the only
    // meeting of its committee, approves a meeting of another committee's series: nothing.
    assert.deepEqual(Object.keys(found), ['feb.minutes']);
    assert.deepEqual(analyze(files['mar.minutes']).diagnostics.filter((d) => d.ruleId === 'minutes-approval'), []);
  });
});
