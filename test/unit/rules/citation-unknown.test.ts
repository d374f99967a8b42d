/**
 * citation-unknown: citations looked up across the series. A running
 * number found in an earlier meeting, a resolution of the same file and a
 * dated citation of a meeting that has the minute are quiet; a missing
 * minute is a warning, a dateless per-meeting number not in the file a
 * warning asking for the date, a meeting outside the folder an info; a
 * `from minute` part that finds no action is a warning; a file alone and a
 * comment say nothing.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { seriesDiagnostics, seriesFindings } from '../../helpers/series';

function meeting(date: string, body: string, committee = 'Audit Committee'): string {
  return `---\nauthority: Westford Borough Council\ncommittee: ${committee}\ndate: ${date}\n---\n\nPEOPLE:\n@clerk Rachel Ellis — Clerk\n\n${body}`;
}

const sept = meeting(
  '2023-09-12',
  `# 44/23 External audit plan

RESOLVED:
(1) That the plan be noted.
(2) That the fee letter be circulated.

ACTION: @clerk — Circulate the fee letter — due 2023-10-06
`,
);

describe('citation-unknown', () => {
  it('is quiet for citations that lead somewhere', () => {
    const oct = meeting(
      '2023-10-17',
      `# 45/23 Matters arising

The fee letter was circulated (Minute 44/23(2) refers.) as agreed at minute 44/23 of 12 September 2023,
and see minute 45/23 above.

ACTION: @clerk — Send the fee letter to all members — done — from minute 44/23

NOTED: Noted.
`,
    );
    assert.deepEqual(seriesFindings({ 'sept.minutes': sept, 'oct.minutes': oct }, 'citation-unknown'), {});
  });

  it('warns of a missing minute and resolution, and notes a meeting outside the folder', () => {
    const oct = meeting(
      '2023-10-17',
      `# 45/23 Matters arising

See minute 44/23(4), minute 99/23, minute 44/23 of 2023-10-17 and minute 3 of 18 July 2023.

NOTED: Noted.
`,
    );
    const { analysis, found } = seriesDiagnostics({ 'sept.minutes': sept, 'oct.minutes': oct }, 'oct.minutes', 'citation-unknown');
    assert.deepEqual(
      found.map((d) => [analysis.text.slice(d.start, d.end), d.severity]),
      [
        ['minute 44/23(4)', 'warning'],
        ['minute 99/23', 'warning'],
        ['minute 44/23 of 2023-10-17', 'warning'],
        ['minute 3 of 18 July 2023', 'info'],
      ],
    );
    assert.match(found[0].message, /no item or resolution 44\/23\(4\) is in this file or any earlier meeting/);
    assert.match(found[1].message, /this file or any earlier meeting of the series/);
    assert.match(found[2].message, /is in these minutes/);
    assert.match(found[3].message, /meeting of 2023-07-18, which is not among the files read/);
  });

  it('asks for the date of a per-meeting number not in the same file', () => {
    const a = meeting('2024-01-08', '# 5. Dog bin\n\nRESOLVED: That a bin be bought.\n', 'Parish Council');
    const b = meeting('2024-02-12', '# 1. Matters arising\n\nThe bin agreed at minute 5 is in, and minute 5 of 8 January 2024 is done.\n\nNOTED: Noted.\n', 'Parish Council');
    const found = seriesFindings({ 'a.minutes': a, 'b.minutes': b }, 'citation-unknown');
    assert.equal(found['b.minutes'].length, 1);
    assert.match(found['b.minutes'][0], /"minute 5" has no date.*"minute 5 of 2024-03-12" \(it is in a\.minutes\)/);
  });

  it('warns of a from minute part that finds no action', () => {
    const oct = meeting('2023-10-17', '# 45/23 Matters arising\n\nACTION: @clerk — Book the auditor for the training — done — from minute 44/23(9)\nACTION: @clerk — Something else entirely — from minute 30/23\n\nNOTED: Noted.\n');
    const found = seriesFindings({ 'sept.minutes': sept, 'oct.minutes': oct }, 'citation-unknown');
    assert.equal(found['oct.minutes'].length, 2, JSON.stringify(found));
    assert.match(found['oct.minutes'][0], /^12: "from minute 44\/23\(9\)": minute 44\/23\(9\) holds no action that this line can report on/);
    assert.match(found['oct.minutes'][1], /^13: "from minute 30\/23"/);
  });

  it('says nothing of a file alone, nor of a citation in a comment', () => {
    const oct = meeting('2023-10-17', '# 45/23 Matters arising\n\n// see minute 99/23\n\nNOTED: Noted.\n');
    assert.deepEqual(seriesFindings({ 'sept.minutes': sept, 'oct.minutes': oct }, 'citation-unknown'), {});
    const alone = meeting('2023-10-17', '# 45/23 Matters arising\n\nSee minute 99/23.\n\nNOTED: Noted.\n');
    assert.deepEqual(analyze(alone).diagnostics.filter((d) => d.ruleId === 'citation-unknown'), []);
    assert.deepEqual(seriesFindings({ 'oct.minutes': alone }, 'citation-unknown'), {});
  });
});
