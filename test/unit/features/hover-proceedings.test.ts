/**
 * Hover on a meeting's proceedings, through cursor-marked documents: a
 * motion (movers, its amendments and what became of each, its outcome), an
 * amendment (its motion, outcome and counts), a vote (what it decides, its
 * counts, a recorded vote's names and who was present and not named), and
 * the labels of a recorded vote's lines.
 */
import * as assert from 'node:assert/strict';
import { hoverAt } from '../../../server/src/core/features/hover';
import { analyzeAt, textOf } from '../../helpers/cursor';

const DOC = `
  ---
  committee: Council
  date: 2025-02-20
  ---

  PEOPLE:
  @deputy   Councillor Priya Chandran
  @leader   Councillor Neil Harcourt
  @opp      Councillor Fiona Lyle

  PRESENT: @deputy, @leader, @opp, Councillor Doyle, Councillor Evans, Councillor Frost, Councillor Grant

  # 6. Budget
  LEFT: Councillor Frost (unwell)

  MOTION: moved by @deputy, seconded by @leader
  That the Council approves the budget.

  AMENDMENT: moved by Councillor Evans — withdrawn
  That the increase be 1.99%.

  AMENDMENT: moved by @opp, seconded by Councillor Doyle
  That £180,000 be moved to the recycling centres.
  VOTE: recorded — lost
    FOR: @opp, Councillor Doyle
    AGAINST: @deputy, @leader, Councillor Evans

  VOTE: for 4, against 1, abstain 1 — carried

  MOTION: That the debate be adjourned.

  # 7. Any other business

  VOTE: nem. con.
`;

/** The hover with the cursor put `shift` characters into the first occurrence of `needle` after `after`. */
function hover(needle: string, shift = 0, after = ''): { contents: string; span: string } {
  const from = DOC.indexOf(after);
  const i = DOC.indexOf(needle, from);
  assert.ok(from >= 0 && i >= 0, needle);
  const { analysis, offset } = analyzeAt(DOC.slice(0, i + shift) + '$0' + DOC.slice(i + shift));
  const h = hoverAt(analysis, offset);
  assert.ok(h, `no hover at ${needle}`);
  return { contents: h.contents, span: textOf(analysis, h.span) };
}

describe('features/hover: proceedings', () => {
  it('on a MOTION line: its number, movers, amendments and outcome, then what the keyword means', () => {
    const h = hover('MOTION: moved', 2);
    const [motion, keyword] = h.contents.split('\n\n---\n\n');
    assert.equal(
      motion,
      [
        '**Motion 1** of item 6 Budget',
        'Moved by Councillor Priya Chandran, seconded by Councillor Neil Harcourt',
        'Amendments: 1 (withdrawn), 2 (lost)',
        'Outcome: **carried** — for 4, against 1, abstain 1',
      ].join('\n\n'),
    );
    assert.match(keyword, /^\*\*MOTION:\*\* A motion put to the meeting/);
    assert.equal(h.span, 'MOTION: moved by @deputy, seconded by @leader');
  });

  it('anywhere on the head line, but not in the motion text below it', () => {
    assert.match(hover('seconded by @leader', 3).contents, /^\*\*Motion 1\*\*/);
    const { analysis, offset } = analyzeAt(DOC.replace('approves the budget', 'approves$0 the budget'));
    assert.equal(hoverAt(analysis, offset), null);
  });

  it('on an AMENDMENT line: its motion, movers and outcome with the counts of its vote', () => {
    const h = hover('AMENDMENT: moved by @opp', 4);
    assert.equal(
      h.contents.split('\n\n---\n\n')[0],
      ['**Amendment 2** to motion 1 of item 6 Budget', 'Moved by Councillor Fiona Lyle, seconded by Councillor Doyle', 'Outcome: **lost** — for 2, against 3, abstain 0'].join('\n\n'),
    );
    assert.match(hover('AMENDMENT: moved by Councillor Evans', 1).contents, /^\*\*Amendment 1\*\* to motion 1[^]*Moved by Councillor Evans\n\nOutcome: \*\*withdrawn\*\* before the vote/);
  });

  it('on a motion without a vote or movers', () => {
    assert.match(hover('MOTION: That the debate', 1).contents, /^\*\*Motion 2\*\* of item 6 Budget\n\nNo mover or seconder named\n\nNo vote recorded on it/);
  });

  it('on a recorded vote: what it decides, the names on each side, and who was present and not named', () => {
    const h = hover('VOTE: recorded', 1);
    assert.equal(
      h.contents.split('\n\n---\n\n')[0],
      [
        '**Vote** on amendment 2 to motion 1',
        'For 2, against 3, abstain 0 — **lost**',
        'For (2): Councillor Fiona Lyle, Councillor Doyle',
        'Against (3): Councillor Priya Chandran, Councillor Neil Harcourt, Councillor Evans',
        'Abstain (0): none',
        // Councillor Frost left before the vote.
        'Present and not named: Councillor Grant',
      ].join('\n\n'),
    );
    assert.equal(h.span, 'VOTE: recorded — lost');
  });

  it('on the label of a FOR or AGAINST line: the vote, then what the label means', () => {
    const h = hover('AGAINST:', 2);
    const [vote, label] = h.contents.split('\n\n---\n\n');
    assert.match(vote, /^\*\*Vote\*\* on amendment 2 to motion 1/);
    assert.equal(label, '**AGAINST:** The members who voted against, comma-separated handles or names.');
    assert.equal(h.span, 'AGAINST');
  });

  it('on the vote that decides the motion after its amendments, and on an item vote', () => {
    assert.match(hover('VOTE: for 4', 1).contents, /^\*\*Vote\*\* on motion 1\n\nFor 4, against 1, abstain 1 — \*\*carried\*\*/);
    assert.match(hover('VOTE: nem. con.', 1).contents, /^\*\*Vote\*\* on item 7 Any other business\n\nNem. con. — \*\*carried\*\*/);
  });

  it('on an arrival or departure: the members present from there on, against the quorum', () => {
    const h = hover('LEFT:', 1);
    assert.equal(h.contents.split('\n\n---\n\n')[0], '6 members present from here');
    assert.equal(h.span, 'LEFT:');
    const doc = DOC.replace('date: 2025-02-20', 'date: 2025-02-20\n  quorum: 7');
    const i = doc.indexOf('LEFT:');
    const { analysis, offset } = analyzeAt(doc.slice(0, i + 1) + '$0' + doc.slice(i + 1));
    assert.match(hoverAt(analysis, offset)!.contents, /^6 members present from here \(quorum 7, \*\*not met\*\*\)/);
  });

  it('says "as amended" when an amendment to the motion was carried', () => {
    const doc = DOC.replace('VOTE: recorded — lost', 'VOTE: recorded — carried').replace('AGAINST: @deputy, @leader, Councillor Evans', 'AGAINST: @deputy');
    const i = doc.indexOf('VOTE: for 4');
    const { analysis, offset } = analyzeAt(doc.slice(0, i + 1) + '$0' + doc.slice(i + 1));
    assert.match(hoverAt(analysis, offset)!.contents, /^\*\*Vote\*\* on motion 1 \(as amended\)/);
  });
});
