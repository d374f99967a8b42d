/**
 * syntax-error (error)
 *
 * A line the grammar cannot place at all: a header that is never closed with
 * `---`, a header line that is not `key: value`, a PEOPLE line that does not
 * start with an @handle, a declaration that is not `@person (item N): text`.
 * Values that are merely wrong (a date that does not exist, an exempt
 * paragraph 9) are not syntax errors: their own rules report them.
 *
 * Bad:  `---` / `committee: Executive` / `# 1. Apologies` (no closing `---`)
 * Good: `---` / `committee: Executive` / `---` / `# 1. Apologies`
 */
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'syntax-error',
  defaultSeverity: 'error',
  description: 'A line the grammar cannot place (an unclosed header, a header line that is not `key: value`, a PEOPLE line without a handle).',
  fixable: false,
  check(ctx) {
    for (const p of ctx.syntaxProblems) ctx.report({ span: p.span, message: p.message });
  },
};
