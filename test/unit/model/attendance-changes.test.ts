/**
 * ARRIVED, LEFT and RETURNED lines and who is present item by item: the
 * changes each line records, the members present when each item starts
 * (after the attendance and item lines that open it), and the presence
 * questions the rules and completion ask about any line.
 */
import * as assert from 'node:assert/strict';
import { analyze, type ItemModel } from '../../../server/src/core';
import { presenceOf, presentAt } from '../../../server/src/core/model/presence';

const HEAD = '---\ncommittee: Planning Committee\ndate: 2025-03-12\n---\n';
const ROLL =
  'PEOPLE:\n@chair  Councillor Ann Hill — Chair\n@jabar  Councillor Sam Jabar\n@ferriby  Councillor Jo Ferriby\n@clerk  Ms Kay Long — Clerk\n\n' +
  'PRESENT: @chair, @ferriby, Councillor Reed\nAPOLOGIES: @jabar\nIN ATTENDANCE: @clerk\n\n';

const names = (refs: readonly { name: string; handle?: string }[]): string[] => refs.map((r) => r.handle ?? r.name);
const flat = (items: readonly ItemModel[]): ItemModel[] => items.flatMap((it) => [it, ...flat(it.items)]);
const item = (items: readonly ItemModel[], n: string): ItemModel => flat(items).find((it) => it.number === n)!;

describe('model: arrivals and departures', () => {
  it('reads each line as a change with its kind, display name, handle, note and 0-based line', () => {
    const text = `${HEAD}${ROLL}# 5. Local Plan\nARRIVED: @jabar (7.10 pm)\nLEFT: @ferriby (having declared an interest, took no part)\n\nThe plan was debated.\n\nRETURNED: Councillor Reed\n\nNOTED: The report.\n`;
    const a = analyze(text);
    const [it] = a.model.items;
    const lineOf = (s: string): number => text.split('\n').indexOf(s);
    assert.deepEqual(it.attendanceChanges, [
      { kind: 'arrived', name: 'Councillor Sam Jabar', handle: 'jabar', note: '7.10 pm', line: lineOf('ARRIVED: @jabar (7.10 pm)') },
      { kind: 'left', name: 'Councillor Jo Ferriby', handle: 'ferriby', note: 'having declared an interest, took no part', line: lineOf('LEFT: @ferriby (having declared an interest, took no part)') },
      { kind: 'returned', name: 'Councillor Reed', handle: null, note: null, line: lineOf('RETURNED: Councillor Reed') },
    ]);
    const content = it.content.filter((c) => c.kind === 'keyword' && c.changes);
    assert.deepEqual(content.map((c) => (c.kind === 'keyword' ? c.changes!.map((ch) => ch.kind) : [])), [['arrived'], ['left'], ['returned']]);
  });

  it('a line naming several people records a change for each; a line naming nobody records none', () => {
    const a = analyze(`${HEAD}${ROLL}# 5. Item\nLEFT: @chair, @ferriby (both declared an interest)\nLEFT: none\n\nNOTED: x\n`);
    const [it] = a.model.items;
    assert.deepEqual(it.attendanceChanges.map((c) => [c.handle, c.note]), [['chair', null], ['ferriby', 'both declared an interest']]);
    assert.deepEqual(it.present, [{ name: 'Councillor Reed' }]);
  });

  it('a line written as a sentence keeps its note and handle: the full stop after them is dropped', () => {
    const a = analyze(`${HEAD}${ROLL}# 5. Item\nLEFT: @ferriby (having declared an interest).\nLEFT: @chair.\nARRIVED: Cllr Collins J.\n\nNOTED: x\n`);
    assert.deepEqual(a.model.items[0].attendanceChanges.map((c) => [c.name, c.handle, c.note]), [
      ['Councillor Jo Ferriby', 'ferriby', 'having declared an interest'],
      ['Councillor Ann Hill', 'chair', null],
      ['Cllr Collins J.', null, null],
    ]);
  });

  it('present is PRESENT less apologies, changed by the lines that open each item, before its business', () => {
    const a = analyze(
      `${HEAD}${ROLL}# 1. Apologies\nNOTED: x\n\n# 2. Plan\nARRIVED: @jabar\nEXEMPT: 3\nLEFT: @ferriby\n// a comment\n\nDebate.\n\nLEFT: @chair\n\nNOTED: y\n\n# 3. Budget\nRETURNED: @chair\n\nNOTED: z\n`,
    );
    assert.deepEqual(names(item(a.model.items, '1').present), ['chair', 'ferriby', 'Councillor Reed']);
    // @chair left during item 2, after its business began: still present when it started.
    assert.deepEqual(names(item(a.model.items, '2').present), ['chair', 'Councillor Reed', 'jabar']);
    assert.deepEqual(names(item(a.model.items, '3').present), ['chair', 'Councillor Reed', 'jabar']);
    assert.deepEqual(item(a.model.items, '2').present[0], { name: 'Councillor Ann Hill', handle: 'chair' });
  });

  it('lines before the first item apply before it; an item of attendance lines only passes them to its sub-items', () => {
    const a = analyze(`${HEAD}${ROLL}ARRIVED: @jabar (before the meeting began)\n\n# 4. Applications\nLEFT: @chair\n\n## A1. 24/0001/FUL\nNOTED: x\n\n## A2. 24/0002/FUL\nRETURNED: @chair\n\nNOTED: y\n`);
    assert.deepEqual(a.model.items[0].attendanceChanges.map((c) => c.kind), ['left']);
    assert.deepEqual(names(a.model.items[0].present), ['ferriby', 'Councillor Reed', 'jabar']);
    assert.deepEqual(names(item(a.model.items, 'A1').present), ['ferriby', 'Councillor Reed', 'jabar']);
    assert.deepEqual(names(item(a.model.items, 'A2').present), ['chair', 'ferriby', 'Councillor Reed', 'jabar']);
    const pre = a.model.preamble.find((c) => c.kind === 'keyword' && c.keyword === 'ARRIVED');
    assert.equal(pre?.kind === 'keyword' ? pre.changes?.[0].handle : null, 'jabar');
  });

  it('a plain name is the declared person whose display name it is', () => {
    const a = analyze(`${HEAD}${ROLL}# 1. Item\nLEFT: Councillor Jo  Ferriby\n\nNOTED: x\n`);
    assert.deepEqual(names(a.model.items[0].present), ['chair', 'Councillor Reed']);
  });

  it('attendees (IN ATTENDANCE) come and go without counting among the members present', () => {
    const a = analyze(`${HEAD}${ROLL}# 1. Item\nLEFT: @clerk\n\nNOTED: x\n\n# 2. Item\nRETURNED: @clerk\n\nNOTED: y\n`);
    assert.deepEqual(names(a.model.items[1].present), ['chair', 'ferriby', 'Councillor Reed']);
    const p = presenceOf(a);
    const clerk = { name: 'Ms Kay Long', handle: 'clerk' };
    const line = (n: number): number => a.model.items[n].range.start + 2;
    assert.deepEqual([p.isHere(clerk, line(0)), p.isHere(clerk, line(1)), p.isPresent(clerk, line(1))], [false, true, false]);
  });
});

describe('model: presence at a line', () => {
  const text = `${HEAD}${ROLL}# 1. Item\nNOTED: a\n\nARRIVED: @jabar\n\nVOTE: for 3, against 1 — carried\n\nLEFT: Councillor Reed\n\nVOTE: for 3 — carried\n`;
  const a = analyze(text);
  const lineOf = (s: string): number => text.split('\n').indexOf(s);
  const arrived = lineOf('ARRIVED: @jabar');
  const left = lineOf('LEFT: Councillor Reed');

  it('at(line) lists the members present after the changes on earlier lines, not those on the line', () => {
    assert.deepEqual(names(presentAt(a, arrived)), ['chair', 'ferriby', 'Councillor Reed']);
    assert.deepEqual(names(presentAt(a, arrived + 1)), ['chair', 'ferriby', 'Councillor Reed', 'jabar']);
    assert.deepEqual(names(presentAt(a, left + 1)), ['chair', 'ferriby', 'jabar']);
    assert.deepEqual(names(presentAt(a, 0)), ['chair', 'ferriby', 'Councillor Reed']);
  });

  it('isPresent, isHere and isKnown agree with at(line) for every person at every line', () => {
    const p = presenceOf(a);
    const people = [
      { name: 'Councillor Sam Jabar', handle: 'jabar' },
      { name: 'Councillor Reed' },
      { name: 'councillor  reed' },
      { name: 'Councillor Ann Hill' },
      { name: 'Ms Kay Long', handle: 'clerk' },
      { name: 'Nobody At All' },
    ];
    for (let line = 0; line < text.split('\n').length; line++) {
      const at = new Set(presentAt(a, line).map((r) => p.keyOf(r)));
      for (const person of people) assert.equal(p.isPresent(person, line), at.has(p.keyOf(person)), `${person.name} at ${line}`);
    }
    assert.equal(p.isKnown({ name: 'Nobody At All' }, 99), false);
    assert.equal(p.isKnown({ name: 'Councillor Sam Jabar', handle: 'jabar' }, 0), true, 'listed under APOLOGIES');
    assert.equal(p.isPresent({ name: 'x', handle: 'jabar' }, 0), false);
    assert.deepEqual(p.changes.map((c) => c.kind), ['arrived', 'left']);
  });

  it('is made once per model', () => {
    assert.equal(presenceOf(a), presenceOf(a));
  });
});
