// Reading a .minutesrc.json (server/src/core/config-file.ts), which the CLI and
// the language server share: the checked configuration, or a ConfigFileError
// naming the file and the line:column of what is wrong.
import * as assert from 'node:assert/strict';
import { CONFIG_FILE, ConfigFileError, parseConfigText } from '../../server/src/core/index';

const refusal = (text: string): string => {
  try {
    parseConfigText(text, 'minutes/.minutesrc.json');
  } catch (err) {
    assert.ok(err instanceof ConfigFileError, `a ConfigFileError, not ${String(err)}`);
    return err.message;
  }
  return assert.fail(`accepted ${text}`);
};

describe('config file', () => {
  it('is named .minutesrc.json', () => assert.equal(CONFIG_FILE, '.minutesrc.json'));

  it('reads a valid configuration, a byte order mark allowed', () => {
    const text = '\uFEFF{\n  "rules": { "action-overdue": "off" },\n  "riskMatrix": "1-5 x 1-5",\n  "today": "2024-03-01"\n}\n';
    assert.deepEqual(parseConfigText(text, CONFIG_FILE), { rules: { 'action-overdue': 'off' }, riskMatrix: '1-5 x 1-5', today: '2024-03-01' });
  });

  it('names the line and column of invalid JSON', () => {
    assert.match(refusal('{\n  "rules": {\n    "keyword-form": "off",\n  }\n}\n'), /^minutes\/\.minutesrc\.json:4:3: invalid JSON: /);
  });

  it('names the line and column of an unknown rule, and counts the other problems', () => {
    assert.equal(refusal('{\n  "rules": {\n    "keyword-froms": "off"\n  },\n  "colour": 1\n}'), 'minutes/.minutesrc.json:5:3: unknown key "colour" (and 1 more)');
    assert.equal(refusal('{ "rules": { "keyword-froms": "off" } }'), 'minutes/.minutesrc.json:1:14: unknown rule "keyword-froms" in "rules"');
  });

  it('refuses a document that is not an object', () => {
    assert.equal(refusal('[]'), 'minutes/.minutesrc.json: the configuration must be a JSON object');
  });
});
