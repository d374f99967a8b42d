/**
 * person-duplicate (error)
 *
 * A handle declared more than once in PEOPLE
 * (docs/language.md#declaring-people-people). Every use of
 * the handle would print the first declaration's name, so the second is
 * either a copy to delete or a different person who needs a handle of their
 * own. Reported at each later declaration, with related information
 * pointing at the first.
 *
 * Bad:  `@patel  Jo Patel — Democratic Services` / `@patel  Councillor Raj Patel`
 * Good: `@patel  Jo Patel — Democratic Services` / `@rpatel  Councillor Raj Patel`
 */
import type { Span } from '../../syntax/ast';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'person-duplicate',
  defaultSeverity: 'error',
  description: 'A handle declared twice in PEOPLE.',
  fixable: false,
  check(ctx) {
    const first = new Map<string, Span>();
    for (const ref of ctx.references) {
      if (!ref.declaration) continue;
      const earlier = first.get(ref.handle);
      if (!earlier) {
        first.set(ref.handle, ref.span);
        continue;
      }
      ctx.report({
        span: ref.span,
        message: `@${ref.handle} is already declared in PEOPLE: remove this line, or give this person a different handle.`,
        related: [{ message: `First declaration of @${ref.handle}`, span: earlier }],
      });
    }
  },
};
