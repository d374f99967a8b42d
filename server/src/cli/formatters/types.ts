/**
 * What a report formatter is: the results of a run in, the text of the report
 * out. Formatters are pure functions of their inputs (no clock, no absolute
 * paths unless the results carry them), so their output can be kept as golden
 * files.
 */
import type { Rule } from '../../core/index';
import type { LintResult } from '../lint-result';

export interface FormatContext {
  /** ANSI colour on (stylish only). */
  readonly color: boolean;
  /** The text of a reported file (without a byte-order mark), for source excerpts. */
  readonly sourceOf: (filePath: string) => string | undefined;
  /** Every registered rule, for SARIF's rule table. */
  readonly rules: readonly Rule[];
  /** The CLI's version. */
  readonly version: string;
  /** Files that could not be linted (unreadable, binary, not UTF-8, changed on disk under --fix); named on standard error. */
  readonly unlinted?: number;
}

export type Formatter = (results: readonly LintResult[], ctx: FormatContext) => string;
