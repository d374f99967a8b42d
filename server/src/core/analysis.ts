/**
 * The Analysis: everything the core knows about one document, made once by
 * `analyze` (core/index.ts) and read by every feature, rule consumer and
 * export. It lives in a module of its own, with types only, so that the
 * feature and export modules can name it without importing the façade that
 * imports them (core/index.ts re-exports the exports, so an export module
 * importing core/index.ts would close a circle).
 */
import type { MinutesConfig } from './config';
import type { HandleReference } from './model/references';
import type { MinutesModel } from './model/types';
import type { DocumentNode, SyntaxProblem } from './syntax/ast';
import type { LineIndex } from './text/line-index';
import type { MinutesDiagnostic } from './validate/rule';

/** One analysed document: its text, tree, model, side tables and diagnostics. */
export interface Analysis {
  /** The text as read (a lone "\r" read as "\n"); every offset and span points into it. */
  readonly text: string;
  /** Offsets to 0-based line/character positions and back (UTF-16 columns). */
  readonly lines: LineIndex;
  /** The syntax tree: plain readonly data with spans, no semantics. */
  readonly ast: DocumentNode;
  /** The document model, as the JSON export prints it (docs/json-model.md). */
  readonly model: MinutesModel;
  /** Every @handle in the document, declarations and mentions, in text order. */
  readonly references: readonly HandleReference[];
  /** What the parser could not read; the syntax-error rule reports these. */
  readonly syntaxProblems: readonly SyntaxProblem[];
  /** The rules' findings, at the severities the configuration gives. */
  readonly diagnostics: readonly MinutesDiagnostic[];
  /** The configuration the document was analysed with, defaults filled in. */
  readonly config: MinutesConfig;
}
