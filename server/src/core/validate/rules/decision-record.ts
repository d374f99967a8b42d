/**
 * decision-record (warning)
 *
 * Under `executive: yes` (a cabinet, an executive member's decision
 * session), an item with a RESOLVED that does not record the reasons for
 * the decision and the alternatives considered and rejected
 * (docs/language.md#executive-decisions). Regulation 12 of the Local
 * Authorities (Executive Arrangements) (Meetings and Access to
 * Information) (England) Regulations 2012 requires both in the record of
 * every executive decision; a decision published without them can be
 * called in or challenged for that alone.
 *
 * Each item with a RESOLVED needs a `REASONS:` block and an
 * `ALTERNATIVES:` block with text; `ALTERNATIVES: none` says that none
 * were considered and is enough. A sub-item is covered by the REASONS and
 * ALTERNATIVES of the item it sits under (one set for `# 5 Budget` and
 * its resolved `## 5.1 Revenue`, `## 5.2 Capital`). Without
 * `executive: yes` nothing is checked: a committee's resolutions need no
 * such record. Reported once per item, on its first RESOLVED keyword,
 * naming what is missing.
 *
 * Bad:  `executive: yes` / … / `RESOLVED: That the plan be approved.` (no REASONS or ALTERNATIVES)
 * Good: `executive: yes` / … / `RESOLVED: That the plan be approved.` / `REASONS: …` / `ALTERNATIVES: none`
 */
import type { Block, ItemNode, KeywordBlockNode } from '../../syntax/ast';
import { itemNumber } from '../../syntax/walk';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'decision-record',
  defaultSeverity: 'warning',
  description: 'An executive decision (`executive: yes`) records no REASONS or no ALTERNATIVES.',
  fixable: false,
  check(ctx) {
    if (ctx.model.meta.executive !== true) return;
    const walk = (items: readonly ItemNode[], reasons: boolean, alternatives: boolean): void => {
      for (const it of items) {
        const hasReasons = reasons || recorded(it.blocks, 'REASONS');
        const hasAlternatives = alternatives || recorded(it.blocks, 'ALTERNATIVES');
        const resolved = it.blocks.find((b): b is KeywordBlockNode => b.kind === 'keyword' && b.keyword === 'RESOLVED');
        if (resolved && (!hasReasons || !hasAlternatives)) {
          const name = itemNumber(it) ? `Item ${itemNumber(it)}` : `"${it.title.text}"`;
          const missing = [!hasReasons && 'REASONS', !hasAlternatives && 'ALTERNATIVES'].filter((k): k is string => !!k);
          const add = [
            !hasReasons && '`REASONS:` with the reasons for the decision',
            !hasAlternatives && '`ALTERNATIVES:` with the options considered and rejected (or `ALTERNATIVES: none`)',
          ].filter(Boolean);
          ctx.report({
            span: resolved.keywordText.span,
            message: `${name} is an executive decision and records no ${missing.join(' and no ')}: add ${add.join(' and ')} after the RESOLVED.`,
          });
        }
        walk(it.children, hasReasons, hasAlternatives);
      }
    };
    walk(ctx.ast.items, false, false);
  },
};

/** True when the blocks hold the keyword with some text: a bare `REASONS:` records nothing. */
function recorded(blocks: readonly Block[], keyword: 'REASONS' | 'ALTERNATIVES'): boolean {
  return blocks.some((b) => b.kind === 'keyword' && b.keyword === keyword && (!!b.inline?.text.trim() || b.body.some((x) => x.kind !== 'comment')));
}
