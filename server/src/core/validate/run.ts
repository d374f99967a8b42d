/**
 * Runs every enabled rule over one analysed document and returns the
 * diagnostics in source order, after severities from the configuration and
 * inline disable comments are applied.
 */
import type { MinutesConfig } from '../config';
import { readSuppressions } from './disable-comments';
import { RULES } from './registry';
import type { MinutesDiagnostic, RuleContext, RuleReport } from './rule';

export function runRules(base: Omit<RuleContext, 'report'>, config: MinutesConfig): MinutesDiagnostic[] {
  const out: MinutesDiagnostic[] = [];
  const suppressions = readSuppressions(base.ast.comments, base.lines);
  for (const rule of RULES) {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const report = (r: RuleReport): void => {
      if (suppressions.isSuppressed(rule.id, base.lines.lineAt(r.span.start))) return;
      out.push({ ruleId: rule.id, severity: setting, message: r.message, start: r.span.start, end: r.span.end, fix: r.fix, related: r.related, data: r.data });
    };
    try {
      rule.check({ ...base, report });
    } catch (err) {
      // One broken rule must not hide the others' findings; say where it broke.
      out.push({ ruleId: rule.id, severity: 'error', message: `Internal error in rule ${rule.id}: ${(err as Error).message}`, start: 0, end: 0 });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
