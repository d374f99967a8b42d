import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { foldingRanges, type FoldingRange } from '../../../server/src/core/features/folding';
import { dedent } from '../../helpers/documents';
import { ROOT } from '../../helpers/root';

/** Ranges as `start-end[ kind]` strings with 1-based lines, for readable failures. */
function folds(source: string): string[] {
  return foldingRanges(analyze(dedent(source))).map(show);
}

function show(r: FoldingRange): string {
  return `${r.startLine + 1}-${r.endLine + 1}${r.kind ? ` ${r.kind}` : ''}`;
}

describe('features/folding', () => {
  it('folds the header, PEOPLE, wrapped attendance, items, sub-items, blocks, lists, tables and comment runs', () => {
    const source = `
      ---
      committee: Audit
      date: 2024-07-25
      ---
      // first comment line
      // second comment line

      PEOPLE:
      @a  Councillor A
      @b  Councillor B

      PRESENT: @a,
        @b

      # 1. Risks
      Intro paragraph.

      RISKS:
      | Risk | Rating |
      |---|---|
      | Fire | B2 |

      ## 1.1 Decision
      RESOLVED:
      (a) That the risks be noted,
          and reviewed.
      (b) That nothing else happen.
      VOTE: unanimous

      # 2. Close
      One line.
    `;
    assert.deepEqual(folds(source), [
      '1-4', // header
      '5-6 comment', // comment run
      '8-10', // PEOPLE
      '12-13', // PRESENT with its wrapped line
      '15-28', // item 1 to its last non-blank line (sub-item included)
      '18-21', // RISKS block, its one table folding with it
      '23-28', // sub-item 1.1
      '24-27', // RESOLVED with its list
      '25-26', // the list's first entry, over two lines
      '30-31', // item 2
    ]);
  });

  it('folds the parts of a keyword body that holds several blocks', () => {
    const source = `
      # 5. Planning
      RECOMMENDED:
      That permission be granted subject to
      a section 106 agreement securing:
      (i) affordable housing;
      (ii) a school contribution.
    `;
    assert.deepEqual(folds(source), ['1-6', '2-6', '3-4', '5-6']);
  });

  it('folds a motion with its amendments and votes, an amendment with its vote, and a recorded vote with its lines', () => {
    const source = `
      # 6. Budget
      MOTION: moved by @a, seconded by @b
      That the budget be approved.

      AMENDMENT: moved by @c — withdrawn
      That it be amended.

      AMENDMENT: moved by @d
      That it be amended otherwise.
      VOTE: recorded — lost
        FOR: @d,
          @e
        AGAINST: @a, @b

      VOTE: for 5, against 2 — carried

      RESOLVED: That the budget be approved.
    `;
    assert.deepEqual(folds(source), [
      '1-17', // item 6
      '2-15', // the motion, its amendments and the vote on it as amended
      '5-6', // the withdrawn amendment: its block
      '8-13', // the second amendment and its recorded vote
      '10-13', // the recorded vote with its lines
      '11-12', // a vote line wrapped onto the next
    ]);
  });

  it('gives nothing for a one-line construct, and never two ranges on one start line', () => {
    const ranges = foldingRanges(analyze('# 1. One\nRESOLVED: That it be noted.\n'));
    assert.deepEqual(ranges.map(show), ['1-2']);
    for (const file of fixtureFiles()) {
      const r = foldingRanges(analyze(readFileSync(file, 'utf8')));
      const starts = r.map((x) => x.startLine);
      assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b), `${file}: starts unique and sorted`);
      assert.ok(r.every((x) => x.endLine > x.startLine), `${file}: every range spans lines`);
    }
  });

  it('folds every agenda item of a seed, and a CRLF file on the same lines as its LF form', () => {
    const seed = analyze(readFileSync(join(ROOT, 'test/fixtures/seeds/002-medway-ofsted-report.minutes'), 'utf8'));
    const starts = new Set(foldingRanges(seed).map((r) => r.startLine));
    for (const it of seed.ast.items) assert.ok(starts.has(seed.lines.positionAt(it.span.start).line), it.title.text);
    const crlf = readFileSync(join(ROOT, 'test/fixtures/unseen/northbury-full-council-crlf.minutes'), 'utf8');
    assert.ok(crlf.includes('\r\n'));
    assert.deepEqual(foldingRanges(analyze(crlf)), foldingRanges(analyze(crlf.replace(/\r\n/g, '\n'))));
  });
});

function fixtureFiles(): string[] {
  const dirs = ['test/fixtures/seeds', 'test/fixtures/unseen', 'test/fixtures/v2', 'examples'].map((d) => join(ROOT, d));
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.minutes')).map((f) => join(d, f)));
}
