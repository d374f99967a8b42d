/**
 * The report formats by name, as `--format` accepts them.
 */
import type { LintFormat } from '../args';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import type { Formatter } from './types';

export const FORMATTERS: Readonly<Record<LintFormat, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

export type { FormatContext, Formatter } from './types';
