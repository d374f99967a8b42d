/** quorum-not-met item by item, where members arrive or leave: the members present when each item starts. */
import * as assert from 'node:assert/strict';
import { diagnosticsOf, expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const ID = 'quorum-not-met';
const doc = (present: string, ...lines: string[]): string =>
  ['---', 'committee: Planning Committee', 'date: 2025-01-28', 'quorum: 3', '---', '', 'PEOPLE:', '@a  Cllr A', '@b  Cllr B', '@c  Cllr C', '@d  Cllr D', '@o  Officer O', '', `PRESENT: ${present}`, 'IN ATTENDANCE: @o', '', ...lines, ''].join('\n');

describe('quorum-not-met: item by item', () => {
  it('reports an item that starts with fewer members than the quorum, on its heading, naming it', () => {
    const [d] = expectMarked(
      doc('@a, @b, @c', '# 1. Minutes', 'NOTED: Noted.', '', '# [[2. Land at Mill Lane]]', 'LEFT: @c (having declared an interest)', '', 'RESOLVED: That permission be granted.'),
      ID,
      [/^Only 2 members are present when item 2 starts, below the quorum of 3: check the ARRIVED:, LEFT: and RETURNED: lines before it, or record that the meeting was inquorate for this item\.$/],
    );
    assert.equal(d.related?.[0].message, 'Quorum of 3');
  });

  it('reports each inquorate item, sub-items included, and none once the quorum is back', () => {
    const text = doc('@a, @b, @c', '# 1. A', 'LEFT: @c', 'NOTED: x', '', '# 2. B', '', '## 2.1 C', 'NOTED: x', '', '# 3. D', 'RETURNED: @c', 'NOTED: x');
    assert.deepEqual(diagnosticsOf(text, ID).map((x) => /when (item \S+) starts/.exec(x.message)?.[1]), ['item 1', 'item 2', 'item 2.1']);
  });

  it('counts arrivals before the first item, and not the officers in attendance', () => {
    expectClean(doc('@a, @b', 'ARRIVED: @c', '', '# 1. Minutes', 'NOTED: Noted.'), ID);
    expectMarked(doc('@a, @b, @c', '# [[Budget]]', 'LEFT: @a', 'ARRIVED: Officer O', 'NOTED: x'), ID, [/when "Budget" starts/]);
  });

  it('reads the item\'s opening lines only: a member leaving later in the item counts from the next', () => {
    expectClean(doc('@a, @b, @c', '# 1. A', 'NOTED: x', '', 'LEFT: @c'), ID);
    expectMarked(doc('@a, @b, @c', '# 1. A', 'NOTED: x', '', 'LEFT: @c', '', '# [[2. B]]', 'NOTED: x'), ID);
  });

  it('keeps the PRESENT check where nobody arrives or leaves', () => {
    const found = diagnosticsOf(doc('@a, @b', '# 1. A', 'NOTED: x', '', '# 2. B', 'NOTED: x'), ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^Only 2 members are listed as present, below the quorum of 3/);
  });
});
