/**
 * The series benchmark's archive (bench/generate-series.ts) must be repeatable
 * and read as a real committee's record: the same seed gives the same bytes,
 * every file parses without a syntax problem and lints without an error or a warning, and
 * the files form one series per committee whose approvals, action reports
 * and numbers link up, so the benchmark measures the series pass at work on
 * what it was built for, not on noise. Speed itself is measured by
 * `npm run bench -- --only series`, never here.
 */
import * as assert from 'node:assert/strict';
import { generateArchive } from '../../bench/generate-series';
import { analyze } from '../../server/src/core';
import { buildSeries, seriesActions, seriesApprovals, summarize } from '../../server/src/core/series';

describe('bench: generated series archive', () => {
  it('is the same for the same seed and differs between seeds', () => {
    assert.deepEqual(generateArchive(40, 4, 7), generateArchive(40, 4, 7));
    assert.notDeepEqual(generateArchive(40, 4, 7), generateArchive(40, 4, 8));
  });

  it('holds the meetings asked for, spread over the committees, at about 20 KB a meeting', () => {
    const archive = generateArchive(60, 3);
    assert.equal(archive.length, 60);
    assert.equal(new Set(archive.map(([file]) => file.split('/')[0])).size, 3);
    assert.equal(new Set(archive.map(([file]) => file)).size, 60);
    const average = archive.reduce((n, [, t]) => n + Buffer.byteLength(t), 0) / archive.length;
    assert.ok(average > 15_000 && average < 25_000, `average ${average} bytes`);
  });

  it('parses cleanly, lints without errors or warnings, and links up as one series per committee', () => {
    const archive = generateArchive(36, 2);
    const summaries = archive.map(([file, text]) => {
      // A "today" before the archive starts, so no due date has passed yet.
      const a = analyze(text, { today: '2003-12-31' });
      assert.deepEqual(a.syntaxProblems, [], file);
      assert.deepEqual(a.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${file}: ${d.ruleId}: ${d.message}`), []);
      return summarize(a, file);
    });
    const set = buildSeries(summaries);
    assert.equal(set.series.length, 2);
    assert.deepEqual(set.leftOut, []);
    for (const s of set.series) {
      assert.equal(s.meetings.length, 18);
      assert.deepEqual(s.duplicates, []);
      const approvals = seriesApprovals(s);
      assert.equal(approvals.filter((l) => l.kind === 'linked').length, 17, 'every meeting but the first approves the one before');
      const { threads } = seriesActions(s);
      assert.ok(threads.some((t) => t.lines.length >= 3), 'some actions are reported on at later meetings');
    }
    // Numbers run on through the year and restart in January.
    const first = summaries.filter((s) => s.file.startsWith(archive[0][0].split('/')[0]));
    const january = first.find((s) => s.date?.slice(5, 7) === '01' && s.date > '2004-12-31');
    assert.equal(january?.items[0].number, `1/${january?.date?.slice(2, 4)}`);
    assert.notEqual(first[1].items[0].number, '1/04');
  });
});
