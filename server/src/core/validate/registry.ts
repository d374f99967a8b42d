/**
 * The explicit list of rules. A rule that is not listed here does not run;
 * the tidy test checks that every file in rules/ is listed, documented in the
 * README and has fixtures.
 */
import type { Rule } from './rule';
import { rule as syntaxError } from './rules/syntax-error';

export const RULES: readonly Rule[] = [syntaxError];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
