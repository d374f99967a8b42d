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
import type { SeriesView } from './series-view';

/** A text replacement, in offsets of the analysed text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * An edit to another file of the series, named as its summary names it
 * (`FileSummary.file`), at 0-based line and UTF-16 column positions of the
 * text the summary was made from. The consumer that holds that text turns
 * them into offsets and refuses the edit when the file changed meanwhile.
 */
export interface FileEdit {
  readonly file: string;
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
  readonly newText: string;
}

/**
 * A safe, mechanical fix: applying it never loses a word the clerk wrote.
 * `edits` change the analysed text; `fileEdits`, offered by the cross-file
 * rules, change other files of the series (minutes-approval edits the
 * approved file's header). A fix with only `fileEdits` changes nothing in
 * the file it is reported on.
 */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly fileEdits?: readonly FileEdit[];
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
  /**
   * This report's default severity, for a rule whose findings differ in
   * weight (citation-unknown: a meeting outside the folder is an info, a
   * minute missing from a meeting that is there a warning). A severity set
   * for the rule in the configuration applies to all of its reports.
   */
  readonly severity?: Severity;
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

/** What a cross-file check sees: the document, and the series it belongs to. */
export interface SeriesRuleContext extends RuleContext {
  readonly series: SeriesView;
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
  /**
   * The rule's cross-file checks (docs/language.md, the series), run only
   * when the caller knows the file's series (`checkSeries` in core/index.ts):
   * the CLI over the files it reads. Without a series they do not run, and
   * single-file analysis is as it was.
   */
  checkSeries?(ctx: SeriesRuleContext): void;
  /**
   * Whether checkSeries could report anything on the file, answered from
   * the series view alone (no analysis). False lets a caller holding
   * thousands of files skip analysing a file again for the series pass;
   * true when in doubt. Without it, the caller assumes it could.
   */
  seriesMayReport?(view: SeriesView): boolean;
  /**
   * Whether one of this rule's own findings on the file alone is shown by
   * the series not to be a problem (action-due's "due before the meeting"
   * on a line that reports on an earlier meeting's action). Answered from
   * the view and the finding's 0-based line and message, so that a caller
   * can apply it to a report without analysing the file again.
   */
  seriesWithdraws?(view: SeriesView, finding: SeriesFinding): boolean;
}

/** A finding as seriesWithdraws sees it: the file's own, at a 0-based line. */
export interface SeriesFinding {
  readonly line: number;
  readonly message: string;
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
