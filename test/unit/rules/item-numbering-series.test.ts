/**
 * item-numbering across meetings: `N/YY` minutes run on from the previous
 * meeting of the series. An overlap is a warning naming the previous
 * meeting, a skip ahead an info, both on the later meeting's first item
 * heading; a new year, plain per-meeting numbers and a file analysed alone
 * are not compared.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { seriesDiagnostics, seriesFindings } from '../../helpers/series';

function meeting(date: string, numbers: readonly string[]): string {
  const items = numbers.map((n) => `# ${n} Item ${n}\n\nNOTED: Noted.\n`).join('\n');
  return `---\ncommittee: Audit Committee\ndate: ${date}\n---\n\n${items}`;
}

describe('item-numbering across meetings', () => {
  it('accepts numbers that run on, and a new year starting again', () => {
    const found = seriesFindings(
      {
        'nov.minutes': meeting('2023-11-21', ['53/23', '54/23', '55/23']),
        'dec.minutes': meeting('2023-12-12', ['56/23', '57/23']),
        'jan.minutes': meeting('2024-01-16', ['1/24', '2/24']),
        'feb.minutes': meeting('2024-02-20', ['3/24']),
      },
      'item-numbering',
    );
    assert.deepEqual(found, {});
  });

  it('warns on an overlap, naming the previous meeting, on the first heading', () => {
    const files = { 'jan.minutes': meeting('2024-01-16', ['1/24', '2/24', '3/24']), 'feb.minutes': meeting('2024-02-20', ['3/24', '4/24']) };
    const { analysis, found } = seriesDiagnostics(files, 'feb.minutes', 'item-numbering');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(analysis.text.slice(found[0].start, found[0].end), '3/24');
    assert.equal(analysis.lines.positionAt(found[0].start).line, 5);
    assert.match(found[0].message, /Minute 3\/24 overlaps .*the meeting of 2024-01-16 \(jan\.minutes\) ended at minute 3\/24, so this meeting's first minute is 4\/24/);
  });

  it('notes a skip ahead as an info', () => {
    const { found } = seriesDiagnostics({ 'jan.minutes': meeting('2024-01-16', ['1/24', '2/24']), 'feb.minutes': meeting('2024-02-20', ['6/24']) }, 'feb.minutes', 'item-numbering');
    assert.deepEqual(found.map((d) => [d.severity, /skips ahead.*first minute would be 3\/24/.test(d.message)]), [['info', true]]);
  });

  it('compares with the latest earlier meeting of the same year, and not plain per-meeting numbers', () => {
    const found = seriesFindings(
      {
        'a.minutes': meeting('2024-01-16', ['1/24', '2/24']),
        'b.minutes': meeting('2024-02-20', ['1', '2']),
        'c.minutes': meeting('2024-03-12', ['1', '2']),
        'd.minutes': meeting('2024-04-16', ['1/24']),
      },
      'item-numbering',
    );
    assert.deepEqual(Object.keys(found), ['d.minutes']);
    assert.match(found['d.minutes'][0], /the meeting of 2024-01-16 \(a\.minutes\) ended at minute 2\/24/);
  });

  it('adds nothing to a file analysed alone', () => {
    assert.deepEqual(analyze(meeting('2024-02-20', ['3/24'])).diagnostics.filter((d) => d.ruleId === 'item-numbering'), []);
  });
});
