/**
 * declaration-vote (warning)
 *
 * A member who declared an interest in an item (docs/language.md#declarations-of-interest)
 * and is named in a recorded vote of that item
 * (docs/language.md#recorded-votes). A member with a disclosable pecuniary
 * interest may not take part in the discussion or the vote (Localism Act
 * 2011, s.31), and most codes of conduct say the same of other registrable
 * interests, unless a dispensation allows it. So a declared member among
 * the names is either a wrong record of the vote or a vote that needs its
 * dispensation recorded.
 *
 * A declaration counts for the items it names (`- @jabar (item 5): …`,
 * `(items 3 and 5)`, numbers compared as declaration-item compares them)
 * and, written in an item's own DECLARATIONS without an item, for that
 * item; an interest in an item covers its sub-items. A declaration whose
 * text mentions a dispensation is taken as allowing the member to vote,
 * and is not reported. People are matched as the attendance lists match
 * them (a handle, or a plain name that is a handle's display name).
 * Reported on the name in the FOR:, AGAINST: or ABSTAIN: line, with the
 * declaration as related information.
 *
 * Bad:  `- @elwood (item 5): owns adjoining land` / … / `# 5. Hallam Works` / `VOTE: recorded — carried` / `  FOR: @cowley, @elwood`
 * Good: `- @elwood (item 5): owns adjoining land` / … / `# 5. Hallam Works` / `LEFT: @elwood` / `VOTE: recorded — carried` / `  FOR: @cowley`
 */
import type { AttendanceEntryNode, DeclarationEntryNode, ItemNode } from '../../syntax/ast';
import { flattenItems, itemNumber } from '../../syntax/walk';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'declaration-vote',
  defaultSeverity: 'warning',
  description: 'A member who declared an interest in an item is named in a recorded vote of that item.',
  fixable: false,
  check(ctx) {
    const byName = new Map<string, string>();
    for (const p of ctx.model.people) if (!byName.has(normal(p.name))) byName.set(normal(p.name), p.handle);
    const keyOf = (person: string): string => {
      if (person.startsWith('@')) return person.slice(1);
      const n = normal(person);
      return byName.get(n) ?? `name:${n}`;
    };
    const entryKey = (e: AttendanceEntryNode): string => (e.handle ? e.handle.text : keyOf(e.name.text));

    // The declarations of each item number, and those written in an item without one.
    const byItem = new Map<string, DeclarationEntryNode[]>();
    const within = new Map<ItemNode, DeclarationEntryNode[]>();
    const add = <K>(map: Map<K, DeclarationEntryNode[]>, k: K, d: DeclarationEntryNode): void => {
      const list = map.get(k);
      if (list) list.push(d);
      else map.set(k, [d]);
    };
    for (const b of ctx.ast.preamble) if (b.kind === 'keyword') for (const d of b.declarations ?? []) for (const n of itemsNamed(d)) add(byItem, n, d);
    for (const it of flattenItems(ctx.ast.items))
      for (const b of it.blocks)
        if (b.kind === 'keyword')
          for (const d of b.declarations ?? []) {
            const named = itemsNamed(d);
            if (named.length) for (const n of named) add(byItem, n, d);
            else add(within, it, d);
          }
    if (!byItem.size && !within.size) return;

    const walk = (items: readonly ItemNode[], inherited: ReadonlyMap<string, DeclarationEntryNode>): void => {
      for (const it of items) {
        const declared = new Map(inherited);
        const number = itemNumber(it);
        for (const d of [...(number ? (byItem.get(normalItem(number)) ?? []) : []), ...(within.get(it) ?? [])])
          if (!/\bdispensation\b/i.test(d.text.text) && !declared.has(keyOf(d.person.text))) declared.set(keyOf(d.person.text), d);
        if (declared.size)
          for (const b of it.blocks) {
            if (b.kind !== 'keyword' || b.keyword !== 'VOTE') continue;
            for (const line of b.voteLines ?? [])
              for (const e of line.names) {
                const d = declared.get(entryKey(e));
                if (!d) continue;
                const who = e.name.text;
                const where = number ? `item ${number}` : `"${it.title.text}"`;
                ctx.report({
                  span: e.name.span,
                  message: `${who} declared an interest in ${where} and is named under ${line.label.text} in its recorded vote: if a dispensation allowed them to vote, say so in the declaration; otherwise take the name out of the vote (and record \`LEFT: ${who}\` if they left the room).`,
                  related: [{ message: `${d.person.text}'s declaration`, span: d.span }],
                });
              }
          }
        walk(it.children, declared);
      }
    };
    walk(ctx.ast.items, new Map());
  },
};

/** The item numbers a declaration names, compared as declaration-item compares them: `3`, `items 3 and 5`, `3, 5`. */
function itemsNamed(d: DeclarationEntryNode): string[] {
  if (!d.item?.text) return [];
  const body = d.item.text.replace(/^items?\s+/i, '');
  return body
    // White space before a separator is matched from the start of its run only: \s* rescanned a long run from each of its characters (quadratic).
    .split(/(?:(?<!\s)\s+)?(?:,|&|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(normalItem);
}

function normalItem(n: string): string {
  return n.replace(/\.$/, '').replace(/\s+/g, '').toLowerCase();
}

function normal(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}
