/**
 * `--format json`: the results exactly as the public JSON shape fixes them,
 * an array with one entry per file, indented by two spaces.
 */
import type { Formatter } from './types';

export const formatJson: Formatter = (results) => `${JSON.stringify(results, null, 2)}\n`;
