/**
 * What a validation rule is. One rule per file under rules/, its id the file
 * name, its header comment its documentation. A rule reads the tree, the model
 * and the side tables, and reports problems with offsets; it never formats
 * positions or knows about LSP.
 */
import type { MinutesConfig, Severity } from '../config';
import type { HandleReference } from '../model/references';
import type { MinutesModel } from '../model/types';
import type { DocumentNode, Span, SyntaxProblem } from '../syntax/ast';
import type { LineIndex } from '../text/line-index';

/** A text replacement, in offsets of the analysed text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** A safe, mechanical fix: applying it never loses a word the clerk wrote. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedInfo {
  readonly message: string;
  readonly span: Span;
}

/** What a rule reports; the runner adds the rule id and the severity. */
export interface RuleReport {
  readonly span: Span;
  readonly message: string;
  readonly fix?: Fix;
  readonly related?: readonly RelatedInfo[];
  /** Extra data for code actions (e.g. the handle to declare). */
  readonly data?: Readonly<Record<string, string>>;
}

export interface RuleContext {
  readonly text: string;
  readonly lines: LineIndex;
  readonly ast: DocumentNode;
  readonly model: MinutesModel;
  readonly references: readonly HandleReference[];
  readonly syntaxProblems: readonly SyntaxProblem[];
  readonly config: MinutesConfig;
  report(report: RuleReport): void;
}

export interface Rule {
  /** Kebab-case, public API: configs, inline comments and CI depend on it. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence for the README table and hover. */
  readonly description: string;
  /** True when the rule offers a fix that `--fix` and fix-all may apply. */
  readonly fixable: boolean;
  check(ctx: RuleContext): void;
}

/** A diagnostic as the core hands it out. */
export interface MinutesDiagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly fix?: Fix;
  readonly related?: readonly RelatedInfo[];
  readonly data?: Readonly<Record<string, string>>;
}
