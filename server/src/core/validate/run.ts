/**
 * Runs every enabled rule over one analysed document and returns the
 * diagnostics in source order, after severities from the configuration and
 * inline disable comments are applied. The cross-file checks run in a
 * second pass of their own (`runSeriesRules`), when the caller has built the
 * series, so that single-file analysis never waits for, or depends on, the
 * other files.
 */
import type { MinutesConfig } from '../config';
import { readSuppressions } from './disable-comments';
import { RULES } from './registry';
import type { MinutesDiagnostic, Rule, RuleContext, RuleReport, SeriesRuleContext } from './rule';
import type { SeriesView } from './series-view';

export function runRules(base: Omit<RuleContext, 'report'>, config: MinutesConfig): MinutesDiagnostic[] {
  return run(base, config, RULES, (rule, ctx) => rule.check(ctx));
}

/** The cross-file checks of the rules that have them, over a document and its series. */
export function runSeriesRules(base: Omit<RuleContext, 'report'>, config: MinutesConfig, series: SeriesView): MinutesDiagnostic[] {
  const rules = RULES.filter((r) => r.checkSeries);
  return run(base, config, rules, (rule, ctx) => rule.checkSeries!({ ...ctx, series } satisfies SeriesRuleContext));
}

function run(base: Omit<RuleContext, 'report'>, config: MinutesConfig, rules: readonly Rule[], check: (rule: Rule, ctx: RuleContext) => void): MinutesDiagnostic[] {
  const out: MinutesDiagnostic[] = [];
  const suppressions = readSuppressions(base.ast.comments, base.lines);
  for (const rule of rules) {
    const configured = config.rules[rule.id];
    const setting = configured ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const report = (r: RuleReport): void => {
      if (suppressions.isSuppressed(rule.id, base.lines.lineAt(r.span.start))) return;
      // A report's own severity is its default; a severity the configuration names wins.
      const severity = configured ?? r.severity ?? setting;
      if (severity === 'off') return;
      out.push({ ruleId: rule.id, severity, message: r.message, start: r.span.start, end: r.span.end, fix: r.fix, related: r.related, data: r.data });
    };
    try {
      check(rule, { ...base, report });
    } catch (err) {
      // One broken rule must not hide the others' findings; say where it broke.
      out.push({ ruleId: rule.id, severity: 'error', message: `Internal error in rule ${rule.id}: ${(err as Error).message}`, start: 0, end: 0 });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
