/**
 * person-unknown (error)
 *
 * An @handle used anywhere (attendance, arrivals and departures,
 * declarations, movers and seconders, the names of a recorded vote, text,
 * ACTION owners, headings) that no `PEOPLE:` line declares
 * (docs/language.md#declaring-people-people). Exports print
 * a handle as its display name, so an undeclared one would print as a bare
 * `@handle`; it is usually a typo. The report carries `data.handle` for the
 * server's "declare @handle in PEOPLE" code action, and names a declared
 * handle one or two letters away when there is exactly one. An `@` inside
 * an email address is not a handle.
 *
 * Bad:  `PEOPLE:` / `@okafor  Councillor Grace Okafor` / … / `PRESENT: @okafer`
 * Good: `PEOPLE:` / `@okafor  Councillor Grace Okafor` / … / `PRESENT: @okafor`
 */
import type { Rule } from '../rule';
import { distance } from './header-unknown-key';

export const rule: Rule = {
  id: 'person-unknown',
  defaultSeverity: 'error',
  description: 'An @handle that is not declared in PEOPLE.',
  fixable: false,
  check(ctx) {
    const declared = [...new Set(ctx.references.filter((r) => r.declaration).map((r) => r.handle))];
    for (const ref of ctx.references) {
      if (ref.declaration || declared.includes(ref.handle)) continue;
      const near = declared.filter((h) => distance(h, ref.handle) <= Math.min(2, Math.floor(ref.handle.length / 3)));
      const hint = near.length === 1 ? ` Did you mean @${near[0]}?` : '';
      ctx.report({
        span: ref.span,
        message: `@${ref.handle} is not declared in PEOPLE: add a line \`@${ref.handle}  Name — Role\` there, or correct the handle.${hint}`,
        data: { handle: ref.handle },
      });
    }
  },
};
