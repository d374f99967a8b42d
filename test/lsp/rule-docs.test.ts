/**
 * Every diagnostic links to its rule's documentation: the README anchor
 * `#rule-<id>`. The server's codeDescription, hover and the CLI's SARIF
 * helpUri must give the same URL, and the anchor must exist.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../../server/src/core/index';
import { DOCS_HOME, ruleDocsUrl } from '../../server/src/core/rule-docs';

describe('rule documentation links', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const repository = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')).repository.url as string;

  it('points at the repository the package names', () => {
    assert.equal(`${DOCS_HOME}.git`, repository);
  });

  for (const id of RULE_IDS) {
    it(`links ${id} to its README anchor`, () => {
      assert.equal(ruleDocsUrl(id), `https://github.com/minutes-tools/minutes-language#rule-${id}`);
      assert.ok(readme.includes(`<a id="rule-${id}"></a>`), `README.md has no anchor rule-${id}`);
    });
  }
});
