// Two fixes to the exports. The HTML ids of the items are unique and stable
// when numbered and unnumbered headings mix (an unnumbered heading used to
// take `item-2` from item 2), and a declaration of interest written inside
// an item is printed once, in that item, rather than in the table at the
// head of the minutes as well.
import * as assert from 'node:assert/strict';
import { parse } from 'parse5';
import { analyze, exportDocument, renderHtml } from '../../../server/src/core/index';
import { itemIds, type IdItem } from '../../../server/src/core/export/html-ids';
import { all, attr, text, type El } from '../../helpers/html-tree';
import { dedent } from '../../helpers/documents';

function ids(source: string): string[] {
  const els = all(parse(renderHtml(analyze(source).model, { standalone: true, includeExempt: true })) as unknown as El);
  return els.map((e) => attr(e, 'id')).filter((id): id is string => id !== undefined);
}

const item = (number: string | null, title: string, items: IdItem[] = []): IdItem => ({ number, title, items });

describe('export: item ids', () => {
  it('gives each item a unique id when numbered and unnumbered headings mix', () => {
    const source = dedent(`
      ---
      committee: Parish Council
      date: 2024-03-12
      ---
      # Apologies
      Text.
      # 2. Planning
      Text.
      # Any other business
      Text.
      # Any other business
      Text.
      # 2. Planning (continued)
      Text.
    `);
    const all = ids(source);
    assert.equal(new Set(all).size, all.length, `duplicate ids: ${all.join(' ')}`);
    assert.deepEqual(
      all.filter((id) => !id.endsWith('-title')),
      ['item-apologies', 'item-2', 'item-any-other-business', 'item-any-other-business-2', 'item-2-2'],
    );
  });

  it('keeps an item’s id when items are added before it', () => {
    const before = itemIds([item('1', 'Minutes'), item(null, 'Any other business')]);
    const after = itemIds([item(null, 'Apologies'), item('1', 'Minutes'), item(null, 'Urgent business'), item(null, 'Any other business')]);
    assert.deepEqual([...before.values()], ['item-1', 'item-any-other-business']);
    assert.deepEqual([...after.values()], ['item-apologies', 'item-1', 'item-urgent-business', 'item-any-other-business']);
  });

  it('never gives a numbered item’s id to another item, whichever comes first', () => {
    // An unnumbered heading whose title reads like a number, a heading whose slug is another's heading id,
    // and a repeated number whose suffix is a real item number.
    const tree = [item(null, '12'), item(null, '12 title'), item('5', 'Five'), item('5', 'Five again'), item('5.2', 'Five point two'), item('12', 'Twelve', [item('12(a)', 'Sub')])];
    const got = [...itemIds(tree).entries()].map(([it, id]) => [it.title, id]);
    assert.deepEqual(got, [
      ['12', 'item-12-2'],
      ['12 title', 'item-12-title-2'],
      ['Five', 'item-5'],
      ['Five again', 'item-5-3'],
      ['Five point two', 'item-5-2'],
      ['Twelve', 'item-12'],
      ['Sub', 'item-12-a'],
    ]);
    const every = got.flatMap(([, id]) => [id, `${id}-title`]);
    assert.equal(new Set(every).size, every.length);
  });

  it('makes ids of titles with accents, quotes and handles', () => {
    const got = [...itemIds([item(null, 'Cofnodion’r Cyngor — Café'), item(null, 'Thanks to @lee'), item(null, '***')]).values()];
    assert.deepEqual(got, ['item-cofnodionr-cyngor-cafe', 'item-thanks-to-lee', 'item']);
  });
});

describe('export: declarations made in an item', () => {
  const source = dedent(`
    ---
    committee: Planning Committee
    date: 2024-03-12
    ---
    PEOPLE:
    @ali  Councillor Ali

    PRESENT: @ali, Councillor Bee

    DECLARATIONS:
    - Councillor Bee (item 1): a member of the parish council

    # 1. Land at Mill Lane

    DECLARATIONS:
    - @ali (item 1): pecuniary interest — owns the
      neighbouring field
    - this entry is not a declaration

    The committee considered the application.
  `);

  it('prints each once in HTML: those made in an item in that item, the rest at the head', () => {
    const els = all(parse(renderHtml(analyze(source).model, { standalone: true })) as unknown as El);
    const tables = els.filter((e) => attr(e, 'class') === 'minutes-declarations');
    assert.equal(tables.length, 2);
    const rows = (t: El): string[] => all(t).filter((e) => e.tagName === 'tr' && all(e).some((c) => c.tagName === 'td')).map((r) => text(r));
    assert.deepEqual(rows(tables[0]), ['Councillor Bee1a member of the parish council']);
    assert.deepEqual(rows(tables[1]), ['Councillor Ali1pecuniary interest — owns the neighbouring field']);
    const section = els.find((e) => attr(e, 'id') === 'item-1')!;
    assert.ok(all(section).includes(tables[1]), 'the item’s declaration is printed in the item');
    assert.equal(els.filter((e) => /owns the neighbouring field/.test(text(e)) && e.tagName === 'tr').length, 1);
    // The entry that is not a declaration is kept, as a list entry in the item.
    assert.ok(all(section).some((e) => e.tagName === 'li' && text(e) === 'this entry is not a declaration'));
  });

  it('prints each once in Markdown', async () => {
    const md = (await exportDocument(analyze(source), 'md')).content;
    assert.equal(md.split('owns the neighbouring field').length - 1, 1, md);
    assert.ok(md.indexOf('owns the neighbouring field') > md.indexOf('## 1 Land at Mill Lane'), md);
    assert.ok(md.indexOf('a member of the parish council') < md.indexOf('## 1 Land at Mill Lane'), md);
  });

  it('still prints DECLARATIONS: none written in an item, and the text on a DECLARATIONS line', async () => {
    const none = dedent(`
      ---
      committee: Parish Council
      date: 2024-03-12
      ---
      # 1. Declarations of interest
      DECLARATIONS: none
      # 2. Grass
      DECLARATIONS: as follows
      - Councillor Bee: owns a mower
    `);
    const md = (await exportDocument(analyze(none), 'md')).content;
    assert.match(md, /## 1 Declarations of interest\n\n\*\*Declarations:\*\* none\n/);
    assert.match(md, /## 2 Grass\n\n\*\*Declarations:\*\* as follows\n\n\*\*Declarations of interest\*\*\n\n\| Member \| Item \| Interest \|/);
    const els = all(parse(renderHtml(analyze(none).model, { standalone: true })) as unknown as El);
    assert.ok(els.some((e) => e.tagName === 'p' && text(e) === 'Declarations: none'));
  });

  it('keeps the declarations of a withheld item in the table at the head, as before', async () => {
    const exempt = source.replace('# 1. Land at Mill Lane\n', '# 1. Land at Mill Lane\nEXEMPT: 3\n');
    const md = (await exportDocument(analyze(exempt), 'md')).content;
    const head = md.slice(0, md.indexOf('## 1 Land at Mill Lane'));
    assert.match(head, /Councillor Ali \| 1 \| pecuniary interest — owns the neighbouring field/);
    assert.doesNotMatch(md.slice(head.length), /neighbouring field/);
  });
});
