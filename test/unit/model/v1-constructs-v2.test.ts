/**
 * The v2 changes to v1 constructs, read by the parser and the model:
 * planning-schedule item numbers (`A1.`), lists marked `a.` and `ii.` with
 * roman and lettered runs told apart, initials in brackets as part of a
 * name, and a PEOPLE role that keeps every dash after the first.
 */
import * as assert from 'node:assert/strict';
import { analyze, parse } from '../../../server/src/core';

const HEAD = '---\ncommittee: Parish Council\ndate: 2025-04-14\n---\n';
const ids = (text: string): string[] => analyze(`${HEAD}${text}`).model.items.flatMap((it) => it.resolutions.map((r) => r.id));
const styles = (text: string): string[] => {
  const b = parse(`${HEAD}# 5 Item\n${text}`).ast.items[0].blocks[0];
  const list = b.kind === 'keyword' ? b.body.find((x) => x.kind === 'list') : b;
  return list?.kind === 'list' ? list.entries.map((e) => `${e.value}:${e.style}`) : [];
};

describe('v2 reading of v1 constructs', () => {
  describe('item numbers', () => {
    it('a capital and digits with a dot is a number; without the dot it is the title', () => {
      const items = analyze(`${HEAD}# 4. Applications\n## A1. 24/01842/FUL Pelham Road\nNOTED: a\n## B12. 24/0001/HOU\nNOTED: b\n# A1 Ring Road\nNOTED: c\n# B4337 speed limit\nNOTED: d\n`).model.items;
      assert.deepEqual(items[0].items.map((it) => [it.number, it.title]), [['A1', '24/01842/FUL Pelham Road'], ['B12', '24/0001/HOU']]);
      assert.deepEqual(items.slice(1).map((it) => [it.number, it.title]), [[null, 'A1 Ring Road'], [null, 'B4337 speed limit']]);
    });

    it('resolutions of an A1. item are cited A1(1)', () => {
      assert.deepEqual(ids('# A1. Land at Mill Lane\nRESOLVED:\n1. That permission be refused.\n2. That the reasons be as set out.\n'), ['A1(1)', 'A1(2)']);
    });
  });

  describe('lists', () => {
    it('i. ii. iii. are three resolutions, roman', () => {
      assert.deepEqual(ids('# 25/048 Highways\nRESOLVED:\ni. One.\nii. Two.\niii. Three.\n'), ['25/048(i)', '25/048(ii)', '25/048(iii)']);
      assert.deepEqual(styles('RESOLVED:\ni. One.\nii. Two.\niii. Three.\niv. Four.\n'), ['i:lower-roman', 'ii:lower-roman', 'iii:lower-roman', 'iv:lower-roman']);
    });

    it('a. to i. are lettered: the i. after h. is a letter', () => {
      const entries = 'abcdefghi'.split('').map((l) => `${l}. Payment ${l}.`).join('\n');
      assert.deepEqual(ids(`# 7 Payments\nRESOLVED: That these be paid:\n${entries}\n`), 'abcdefghi'.split('').map((l) => `7(${l})`));
      assert.deepEqual(styles(`RESOLVED:\n${entries}\n`).slice(-1), ['i:lower-alpha']);
    });

    it('a list that starts at (i) or i) is roman, its v and x too', () => {
      assert.deepEqual(styles('RESOLVED:\n(i) a\n(ii) b\n(iii) c\n(iv) d\n(v) e\n'), ['i', 'ii', 'iii', 'iv', 'v'].map((v) => `${v}:lower-roman`));
      assert.deepEqual(styles('RESOLVED:\ni) a\nii) b\n'), ['i:lower-roman', 'ii:lower-roman']);
    });

    it('roman sub-entries of a lettered list are roman, and its c) and d) stay letters', () => {
      assert.deepEqual(styles('RESOLVED:\na) x\n   (i) y\n   (ii) z\nb) q\nc) r\nd) s\n'), [
        'a:lower-alpha',
        'i:lower-roman',
        'ii:lower-roman',
        'b:lower-alpha',
        'c:lower-alpha',
        'd:lower-alpha',
      ]);
      assert.deepEqual(ids('# 3 X\nRESOLVED:\na) x\n   (i) y\n   (ii) z\nb) q\n'), ['3(a)', '3(a)(i)', '3(a)(ii)', '3(b)']);
    });

    it('a word ending in a dot whose letters are roman numerals is not a marker unless it is a numeral', () => {
      const blocks = parse(`${HEAD}# 1 X\ncivic. duty was discussed\nmill. road\nxiv. entry\n`).ast.items[0].blocks;
      assert.deepEqual(blocks.map((b) => b.kind), ['paragraph', 'list']);
    });
  });

  describe('names with initials in brackets', () => {
    const text = `${HEAD}PRESENT: Cllr Collins (B) (Chairman), Cllr Collins (J) (Vice-Chairman), Cllr Hart (J. R.), Cllr Ives (subst. for Cllr Penn (K))\n\nDECLARATIONS:\n- Cllr Collins (J) (item 1): pecuniary interest\n- Cllr Collins (B): other interest\n\n# 1 Planning\nLEFT: Cllr Collins (J) (having declared an interest)\n\nNOTED: x\n`;
    const a = analyze(text);

    it('the bracket of initials is part of the name; a bracket after it is the note', () => {
      assert.deepEqual(a.model.attendance.present.map((p) => [p.name, p.note ?? null]), [
        ['Cllr Collins (B)', 'Chairman'],
        ['Cllr Collins (J)', 'Vice-Chairman'],
        ['Cllr Hart (J. R.)', null],
        ['Cllr Ives', 'subst. for Cllr Penn (K)'],
      ]);
      assert.deepEqual(a.model.items[0].attendanceChanges.map((c) => [c.name, c.note]), [['Cllr Collins (J)', 'having declared an interest']]);
      assert.deepEqual(a.model.items[0].present.map((p) => p.name), ['Cllr Collins (B)', 'Cllr Hart (J. R.)', 'Cllr Ives']);
    });

    it('in a declaration, the initials belong to the person, not the item', () => {
      assert.deepEqual(a.model.declarations.map((d) => [d.person, d.item]), [['Cllr Collins (J)', '1'], ['Cllr Collins (B)', null]]);
    });

    it('two members who share a surname are not one person listed twice', () => {
      assert.deepEqual(a.diagnostics.filter((d) => d.ruleId === 'attendance-conflict').map((d) => d.message), []);
      const twice = analyze(`${HEAD}PRESENT: Cllr Collins (B), Cllr Collins (B)\n\n# 1 X\nNOTED: x\n`);
      assert.equal(twice.diagnostics.filter((d) => d.ruleId === 'attendance-conflict').length, 1, 'the same initials still are');
    });
  });

  describe('PEOPLE roles', () => {
    it('only the first dash parts the name from the role; later dashes are the role as written', () => {
      const people = analyze(
        `${HEAD}PEOPLE:\n@kingston  Mr Derek Ashby – Public Governor – Kingston\n@lead  Ms Ruth Ng — Lead Governor — Public Governor – Surbiton\n@cfo  Mr Al Shah -- Chief Finance Officer -- Deputy Chief Executive\n@plain  Ms Jo Day\n`,
      ).model.people;
      assert.deepEqual(people.map((p) => [p.name, p.role]), [
        ['Mr Derek Ashby', 'Public Governor – Kingston'],
        ['Ms Ruth Ng', 'Lead Governor — Public Governor – Surbiton'],
        ['Mr Al Shah', 'Chief Finance Officer -- Deputy Chief Executive'],
        ['Ms Jo Day', null],
      ]);
    });
  });
});
