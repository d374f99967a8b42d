/**
 * Completion in a meeting's proceedings, through cursor-marked documents:
 * movers and seconders on a MOTION or AMENDMENT line, the labels and the
 * voters of a recorded vote (the members present at the vote, less those
 * the vote already names), and the people an ARRIVED, LEFT or RETURNED
 * line names, with the new keywords at a line start.
 */
import * as assert from 'node:assert/strict';
import { completionsAt, type CompletionEntry } from '../../../server/src/core/features/completion';
import { analyzeAt, textOf } from '../../helpers/cursor';
import { applyEdits } from '../../helpers/edits';
import { expandSnippet } from '../../helpers/snippet-text';
import { analyze } from '../../../server/src/core/index';

const HEAD = `
  ---
  committee: Council
  date: 2025-02-20
  ---

  PEOPLE:
  @tilling   Councillor Rosemary Tilling — Chairman
  @harcourt  Councillor Neil Harcourt — Leader
  @chandran  Councillor Priya Chandran
  @lyle      Councillor Fiona Lyle
  @okoro     Councillor Daniel Okoro
  @rudd      Matthew Rudd — Chief Executive

  PRESENT: @tilling (Chairman), @harcourt, @chandran, @lyle, Councillor Doyle
  APOLOGIES: @okoro
  IN ATTENDANCE: @rudd

  # 6. Budget
`;

/** The document with the body lines of item 6 after HEAD (each line given without the fixture's indentation). */
function doc(...body: string[]): string {
  return HEAD + body.map((l) => `  ${l}`).join('\n') + '\n';
}

function complete(marked: string): { entries: CompletionEntry[]; labels: string[]; first: string[]; apply(label: string): string; replaced(label: string): string } {
  const { analysis, offset, text } = analyzeAt(marked);
  const entries = completionsAt(analysis, offset);
  const find = (label: string): CompletionEntry => {
    const e = entries.find((x) => x.label === label);
    assert.ok(e, `no "${label}" among ${entries.map((x) => x.label).join(', ')}`);
    return e;
  };
  const sorted = [...entries].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  return {
    entries,
    labels: entries.map((e) => e.label),
    // The entries sorted first (sortText starting 0), in order.
    first: sorted.filter((e) => e.sortText?.startsWith('0')).map((e) => e.label),
    apply: (label) => {
      const e = find(label);
      return applyEdits(text, [{ ...e.replace, newText: e.insertText }]);
    },
    replaced: (label) => textOf(analysis, find(label).replace),
  };
}

describe('features/completion: proceedings', () => {
  describe('keywords', () => {
    it('offers the new item keywords at a line start inside an item, with their meaning', () => {
      const r = complete(doc('$0'));
      for (const k of ['MOTION:', 'AMENDMENT:', 'REASONS:', 'ALTERNATIVES:', 'ARRIVED:', 'LEFT:', 'RETURNED:', 'CLOSED:']) assert.ok(r.labels.includes(k), k);
      assert.match(r.entries.find((e) => e.label === 'AMENDMENT:')!.documentation!, /last motion/);
      assert.equal(r.entries.find((e) => e.label === 'MOTION:')!.retrigger, true);
    });

    it('offers the header keys executive and contact, and the values of executive', () => {
      const keys = complete(HEAD.replace('date: 2025-02-20', 'date: 2025-02-20\n  ex$0'));
      assert.ok(keys.labels.includes('executive') && keys.labels.includes('contact'));
      assert.deepEqual(complete(HEAD.replace('date: 2025-02-20', 'date: 2025-02-20\n  executive: $0')).labels, ['yes', 'no']);
    });

    it('offers a recorded vote among the forms of a VOTE', () => {
      const r = complete(doc('VOTE: $0'));
      assert.ok(r.apply('recorded — outcome').includes('VOTE: recorded — ${1|carried,lost|}\n  FOR: $0'));
    });
  });

  describe('snippets', () => {
    it('offers a motion with an amendment and votes, its movers a choice of the declared handles', () => {
      const r = complete(doc('$0'));
      const motion = r.entries.find((e) => e.label === 'motion with an amendment and votes')!;
      assert.equal(motion.snippet, true);
      const handles = '@tilling,@harcourt,@chandran,@lyle,@okoro,@rudd';
      assert.equal(
        motion.insertText.split('\n').slice(0, 6).join('\n'),
        [
          `MOTION: moved by \${1|${handles}|}, seconded by \${2|${handles}|}`,
          '${3:That the Council …}',
          '',
          `AMENDMENT: moved by \${4|${handles}|}, seconded by \${5|${handles}|}`,
          '${6:That …}',
          'VOTE: for ${7:0}, against ${8:0}, abstain ${9:0} — ${10|carried,lost|}',
        ].join('\n'),
      );
      assert.match(motion.insertText, /\n\nRESOLVED:\n\$\{0:That …\}$/);
    });

    it('offers a recorded vote, an executive decision and a member leaving and returning', () => {
      const r = complete(doc('ex$0'));
      const recorded = r.entries.find((e) => e.label === 'recorded vote')!;
      assert.match(recorded.insertText, /^VOTE: recorded — \$\{1\|carried,lost\|\}\n {2}FOR: \$\{2\|@tilling,/);
      const executive = r.entries.find((e) => e.label === 'executive decision')!;
      assert.equal(executive.insertText, 'RESOLVED:\n${1:That …}\n\nREASONS:\n${2:The reasons for the decision.}\n\nALTERNATIVES:\n${0:none}');
      assert.equal(r.replaced('executive decision'), 'ex');
      assert.ok(r.labels.includes('member left and returned'));
    });

    it('writes what the parser reads as a motion, an amendment, the votes on each, a recorded vote and an executive record', () => {
      const r = complete(doc('$0'));
      const text = (label: string): string => expandSnippet(r.entries.find((e) => e.label === label)!.insertText);
      const body = [text('motion with an amendment and votes'), text('recorded vote'), text('executive decision'), text('member left and returned')].join('\n\n');
      const a = analyze(HEAD.replace(/\n {2}/g, '\n').replace(/^\n/, '') + body + '\n');
      const [item] = a.model.items;
      assert.equal(item.motions.length, 1);
      assert.equal(item.motions[0].moverHandle, 'tilling');
      assert.equal(item.motions[0].amendments.length, 1);
      assert.deepEqual(item.votes.map((v) => [v.on, v.motion, v.amendment]), [['amendment', 1, 1], ['motion', 1, null], [null, null, null]]);
      assert.deepEqual(item.votes[2].recorded?.for, [{ name: 'Councillor Rosemary Tilling', handle: 'tilling' }]);
      assert.equal(item.reasons, 'The reasons for the decision.');
      assert.equal(item.alternatives, 'none');
      assert.deepEqual(item.attendanceChanges.map((c) => [c.kind, c.handle]), [['left', 'tilling'], ['returned', 'tilling']]);
      assert.deepEqual(a.diagnostics.filter((d) => d.ruleId === 'syntax-error'), []);
    });

    it('offers the close in the last item only, with the end of the header\'s time', () => {
      const twoItems = HEAD.replace('date: 2025-02-20', 'date: 2025-02-20\n  time: 19:00-21:47') + '  $0\n\n  # 7. Close\n';
      assert.ok(!complete(twoItems).labels.includes('close of the meeting'));
      const last = complete(twoItems.replace('$0', '').replace('# 7. Close\n', '# 7. Close\n  $0\n'));
      assert.equal(last.entries.find((e) => e.label === 'close of the meeting')!.insertText, 'CLOSED: ${1:21:47}$0');
    });

    it('offers a placeholder for people in a document without PEOPLE, and no proceedings before the first item', () => {
      const bare = complete('---\ncommittee: C\ndate: 2025-01-01\n---\n# 1. Item\n$0\n');
      assert.match(bare.entries.find((e) => e.label === 'recorded vote')!.insertText, /FOR: @\$\{2:member\}/);
      assert.ok(!complete(HEAD.replace('# 6. Budget', '$0')).labels.includes('recorded vote'));
    });
  });

  describe('movers and seconders', () => {
    it('offers "moved by" and "seconded by" after MOTION: and AMENDMENT:', () => {
      assert.deepEqual(complete(doc('MOTION: $0')).labels, ['moved by', 'seconded by']);
      const r = complete(doc('AMENDMENT: mo$0'));
      assert.equal(r.replaced('moved by'), 'mo');
      assert.ok(r.apply('moved by').includes('AMENDMENT: moved by \n'));
    });

    it('offers the people after "moved by", the members present first', () => {
      const r = complete(doc('MOTION: moved by $0'));
      assert.deepEqual(r.first, ['@tilling', '@harcourt', '@chandran', '@lyle', 'Councillor Doyle']);
      assert.ok(r.labels.includes('@okoro') && r.labels.includes('@rudd'), 'the others after them');
      assert.equal(r.entries.find((e) => e.label === '@harcourt')!.detail, 'Councillor Neil Harcourt — Leader');
      const typed = complete(doc('MOTION: moved by @ch$0'));
      assert.equal(typed.replaced('@chandran'), '@ch');
      assert.ok(typed.apply('@chandran').includes('MOTION: moved by @chandran\n'));
    });

    it('offers "seconded by" after the mover, then the people but the mover', () => {
      assert.deepEqual(complete(doc('MOTION: moved by @chandran, $0')).labels, ['seconded by']);
      const r = complete(doc('MOTION: moved by @chandran, seconded by $0'));
      assert.ok(!r.labels.includes('@chandran'), 'the mover does not second');
      assert.deepEqual(r.first, ['@tilling', '@harcourt', '@lyle', 'Councillor Doyle']);
    });

    it('offers "withdrawn" after a final dash', () => {
      const r = complete(doc('AMENDMENT: moved by @lyle, seconded by Councillor Doyle — w$0'));
      assert.deepEqual(r.labels, ['withdrawn']);
      assert.equal(r.replaced('withdrawn'), 'w');
    });

    it('leaves the text of a motion to the other providers', () => {
      assert.ok(complete(doc('MOTION: That @ha$0')).labels.includes('@harcourt'), 'a handle in the text');
      assert.deepEqual(complete(doc('MOTION: That the budget be $0')).entries, []);
    });

    it('counts an arrival before the motion among those present', () => {
      const r = complete(doc('ARRIVED: @okoro (7.20 pm)', '', 'MOTION: moved by $0'));
      assert.ok(r.first.includes('@okoro'));
    });
  });

  describe('recorded votes', () => {
    const motion = ['MOTION: moved by @chandran, seconded by @harcourt', 'That the budget be approved.', ''];

    it('offers the labels on an indented line under a VOTE, those not used first', () => {
      const r = complete(doc(...motion, 'VOTE: recorded — carried', '  FOR: @chandran', '  $0'));
      assert.deepEqual(r.first, ['AGAINST:', 'ABSTAIN:']);
      assert.ok(r.labels.includes('FOR:'));
      assert.equal(r.entries.find((e) => e.label === 'AGAINST:')!.retrigger, true);
      assert.ok(r.apply('AGAINST:').includes('\n  FOR: @chandran\n  AGAINST: \n'));
    });

    it('offers the members present at the vote, not attendees or apologies, and not anyone the vote names', () => {
      const r = complete(doc(...motion, 'VOTE: recorded — carried', '  FOR: @chandran, $0', '  AGAINST: @lyle'));
      assert.deepEqual(r.labels, ['@tilling', '@harcourt', 'Councillor Doyle']);
      assert.equal(r.replaced('@tilling'), '');
    });

    it('replaces an @ being typed among the voters, and takes the case of the label as written', () => {
      const r = complete(doc(...motion, 'VOTE: for 2, against 1 — carried', '  In favour: @harcourt, @t$0'));
      assert.deepEqual(r.labels, ['@tilling', '@chandran', '@lyle', 'Councillor Doyle']);
      assert.equal(r.replaced('@tilling'), '@t');
    });

    it('follows who left and arrived before the vote', () => {
      const r = complete(doc('LEFT: @lyle (declared an interest)', 'ARRIVED: @okoro', ...motion, 'VOTE: recorded — carried', '  AGAINST: $0'));
      assert.ok(r.labels.includes('@okoro'));
      assert.ok(!r.labels.includes('@lyle'));
    });

    it('goes on naming on a line that wraps the names above', () => {
      const r = complete(doc(...motion, 'VOTE: recorded — carried', '  FOR: @chandran, @harcourt,', '    $0'));
      assert.deepEqual(r.labels, ['@tilling', '@lyle', 'Councillor Doyle']);
    });

    it('offers nothing of the kind on an indented line under anything but a VOTE', () => {
      const r = complete(doc('NOTED: The report.', '  $0'));
      assert.ok(!r.labels.includes('FOR:'));
    });
  });

  describe('the close', () => {
    it('offers the end of the header\'s time after CLOSED:, and nothing when the header gives none', () => {
      const timed = HEAD.replace('date: 2025-02-20', 'date: 2025-02-20\n  time: 19:00 – 21:47');
      const r = complete(timed + '  CLOSED: 2$0\n');
      assert.deepEqual(r.labels, ['21:47']);
      assert.equal(r.replaced('21:47'), '2');
      assert.deepEqual(complete(doc('CLOSED: $0')).entries, []);
    });
  });

  describe('arrivals and departures', () => {
    it('puts first whom each line usually names', () => {
      assert.deepEqual(complete(doc('ARRIVED: $0')).first, ['@okoro']);
      assert.deepEqual(complete(doc('LEFT: $0')).first, ['@tilling', '@harcourt', '@chandran', '@lyle', '@rudd', 'Councillor Doyle']);
      assert.deepEqual(complete(doc('LEFT: @lyle', '', 'Debate.', '', 'RETURNED: $0')).first, ['@lyle']);
    });

    it('replaces the name being typed', () => {
      const r = complete(doc('ARRIVED: @ok$0'));
      assert.equal(r.replaced('@okoro'), '@ok');
      assert.ok(r.apply('@okoro').includes('ARRIVED: @okoro\n'));
    });
  });
});
