/**
 * Core completion, through the façade with cursor-marker fixtures: what is
 * offered where, the span each entry replaces, and the text after applying it.
 */
import * as assert from 'node:assert/strict';
import { completionsAt, addDays, type CompletionEntry } from '../../../server/src/core/features/completion';
import { incrementLast } from '../../../server/src/core/features/snippets';
import { analyzeAt, textOf } from '../../helpers/cursor';
import { applyEdits } from '../../helpers/edits';

const DOC = `
  ---
  committee: Planning Committee
  date: 2021-11-16
  risk-matrix: A-E x 1-5
  ---

  PEOPLE:
  @okafor   Councillor Grace Okafor — Chair
  @chen     Laura Chen — Principal Planning Officer
  @patel    Jo Patel

  PRESENT: @okafor (Chair)

  # 77/21 Minutes of the previous meeting

  RESOLVED: That the minutes be approved.

  # 78/21 Planning applications
  ## 78/21(a) Land at Mill Lane

  RISKS:
  | Risk | Description | Rating | Owner |
  |---|---|---|---|
  | Appeal | Costs at appeal | C3 | Lawyer |
`;

/** DOC with one line (found by its start) replaced by a marked line. */
function docWith(start: string, line: string): string {
  const lines = DOC.split('\n');
  const i = lines.findIndex((l) => l.trim().startsWith(start));
  assert.ok(i >= 0, start);
  lines[i] = `  ${line}`;
  return lines.join('\n');
}

function complete(marked: string): { entries: CompletionEntry[]; text: string; labels: string[]; apply(label: string): string; replaced(label: string): string } {
  const { analysis, offset, text } = analyzeAt(marked);
  const entries = completionsAt(analysis, offset);
  const find = (label: string): CompletionEntry => {
    const e = entries.find((x) => x.label === label);
    assert.ok(e, `no "${label}" among ${entries.map((x) => x.label).join(', ')}`);
    return e;
  };
  return {
    entries,
    text,
    labels: entries.map((e) => e.label),
    apply: (label) => {
      const e = find(label);
      return applyEdits(text, [{ ...e.replace, newText: e.insertText }]);
    },
    replaced: (label) => textOf(analysis, find(label).replace),
  };
}

describe('features/completion', () => {
  describe('header', () => {
    it('offers the keys not present, replacing what is typed', () => {
      const r = complete(DOC.replace('risk-matrix: A-E x 1-5', 'risk-matrix: A-E x 1-5\n  ven$0'));
      assert.ok(r.labels.includes('venue') && r.labels.includes('status') && r.labels.includes('approved-on'));
      assert.ok(!r.labels.includes('committee') && !r.labels.includes('risk-matrix'));
      assert.equal(r.replaced('venue'), 'ven');
      assert.ok(r.apply('venue').includes('\nvenue: \n'));
      assert.equal(r.entries.find((e) => e.label === 'status')?.retrigger, true);
    });

    it('offers the values of type and approved-on', () => {
      assert.deepEqual(complete(DOC.replace('date: 2021-11-16', 'date: 2021-11-16\n  type: r$0')).labels, ['minutes', 'report']);
      const approved = complete(DOC.replace('date: 2021-11-16', 'date: 2021-11-16\n  approved-on: $0'));
      assert.deepEqual(approved.labels, ['2021-11-16']);
    });

    it('offers the header keys on the blank line under a lone opening fence', () => {
      // Before the first key there is no header in the tree, only a `---` line.
      for (const marked of ['---\n$0', '---\n$0\n', '---\n\n$0', '\uFEFF---\r\n$0\r\n']) {
        const r = complete(marked);
        assert.ok(r.labels.includes('committee') && r.labels.includes('date'), `${JSON.stringify(marked)}: ${r.labels.join(', ')}`);
        assert.ok(!r.labels.includes('PEOPLE:'), JSON.stringify(marked));
      }
      assert.ok(complete('Notes\n---\n$0').labels.includes('PEOPLE:'), 'a fence below the first line opens no header');
    });

    it('offers nothing for a free-text key', () => {
      assert.deepEqual(complete(DOC.replace('committee: Planning Committee', 'committee: Plan$0ning Committee')).entries, []);
    });
  });

  describe('line starts', () => {
    it('offers preamble keywords first before the first item', () => {
      const r = complete(docWith('PRESENT:', 'AP$0'));
      const sorted = [...r.entries].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
      assert.equal(sorted[0].label, 'PEOPLE:');
      assert.equal(r.replaced('APOLOGIES:'), 'AP');
      assert.ok(r.apply('APOLOGIES:').includes('\nAPOLOGIES: \n'));
    });

    it('offers item keywords first inside an item, with their meaning', () => {
      const r = complete(docWith('RESOLVED:', 'N$0'));
      const sorted = [...r.entries].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
      assert.equal(sorted[0].label, 'REPORT:');
      assert.match(r.entries.find((e) => e.label === 'NOTED:')!.documentation!, /nothing was decided/);
    });

    it('offers keywords while a capitalised keyword with a space is typed', () => {
      const r = complete(docWith('PRESENT:', 'IN AT$0'));
      assert.equal(r.replaced('IN ATTENDANCE:'), 'IN AT');
    });

    it('offers nothing in narrative or after a lowercase word and a space', () => {
      assert.deepEqual(complete(docWith('RESOLVED:', 'The committee $0')).entries, []);
      assert.deepEqual(complete(docWith('RESOLVED:', 'RESOLVED: That the min$0utes be approved.')).entries, []);
      assert.deepEqual(complete(docWith('RESOLVED:', 'I $0')).entries, [], 'a sentence opening with "I "');
    });

    it('numbers a new agenda item after the last one: 78/21 -> 79/21', () => {
      const r = complete(DOC + '\n  #$0\n');
      const item = r.entries.find((e) => e.label.endsWith('agenda item'))!;
      assert.equal(item.label, '# 79/21 agenda item');
      assert.equal(item.snippet, true);
      assert.equal(item.insertText, '# ${1:79/21} ${2:Title}\n\n$0');
      assert.equal(r.replaced(item.label), '#');
      assert.equal(r.entries.find((e) => e.label.endsWith('sub-item'))!.label, '## 78/21(b) sub-item');
    });

    it('offers the meeting skeleton on the first line of a file without a header', () => {
      const r = complete('$0');
      const skeleton = r.entries.find((e) => e.label === 'new meeting')!;
      assert.match(skeleton.insertText, /^---\nauthority: \$\{1:Council\}\ncommittee: \$\{2:Committee\}\ndate: \$\{3:YYYY-MM-DD\}\nstatus: draft\n---\n/);
      assert.ok(!complete(DOC + '\n$0').labels.includes('new meeting'), 'not in a file that has a header');
    });
  });

  describe('people', () => {
    it('offers people after @ with name and role, filtering on name too', () => {
      const r = complete(docWith('RESOLVED:', 'The @c$0 spoke.'));
      const chen = r.entries.find((e) => e.label === '@chen')!;
      assert.equal(chen.detail, 'Laura Chen — Principal Planning Officer');
      assert.equal(chen.filterText, '@chen Laura Chen');
      assert.equal(r.entries.find((e) => e.label === '@patel')!.detail, 'Jo Patel');
      assert.equal(r.replaced('@chen'), '@c');
      assert.ok(r.apply('@chen').includes('The @chen spoke.'));
    });

    it('does not take an email address for a handle', () => {
      assert.deepEqual(complete(docWith('RESOLVED:', 'Write to jo@$0')).entries, []);
    });

    it('offers nothing where a new handle is being declared in PEOPLE', () => {
      assert.deepEqual(complete(DOC.replace('@patel    Jo Patel', '@patel    Jo Patel\n  @ne$0')).entries, []);
    });

    it('puts people not yet listed first in an attendance list', () => {
      const r = complete(docWith('PRESENT:', 'PRESENT: @okafor (Chair), $0'));
      const sorted = [...r.entries].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
      assert.equal(sorted[sorted.length - 1].label, '@okafor');
      assert.equal(r.replaced('@chen'), '');
    });

    it('offers people on a wrapped attendance line', () => {
      const r = complete(docWith('PRESENT:', 'PRESENT: @okafor (Chair),\n    $0'));
      assert.ok(r.labels.includes('@patel'));
    });
  });

  describe('ACTION', () => {
    it('offers people as the owner', () => {
      assert.ok(complete(docWith('RESOLVED:', 'ACTION: $0')).labels.includes('@okafor'));
    });

    it('offers due dates from the meeting date on', () => {
      const r = complete(docWith('RESOLVED:', 'ACTION: @chen — Write to the speakers — due 2021-1$0'));
      assert.deepEqual(r.labels, ['2021-11-16', '2021-11-23', '2021-11-30', '2021-12-14', '2022-02-15']);
      assert.equal(r.replaced('2021-11-23'), '2021-1');
    });

    it('offers due and the statuses, leaving out those already given', () => {
      const all = complete(docWith('RESOLVED:', 'ACTION: @chen -- Write to the speakers -- $0'));
      assert.deepEqual(all.labels, ['due', 'open', 'in progress', 'done', 'cancelled']);
      const noDue = complete(docWith('RESOLVED:', 'ACTION: @chen — Write — due 2021-11-23 — d$0'));
      assert.deepEqual(noDue.labels, ['open', 'in progress', 'done', 'cancelled']);
      const noStatus = complete(docWith('RESOLVED:', 'ACTION: @chen — done — $0'));
      assert.deepEqual(noStatus.labels, ['due']);
    });

    it('knows every word the model reads as a status: after "— completed" it offers no status again', () => {
      const completed = complete(docWith('RESOLVED:', 'ACTION: @chen — Write to the speakers — completed — $0'));
      assert.deepEqual(completed.labels, ['due']);
      // Any case, a full stop, and a due date already given: nothing is left to offer.
      const withdrawn = complete(docWith('RESOLVED:', 'ACTION: @chen — Write — due 2021-11-23 — Withdrawn. — $0'));
      assert.deepEqual(withdrawn.labels, []);
      // A status word inside the task is not a status, as the model reads it.
      const inTask = complete(docWith('RESOLVED:', 'ACTION: @chen — Check the works are completed — $0'));
      assert.deepEqual(inTask.labels, ['due', 'open', 'in progress', 'done', 'cancelled']);
    });
  });

  describe('VOTE and EXEMPT', () => {
    it('offers the forms of a vote', () => {
      const r = complete(docWith('RESOLVED:', 'VOTE: $0'));
      assert.deepEqual(r.labels, ['for, against, abstain — outcome', 'unanimous', 'nem. con.', 'recorded — outcome']);
      assert.equal(r.entries[0].insertText, 'for ${1:0}, against ${2:0}, abstain ${3:0} — ${4|carried,lost|}');
    });

    it('offers the Schedule 12A paragraphs', () => {
      const r = complete(docWith('RESOLVED:', 'EXEMPT: $0'));
      assert.deepEqual(r.labels, ['1', '2', '3', '4', '5', '6', '7']);
      assert.match(r.entries[4].documentation!, /legal professional privilege/);
    });
  });

  describe('DECLARATIONS', () => {
    it('offers the item numbers, sub-items too, after "(item " with their titles', () => {
      const r = complete(docWith('PRESENT:', 'DECLARATIONS:\n  - @chen (item 78/$0'));
      assert.deepEqual(r.labels, ['77/21', '78/21', '78/21(a)']);
      assert.equal(r.entries[2].detail, 'Land at Mill Lane');
      assert.equal(r.replaced('78/21(a)'), '78/');
      assert.match(r.apply('78/21(a)'), /- @chen \(item 78\/21\(a\)\n/);
    });

    it('offers no item numbers once the bracket is closed or outside a declaration', () => {
      assert.ok(!complete(docWith('PRESENT:', 'DECLARATIONS:\n  - @chen (item 77/21) $0')).labels.includes('77/21'));
      assert.ok(!complete(docWith('RESOLVED:', 'The item (item $0')).labels.includes('77/21'));
    });
  });

  describe('risk ratings', () => {
    it('offers the ratings of the document’s matrix in the rating column (found by name)', () => {
      const r = complete(DOC.replace('| C3 |', '| C$0 |'));
      assert.equal(r.labels.length, 25);
      assert.deepEqual(r.labels.slice(0, 3), ['A1', 'A2', 'A3']);
      assert.ok(!r.labels.includes('F1'), 'A-E, not A-F');
      assert.equal(r.replaced('C4'), 'C');
      assert.equal(r.entries[0].detail, 'likelihood A, impact 1 (A-E x 1-5)');
    });

    it('offers nothing in other columns or in the header row', () => {
      assert.deepEqual(complete(DOC.replace('| Lawyer |', '| Law$0yer |')).entries, []);
      assert.deepEqual(complete(DOC.replace('| Rating |', '| Rat$0ing |')).entries, []);
    });

    it('uses the configured matrix when the header has none', () => {
      const { analysis, offset } = analyzeAt(DOC.replace('risk-matrix: A-E x 1-5\n', '').replace('| C3 |', '| $0 |'), { riskMatrix: '1-3 x 1-3' });
      assert.deepEqual(
        completionsAt(analysis, offset).map((e) => e.label),
        ['1x1', '1x2', '1x3', '2x1', '2x2', '2x3', '3x1', '3x2', '3x3'],
      );
    });
  });

  describe('helpers', () => {
    it('adds days across month and year ends', () => {
      assert.equal(addDays('2021-12-28', 7), '2022-01-04');
      assert.equal(addDays('2024-02-27', 2), '2024-02-29');
    });

    it('increments the last part of an item number', () => {
      assert.equal(incrementLast('78/21(a)'), '78/21(b)');
      assert.equal(incrementLast('3.1.'), '3.2.');
      assert.equal(incrementLast('9'), '10');
      assert.equal(incrementLast('4(b)'), '4(c)');
    });
  });
});
