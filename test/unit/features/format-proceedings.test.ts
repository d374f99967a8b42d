/**
 * The formatter on a meeting's proceedings: a recorded vote's lines (their
 * indentation, their labels in capitals, the space after the colon), a
 * motion's final ` — withdrawn`, the new keywords' one space after the
 * colon; and that the formatted text means what the clerk wrote.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { formatText } from '../../../server/src/core/features/format';
import { dedent } from '../../helpers/documents';

const HEAD = '---\ncommittee: Council\ndate: 2025-02-20\n---\n\nPEOPLE:\n@a  Councillor A\n@b  Councillor B\n@c  Councillor C\n@d  Councillor D\n\nPRESENT: @a, @b, @c, @d, Councillor Lee\n\n';

function fmt(body: string): string {
  return formatText(analyze(HEAD + dedent(body))).slice(HEAD.length);
}

describe('features/format: proceedings', () => {
  it('indents a recorded vote\'s lines two spaces and their wrapped lines four, labels in capitals', () => {
    assert.equal(
      fmt(`
        # 6. Budget
        VOTE: recorded — carried
              in favour:@a, @b,
          @c
         Abstentions (1) :   Councillor Lee
        \tagainst: @d
      `),
      dedent(`
        # 6. Budget
        VOTE: recorded — carried
          FOR: @a, @b,
            @c
          ABSTAIN (1): Councillor Lee
          AGAINST: @d
      `),
    );
  });

  it('writes a final withdrawn after an em dash with one space either side', () => {
    assert.equal(
      fmt(`
        # 6. Budget
        AMENDMENT:moved by @a, seconded by @b   --   withdrawn
        That it be amended.

        MOTION:   –   withdrawn
        That the meeting adjourn.

        AMENDMENT: seconded by @c – Withdrawn.
        That it be amended otherwise.
      `),
      dedent(`
        # 6. Budget
        AMENDMENT: moved by @a, seconded by @b — withdrawn
        That it be amended.

        MOTION: — withdrawn
        That the meeting adjourn.

        AMENDMENT: seconded by @c — Withdrawn.
        That it be amended otherwise.
      `),
    );
  });

  it('leaves a FOR: line the core does not read as a vote line, and the text of a motion, as written', () => {
    const body = dedent(`
      # 6. Budget
      NOTED: The report.
         for: the record

      MOTION: moved by @a
      That the word withdrawn -- withdrawn stays.
    `);
    assert.equal(fmt(body), body);
  });

  it('keeps what the proceedings mean, and formats a formatted text to itself', () => {
    const source =
      HEAD +
      dedent(`
        # 6. Budget
        ARRIVED:@d (7.20 pm)
        MOTION:  moved by @a,   seconded by @b
        That the budget be approved.

        AMENDMENT: moved by @c -- withdrawn
        That it be amended.

        VOTE: recorded — carried
             For: @a, @b,
           Councillor Lee
           Against:@c
          ABSTAIN: @d
        LEFT:   @d
        CLOSED:21:47
      `);
    const before = analyze(source);
    const once = formatText(before);
    const after = analyze(once);
    assert.equal(formatText(after), once);
    assert.deepEqual(after.model.items[0].motions, before.model.items[0].motions);
    assert.deepEqual(after.model.items[0].votes.map((v) => v.recorded), before.model.items[0].votes.map((v) => v.recorded));
    assert.deepEqual(after.model.items[0].attendanceChanges.map((c) => [c.kind, c.name, c.note]), [['arrived', 'Councillor D', '7.20 pm'], ['left', 'Councillor D', null]]);
    assert.equal(after.model.meta.closed, '21:47');
    assert.match(once, /\nARRIVED: @d \(7\.20 pm\)\nMOTION: moved by @a, {3}seconded by @b\n/);
  });
});
