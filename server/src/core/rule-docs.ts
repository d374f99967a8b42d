/**
 * Where each rule is documented. The README's rules table gives every rule
 * an anchor `rule-<id>`; the server's diagnostics (`codeDescription.href`),
 * hover and the CLI's SARIF `helpUri` all link there through this one
 * builder, so the three never disagree.
 */

/** The project's home page; the README is its documentation. */
export const DOCS_HOME = 'https://github.com/minutes-tools/minutes-language';

/** The URL of a rule's documentation: the README anchor `#rule-<id>`. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_HOME}#rule-${ruleId}`;
}
