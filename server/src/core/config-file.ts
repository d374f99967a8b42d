/**
 * Reading a `.minutesrc.json`: its name and how its text becomes a checked
 * partial configuration. The CLI (cli/config-files.ts) and the language
 * server (lsp/config-file.ts) both read the file with this, so a document
 * lints the same in the editor and in CI. Finding the file and reading it
 * from disk is theirs: this module only gets the text, and so stays pure.
 */
import { validateConfig, type MinutesConfig } from './config';
import { RULE_IDS } from './validate/registry';

/** The configuration file's name, searched upward from each document's folder. */
export const CONFIG_FILE = '.minutesrc.json';

/** A configuration file that is not valid JSON or not a valid configuration; the message names the file and, where known, line:column. */
export class ConfigFileError extends Error {
  override readonly name = 'ConfigFileError';
}

/**
 * Parses and checks the text of a configuration file (a leading byte order
 * mark is allowed). `shown` is how the file is named in the message of the
 * ConfigFileError thrown for invalid JSON or an invalid configuration, e.g.
 * `.minutesrc.json:3:5: unknown rule "action-overdu" in "rules"`; only the
 * first problem is named, with how many more there are.
 */
export function parseConfigText(source: string, shown: string): Partial<MinutesConfig> {
  const text = source.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? `:${lineColumn(text, Number(at[1]))}` : '';
    // The white space before the bracket is taken from the start of its run only: \s* rescanned a long run from each of its characters (quadratic).
    throw new ConfigFileError(`${shown}${where}: invalid JSON: ${message.replace(/(?:(?<!\s)\s+)?\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '')}`);
  }
  const { config, problems } = validateConfig(json, RULE_IDS);
  if (problems.length > 0) {
    // The problem names its key in quotes; its first occurrence in the text is where to look.
    const key = /"([^"]+)"/.exec(problems[0]);
    const offset = key ? text.indexOf(JSON.stringify(key[1])) : -1;
    const where = offset >= 0 ? `:${lineColumn(text, offset)}` : '';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new ConfigFileError(`${shown}${where}: ${problems[0]}${more}`);
  }
  return config;
}

/** The 1-based `line:column` of an offset, as editors and compilers print it. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `${line}:${column}`;
}
