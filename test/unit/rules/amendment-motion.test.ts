import * as assert from 'node:assert/strict';
import { expectClean, expectMarked, diagnosticsOf } from '../../helpers/expect-diagnostics';

const ID = 'amendment-motion';
const head = '---\ncommittee: Council\ndate: 2025-02-20\n---\n\n';

describe(ID, () => {
  it('reports an AMENDMENT with no MOTION before it in its item, on the keyword, saying what to write', () => {
    const [d] = expectMarked(
      `${head}# 1. Opening hours\n@tilling moved that the centres keep their hours.\n\n[[AMENDMENT:]] moved by @lyle, seconded by @doyle\nThat the centres open until 6 pm.\n`,
      ID,
      [/This AMENDMENT has no MOTION before it in item 1: write the motion it amends above it \(`MOTION: moved by …, seconded by …` and its text\)/],
    );
    assert.equal(d.severity, 'error');
  });

  it('accepts an amendment after a motion of its item, and several amendments to one motion', () => {
    expectClean(
      `${head}# 1. Budget\nMOTION: moved by @a, seconded by @b\nThat the budget be approved.\n\nAMENDMENT: moved by @c\nAdd a reserve.\n\nVOTE: for 2, against 5 — lost\n\nAMENDMENT: moved by @d — withdrawn\nRemove the reserve.\n`,
      ID,
    );
  });

  it('does not count a motion of another item, and says where the last one is', () => {
    const text = `${head}# 1. Recycling\nMOTION: moved by @a\nThat the centres close on Tuesdays.\n\n# 2. Hours\n[[AMENDMENT:]] moved by @b\nThat they open until 6 pm.\n`;
    const [d] = expectMarked(text, ID, [/in item 2: .*The last MOTION is in item 1; an amendment belongs to a motion of its own item\./]);
    assert.equal(d.related?.length, 1);
    assert.equal(d.related![0].message, 'the last MOTION, in item 1');
  });

  it('does not count a motion after the amendment, nor one in a sub-item', () => {
    expectMarked(`${head}# 1. Hours\n[[AMENDMENT:]] moved by @b\nThat they open until 6 pm.\n\nMOTION: moved by @a\nThat they keep their hours.\n`, ID);
    expectMarked(`${head}# 1. Budget\n\n## 1.1 Revenue\nMOTION: moved by @a\nThat it be approved.\n\n## 1.2 Capital\n[[AMENDMENT:]] moved by @b\nAdd a scheme.\n`, ID);
  });

  it('names an unnumbered item by its title, and reports an amendment before the first item', () => {
    expectMarked(`${head}# Hours\n[[AMENDMENT:]] moved by @b\nThat they open until 6 pm.\n`, ID, [/before it in "Hours"/]);
    const found = diagnosticsOf(`${head}AMENDMENT: moved by @b\nThat they open until 6 pm.\n\n# 1. Hours\nNOTED: Noted.\n`, ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /before the first item/);
  });
});
