/**
 * The fixture files of every rule: test/fixtures/rules/<rule-id>/bad.minutes
 * must trigger the rule and good.minutes must not. The folder name is the
 * rule id, so a folder for a rule that is not registered fails too. Which
 * rules have fixtures at all is the tidy test's concern.
 *
 * The fixtures are linted as the CLI would lint them with a `.minutesrc.json`
 * in their folder, when there is one. A cross-file rule's folder holds the
 * other meetings of the fixtures' series in `series/`: each fixture is
 * linted with them, as `minutes lint bad.minutes --series series` would. Without one, `today` is fixed at
 * 2021-12-01 so that no result depends on the day the tests run.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS, validateConfig, type MinutesConfig } from '../../../server/src/core/index';
import { ROOT } from '../../helpers/root';
import { read } from '../../helpers/fixtures';
import { diagnosticsOf } from '../../helpers/expect-diagnostics';
import { fixtureFindings } from '../../helpers/series';

const DIR = path.join(ROOT, 'test/fixtures/rules');
const folders = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => fs.statSync(path.join(DIR, f)).isDirectory()).sort() : [];

/** The folder's `.minutesrc.json` over a fixed `today`; a config with problems fails the test. */
function configOf(id: string): Partial<MinutesConfig> {
  const file = path.join(DIR, id, '.minutesrc.json');
  if (!fs.existsSync(file)) return { today: '2021-12-01' };
  const { config, problems } = validateConfig(JSON.parse(read(file)), RULE_IDS);
  assert.deepEqual(problems, [], `${id}/.minutesrc.json`);
  return { today: '2021-12-01', ...config };
}

describe('rule fixtures', () => {
  it('has fixture folders', () => assert.ok(folders.length > 0));

  for (const id of folders) {
    const findings = (name: string): string[] =>
      fs.existsSync(path.join(DIR, id, 'series'))
        ? fixtureFindings(path.join(DIR, id), name, id, configOf(id))
        : diagnosticsOf(read(path.join(DIR, id, name)), id, configOf(id)).map((d) => d.message);
    it(`${id}/bad.minutes triggers ${id}`, () => {
      assert.ok(findings('bad.minutes').length > 0, `${id}/bad.minutes gives no ${id} diagnostic`);
    });
    it(`${id}/good.minutes is clean for ${id}`, () => {
      assert.deepEqual(findings('good.minutes'), []);
    });
  }
});
