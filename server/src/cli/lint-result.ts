/**
 * The report shape every formatter reads, fixed as public API by the JSON
 * format: one entry per file with its messages in 1-based positions (column =
 * UTF-16 code unit + 1, end exclusive, as SARIF and ESLint count), sorted by
 * position, and the error and warning counts.
 */
import type { Analysis, MinutesDiagnostic, Severity } from '../core/index';

export interface LintMessage {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

export interface LintResult {
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Turns the core's diagnostics for one file into a report entry. */
export function toLintResult(filePath: string, analysis: Pick<Analysis, 'diagnostics' | 'lines'>): LintResult {
  const messages = analysis.diagnostics.map((d) => toMessage(d, analysis.lines)).sort(byPosition);
  return withCounts(filePath, messages);
}

/** A report entry with counts recomputed from its messages. */
export function withCounts(filePath: string, messages: readonly LintMessage[]): LintResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
  };
}

/** Keeps errors only (`--quiet`). */
export function errorsOnly(result: LintResult): LintResult {
  return withCounts(result.filePath, result.messages.filter((m) => m.severity === 'error'));
}

function toMessage(d: MinutesDiagnostic, lines: Analysis['lines']): LintMessage {
  const start = lines.positionAt(d.start);
  const end = lines.positionAt(Math.max(d.start, d.end));
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    message: d.message,
  };
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Totals over a report. */
export function totals(results: readonly LintResult[]): { errors: number; warnings: number; infos: number; files: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.messages.length - r.errorCount - r.warningCount;
  }
  return { errors, warnings, infos, files: results.length };
}
