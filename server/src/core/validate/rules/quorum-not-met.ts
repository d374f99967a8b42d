/**
 * quorum-not-met (error)
 *
 * The header sets `quorum` and fewer members are listed in PRESENT
 * (docs/language.md#the-header, docs/language.md#who-was-there). Only PRESENT
 * counts: IN ATTENDANCE lists officers and
 * others who do not vote. Each person counts once, so a name listed twice
 * (attendance-conflict's finding) does not make up the numbers. A meeting
 * without a quorum cannot take decisions, so the minutes are either
 * missing members or record an inquorate meeting. Reported at the PRESENT
 * keyword, or at the quorum value when there is no PRESENT line. A quorum
 * that is not a whole number is header-invalid's to report.
 *
 * When members arrive or leave during the meeting (ARRIVED:, LEFT:,
 * RETURNED:, docs/language.md#arrivals-and-departures), the quorum is
 * checked item by item instead, with the members present when each item
 * starts (`items[].present`: after the attendance lines that open it):
 * every item that starts inquorate is reported on its heading, naming it.
 * PRESENT alone is then not reported, as members arriving before the first
 * item may make the quorum.
 *
 * Bad:  `quorum: 3` / … / `PRESENT: @okafor, @bains`, or `PRESENT: @okafor, @bains, @costa` / `# 4. Budget` / `LEFT: @costa`
 * Good: `quorum: 3` / … / `PRESENT: @okafor, @bains, @costa`
 */
import type { ItemModel } from '../../model/types';
import { presenceOf } from '../../model/presence';
import type { ItemNode, KeywordBlockNode, TextPiece } from '../../syntax/ast';
import type { Rule, RuleContext } from '../rule';

export const rule: Rule = {
  id: 'quorum-not-met',
  defaultSeverity: 'error',
  description: 'Fewer members are listed in PRESENT than the header\'s `quorum`, or, where members arrive or leave, fewer are present when an item starts.',
  fixable: false,
  check(ctx) {
    const entry = ctx.ast.header?.entries.filter((e) => e.key.text.toLowerCase() === 'quorum').pop();
    if (!entry || !/^[1-9]\d*$/.test(entry.value.text)) return;
    const quorum = Number(entry.value.text);
    const block = ctx.ast.preamble.find((b): b is KeywordBlockNode => b.kind === 'keyword' && b.keyword === 'PRESENT');
    if (block && ctx.ast.items.length && presenceOf(ctx).changes.length) return checkItems(ctx, quorum, entry.value);
    const present = new Set(ctx.model.attendance.present.map((p) => p.handle ? `@${p.handle}` : p.name.toLowerCase().replace(/\s+/g, ' ')));
    if (present.size >= quorum) return;
    const counted = present.size === 1 ? '1 member is' : `${present.size} members are`;
    ctx.report({
      span: block ? block.keywordText.span : entry.value.span,
      message: block
        ? `Only ${counted} listed as present, below the quorum of ${quorum}: list every member present, or record that the meeting was inquorate.`
        : `The header sets a quorum of ${quorum} but there is no PRESENT line: list the members present (\`PRESENT: @handle, …\`).`,
      related: block ? [{ message: `Quorum of ${quorum}`, span: entry.value.span }] : undefined,
    });
  },
};

/** Each item that starts with fewer members present than the quorum, on its heading. */
function checkItems(ctx: RuleContext, quorum: number, value: TextPiece): void {
  const walk = (nodes: readonly ItemNode[], models: readonly ItemModel[]): void => {
    nodes.forEach((it, i) => {
      const model = models[i];
      if (!model) return;
      const n = model.present.length;
      if (n < quorum) {
        const name = it.number ? `item ${it.number.text.replace(/\.$/, '')}` : `"${it.title.text}"`;
        const first = it.number ?? it.title;
        ctx.report({
          span: { start: first.span.start, end: Math.max(it.title.span.end, first.span.end) },
          message: `Only ${n === 1 ? '1 member is' : `${n} members are`} present when ${name} starts, below the quorum of ${quorum}: check the ARRIVED:, LEFT: and RETURNED: lines before it, or record that the meeting was inquorate for this item.`,
          related: [{ message: `Quorum of ${quorum}`, span: value.span }],
        });
      }
      walk(it.children, model.items);
    });
  };
  walk(ctx.ast.items, ctx.model.items);
}
