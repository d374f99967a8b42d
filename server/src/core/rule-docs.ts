/**
 * Where each rule is documented: its own page, docs/rules/<id>.md, made from
 * the rule's header comment and fixtures by `npm run docs:rules`. The
 * server's diagnostics (`codeDescription.href`), hover and the CLI's SARIF
 * `helpUri` all link there through this one builder, so the three never
 * disagree.
 */

/** The project's home page: the repository that package.json names. */
export const DOCS_HOME = 'https://github.com/minutes-tools/minutes-language';

/** The folder of the rule pages in the repository. */
export const RULE_PAGES_PATH = 'docs/rules';

/** The URL of a rule's documentation page on the default branch. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_HOME}/blob/main/${RULE_PAGES_PATH}/${ruleId}.md`;
}
