/**
 * The core façade: `analyze(text, config)` runs the whole pipeline once
 * (parse -> tree -> model + references -> rules) and returns an Analysis that
 * every consumer reads: the language server per (uri, version), the CLI per
 * file, the preview and the exports. Nothing here touches files, processes or
 * editors. With it: the configuration, the rules, the exports and the
 * preview's body. The editor features (outline, completion, hover, ...) are
 * behind the other façade, core/features/index.ts; a consumer of the core
 * imports these two modules and nothing behind them.
 */
import type { Analysis } from './analysis';
import { resolveConfig, type MinutesConfig } from './config';
import { buildModel } from './model/build';
import { collectReferences } from './model/references';
import { parse } from './syntax/parse';
import { LineIndex } from './text/line-index';
import { runRules } from './validate/run';

/**
 * Analyses one document. Never throws on any input text. Given the analysis
 * of an earlier version of the same document (`previous`, e.g. before a
 * keystroke), the parser reuses the parts of its tree that did not change;
 * the result is the same as without it, only sooner.
 *
 * A lone "\r" (not followed by "\n") ends a line, as it does in editors and
 * in LSP positions, which count "\n", "\r\n" and "\r" as line breaks: it
 * is read as "\n", which has the same length, so every offset and span still
 * points into the given text; `Analysis.text` is the text as read.
 */
export function analyze(source: string, config?: Partial<MinutesConfig> | null, previous?: Analysis | null): Analysis {
  const text = LONE_CR.test(source) ? source.replace(LONE_CR_ALL, '\n') : source;
  const resolved = resolveConfig(config);
  const lines = new LineIndex(text);
  const { ast, problems } = parse(text, previous?.ast);
  const model = buildModel(ast, lines);
  const references = collectReferences(ast, text);
  const base = { text, lines, ast, model, references, syntaxProblems: problems, config: resolved };
  const diagnostics = runRules(base, resolved);
  return { ...base, diagnostics };
}

const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

export type { Analysis } from './analysis';
export { parse } from './syntax/parse';
export { LineIndex } from './text/line-index';
export type { Position } from './text/line-index';
export { DEFAULT_CONFIG, resolveConfig, validateConfig } from './config';
export type { MinutesConfig, Severity, SeveritySetting, RiskBand, RiskScaleNames } from './config';
export { CONFIG_FILE, ConfigFileError, parseConfigText } from './config-file';
export { RULES, RULE_IDS, ruleById } from './validate/registry';
export type { Fix, FileEdit, MinutesDiagnostic, Rule, TextEdit } from './validate/rule';
export { checkSeries, seriesMayReport, withdrawnBySeries } from './validate/series-check';
export { applyFileEdits } from './validate/apply-file-edits';
export { seriesViewOf, type SeriesView } from './validate/series-view';
export { applyFixes } from './validate/apply-fixes';
export { DOCS_HOME, ruleDocsUrl } from './rule-docs';
export type { FixResult } from './validate/apply-fixes';
export type * from './model/types';
export type * from './syntax/ast';
export type { HandleReference } from './model/references';
export { exportDocument, EXPORT_FORMATS, renderHtml, renderPreview, renderMarkdown, renderJson, renderDocx, withholdExempt } from './export';
export type { ExportFormat, ExportOptions, ExportResult, HtmlOptions, PreviewDiagnostic, PreviewOptions, ExportModel, ExportItem, WithheldItemModel } from './export';
