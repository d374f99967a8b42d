/**
 * Every diagnostic links to its rule's documentation: the rule's page,
 * docs/rules/<id>.md, on the repository's default branch. The server's
 * codeDescription, hover and the CLI's SARIF helpUri must give the same URL,
 * and the page must exist in the repository (tidy-rule-pages.test.ts checks
 * that it is up to date).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../../server/src/core/index';
import { DOCS_HOME, ruleDocsUrl } from '../../server/src/core/rule-docs';
import { ROOT } from '../helpers/root';


describe('rule documentation links', () => {
  const repository = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).repository.url as string;

  it('points at the repository the package names', () => {
    assert.equal(`${DOCS_HOME}.git`, repository);
  });

  for (const id of RULE_IDS) {
    it(`links ${id} to its page in docs/rules`, () => {
      assert.equal(ruleDocsUrl(id), `https://github.com/minutes-tools/minutes-language/blob/main/docs/rules/${id}.md`);
      const page = path.join(ROOT, 'docs/rules', `${id}.md`);
      assert.ok(fs.existsSync(page), `docs/rules/${id}.md does not exist: run npm run docs:rules`);
      assert.match(fs.readFileSync(page, 'utf8'), new RegExp(`^# ${id}$`, 'm'), `docs/rules/${id}.md is not the page of ${id}`);
    });
  }
});
