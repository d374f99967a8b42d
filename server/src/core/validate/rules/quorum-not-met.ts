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
 * Bad:  `quorum: 3` / … / `PRESENT: @okafor, @bains`
 * Good: `quorum: 3` / … / `PRESENT: @okafor, @bains, @costa`
 */
import type { KeywordBlockNode } from '../../syntax/ast';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'quorum-not-met',
  defaultSeverity: 'error',
  description: 'Fewer members are listed in PRESENT than the header\'s `quorum`.',
  fixable: false,
  check(ctx) {
    const entry = ctx.ast.header?.entries.filter((e) => e.key.text.toLowerCase() === 'quorum').pop();
    if (!entry || !/^[1-9]\d*$/.test(entry.value.text)) return;
    const quorum = Number(entry.value.text);
    const present = new Set(ctx.model.attendance.present.map((p) => p.handle ? `@${p.handle}` : p.name.toLowerCase().replace(/\s+/g, ' ')));
    if (present.size >= quorum) return;
    const block = ctx.ast.preamble.find((b): b is KeywordBlockNode => b.kind === 'keyword' && b.keyword === 'PRESENT');
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
