import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../../server/src/core/index';
import { selectionRangeAt, selectionRanges, type SelectionRange } from '../../../server/src/core/features/selection-ranges';
import { analyzeAt } from '../../helpers/cursor';
import { ROOT } from '../../helpers/root';

/** The chain from the cursor outwards: short ranges as their text, long ones as 1-based lines. */
function expand(marked: string): string[] {
  const { analysis, offset } = analyzeAt(marked);
  return levels(analysis, selectionRangeAt(analysis, offset));
}

function levels(analysis: Analysis, range: SelectionRange): string[] {
  const out: string[] = [];
  for (let r: SelectionRange | undefined = range; r; r = r.parent) {
    const text = analysis.text.slice(r.start, r.end);
    if (!text.includes('\n') && text.length <= 70) out.push(text);
    else {
      const a = analysis.lines.positionAt(r.start);
      const b = analysis.lines.positionAt(r.end);
      out.push(`lines ${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1}`);
    }
  }
  return out;
}

const DOC = `
  ---
  committee: Audit
  date: 2024-07-25
  ---

  PEOPLE:
  @hia  Head of Internal Audit
  @clerk  Beth Lindley — Governance Officer

  # 3. Internal audit

  ## 3.1 Progress report
  RESOLVED:
  (a) That the report be noted.
  (b) That a follow-up audit be reported
      in December 2024.

  ACTION: @hia — Follow-up audit of fuel cards — due 2024-12-12

  RISKS:
  | Risk | Rating |
  |---|---|
  | Fuel card misuse | 3x4 |
`;

function mark(needle: string, shift = 0): string {
  const i = DOC.indexOf(needle);
  assert.ok(i >= 0, needle);
  return DOC.slice(0, i + shift) + '$0' + DOC.slice(i + shift);
}

describe('features/selection-ranges', () => {
  it('expands from a word in a list entry to the entry, the block, the item, its parent and the document', () => {
    assert.deepEqual(expand(mark('December', 3)), [
      'December',
      'in December 2024.', // the line
      'lines 15:1-16:22', // the list entry (b) over two lines
      'lines 14:1-16:22', // the list
      'lines 13:1-16:22', // RESOLVED and its list
      'lines 12:1-23:27', // sub-item 3.1
      'lines 10:1-23:27', // item 3
      'lines 1:1-24:1', // the document
    ]);
  });

  it('expands from a handle in an ACTION through its segment and line', () => {
    assert.deepEqual(expand(mark('@hia —', 2)).slice(0, 4), [
      '@hia',
      '@hia — Follow-up audit of fuel cards — due 2024-12-12',
      'ACTION: @hia — Follow-up audit of fuel cards — due 2024-12-12',
      'lines 12:1-23:27',
    ]);
    assert.deepEqual(expand(mark('2024-12-12', 6)).slice(0, 4), [
      '2024-12-12',
      'due 2024-12-12',
      '@hia — Follow-up audit of fuel cards — due 2024-12-12',
      'ACTION: @hia — Follow-up audit of fuel cards — due 2024-12-12',
    ]);
  });

  it('expands from a table cell to the row, the table, the RISKS block', () => {
    assert.deepEqual(expand(mark('card misuse', 2)).slice(0, 6), [
      'card',
      'Fuel card misuse',
      '| Fuel card misuse | 3x4 |',
      'lines 21:1-23:27',
      'lines 20:1-23:27',
      'lines 12:1-23:27',
    ]);
  });

  it('expands in the header and in PEOPLE through their parts', () => {
    assert.deepEqual(expand(mark('07-25')), ['2024-07-25', 'date: 2024-07-25', 'lines 1:1-4:4', 'lines 1:1-24:1']);
    assert.deepEqual(expand(mark('Governance')).slice(0, 5), [
      'Governance',
      'Governance Officer',
      '@clerk  Beth Lindley — Governance Officer',
      'lines 7:1-8:42', // the PEOPLE lines
      'lines 6:1-8:42', // with the keyword
    ]);
  });

  it('expands from an item title to the heading and the item', () => {
    assert.deepEqual(expand(mark('Progress')).slice(0, 4), ['Progress', 'Progress report', '## 3.1 Progress report', 'lines 12:1-23:27']);
  });

  it('expands from a voter to the recorded vote line with its wrapped line, then the VOTE, and from a mover to the head line', () => {
    const doc = `
      # 6. Budget
      MOTION: moved by Councillor Lee (Leader), seconded by @b
      That the budget be approved.
      VOTE: recorded — carried
        FOR: @a, Councillor Ward,
          @b
        AGAINST: @c
    `;
    const at = (needle: string, shift: number): string => {
      const i = doc.indexOf(needle);
      return doc.slice(0, i + shift) + '$0' + doc.slice(i + shift);
    };
    assert.deepEqual(expand(at('Ward', 1)).slice(0, 6), [
      'Ward',
      'Councillor Ward', // the name
      'FOR: @a, Councillor Ward,', // the line
      'lines 5:1-6:7', // the vote line with its wrapped line
      'lines 4:1-7:14', // the VOTE and its lines
      'lines 1:1-7:14', // the item
    ]);
    assert.deepEqual(expand(at('Leader)', 1)).slice(0, 4), ['Leader', 'Councillor Lee (Leader)', 'moved by Councillor Lee (Leader), seconded by @b', 'MOTION: moved by Councillor Lee (Leader), seconded by @b']);
  });

  it('answers one chain per offset, each strictly nested, on every fixture', () => {
    for (const file of fixtureFiles()) {
      const analysis = analyze(readFileSync(file, 'utf8'));
      const offsets: number[] = [];
      for (let o = 0; o <= analysis.text.length; o += 97) offsets.push(o);
      const chains = selectionRanges(analysis, offsets);
      assert.equal(chains.length, offsets.length);
      chains.forEach((c, i) => {
        let count = 0;
        for (let r: SelectionRange | undefined = c; r; r = r.parent) {
          assert.ok(r.start <= offsets[i] && offsets[i] <= r.end, `${file}@${offsets[i]}: holds the cursor`);
          if (r.parent) assert.ok(r.parent.start <= r.start && r.end <= r.parent.end && r.parent.end - r.parent.start > r.end - r.start);
          else assert.deepEqual([r.start, r.end], [0, analysis.text.length], 'ends with the document');
          count++;
        }
        assert.ok(count >= 1);
      });
    }
  });
});

function fixtureFiles(): string[] {
  const dirs = ['test/fixtures/seeds', 'test/fixtures/unseen', 'test/fixtures/v2', 'examples'].map((d) => join(ROOT, d));
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.minutes')).map((f) => join(d, f)));
}
