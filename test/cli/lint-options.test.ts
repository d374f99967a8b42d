/**
 * `minutes lint` options and exit codes: 0 without errors (warnings allowed),
 * 1 with errors or more warnings than --max-warnings, 2 on usage,
 * configuration and IO problems, each reported as one line on standard error
 * naming the file (and line:column where there is one), never a stack trace.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../package.json';
import { cleanup, ensureBuilt, parseJson, runCli, tempTree, type CliRun } from '../helpers/cli';
import { CLEAN_MINUTES, FAULTY_MINUTES, WARNING_MINUTES } from '../helpers/documents';

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string; severity: string }>; errorCount: number; warningCount: number }>;

/** Exit 2 with exactly one line on standard error that matches `message`. */
function expectUsageError(r: CliRun, message: RegExp): void {
  assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
  assert.match(r.stderr, /^minutes: [^\n]+\n$/, 'one line on standard error');
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /\bat .*:\d+:\d+\)?$/m, 'no stack trace');
}

describe('minutes lint: options and exit codes', function () {
  this.timeout(30000);
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => (dir = tempTree({ 'clean.minutes': CLEAN_MINUTES, 'faulty.minutes': FAULTY_MINUTES, 'warnings.minutes': WARNING_MINUTES })));
  afterEach(() => cleanup(dir));
  const lint = (...args: string[]): CliRun => runCli(['lint', ...args], { cwd: dir });

  describe('exit codes', () => {
    it('0 when there are no problems', () => {
      const r = lint('clean.minutes');
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '✔ 1 file checked, no problems\n');
    });

    it('0 with warnings only', () => assert.equal(lint('warnings.minutes').code, 0));

    it('1 with an error', () => assert.equal(lint('clean.minutes', 'faulty.minutes').code, 1));

    it('--max-warnings N: 1 only when there are more than N warnings', () => {
      assert.equal(lint('warnings.minutes', '--max-warnings', '2').code, 0);
      const r = lint('warnings.minutes', '--max-warnings', '1');
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'minutes: 2 warnings, more than --max-warnings 1\n');
      assert.equal(lint('clean.minutes', '--max-warnings=0').code, 0);
    });

    it('--max-warnings needs a whole number', () => {
      expectUsageError(lint('clean.minutes', '--max-warnings', 'many'), /--max-warnings must be a whole number of 0 or more, got "many"/);
      expectUsageError(lint('clean.minutes', '--max-warnings', '-1'), /--max-warnings must be a whole number/);
    });
  });

  describe('usage problems (exit 2)', () => {
    it('an unknown option', () => expectUsageError(lint('--frobnicate'), /unknown option "--frobnicate" for minutes lint/));
    it('an unknown format', () => expectUsageError(lint('-f', 'xml'), /--format must be one of stylish, json, sarif, github, got "xml"/));
    it('an option without its value', () => expectUsageError(lint('--format'), /option --format needs a value/));
    it('a value given to a switch', () => expectUsageError(lint('--quiet=yes'), /option --quiet takes no value/));
    it('--fix with --fix-dry-run', () => expectUsageError(lint('--fix', '--fix-dry-run'), /--fix and --fix-dry-run cannot be combined/));
    it('--fix on standard input', () => expectUsageError(lint('-', '--fix'), /--fix cannot write back to standard input/));
    it('standard input mixed with files', () => expectUsageError(lint('-', 'clean.minutes'), /cannot be combined with file paths/));
    it('--stdin-filename without --stdin', () => expectUsageError(lint('--stdin-filename', 'x.minutes'), /--stdin-filename needs --stdin/));
    it('an unknown command', () => expectUsageError(runCli(['check']), /unknown command "check"; the commands are lint, export, import, actions, decisions, attendance and new/));
    it('no command', () => expectUsageError(runCli([]), /no command given/));
  });

  describe('file problems (exit 2, naming the file)', () => {
    it('a missing file', () => expectUsageError(lint('nope.minutes'), /^minutes: nope\.minutes: no such file or directory\n$/));

    it('a path through a file', () => expectUsageError(lint('clean.minutes/x.minutes'), /clean\.minutes\/x\.minutes: a part of the path is not a directory/));

    it('an unreadable file', () => {
      fs.chmodSync(path.join(dir, 'clean.minutes'), 0o000);
      fs.chmodSync(dir, 0o755);
      // Root reads anything, so the CLI runs as an unprivileged user when the tests run as root.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const r = runCli(['lint', 'clean.minutes'], { cwd: dir, ...asUser });
      expectUsageError(r, /^minutes: clean\.minutes: cannot read the file: permission denied\n$/);
    });

    it('a binary file, while the other files are still reported', () => {
      fs.writeFileSync(path.join(dir, 'scan.minutes'), Buffer.from('---\ncom\u0000mittee', 'latin1'));
      const r = lint('-f', 'json', '.');
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'minutes: scan.minutes:2:4: binary file (a NUL byte), not a minutes text file\n');
      assert.deepEqual(parseJson<Report>(r.stdout).map((x) => x.filePath), ['clean.minutes', 'faulty.minutes', 'warnings.minutes']);
    });

    it('a file that is not UTF-8 (Windows-1252 £ and curly quotes)', () => {
      const text = Buffer.concat([Buffer.from(CLEAN_MINUTES), Buffer.from('Costs were \u00a3120, the \u201cbest\u201d quote.\n', 'latin1')]);
      fs.writeFileSync(path.join(dir, 'latin.minutes'), text);
      expectUsageError(lint('latin.minutes'), /^minutes: latin\.minutes:15:12: invalid UTF-8 \(byte 0xa3\); save the file as UTF-8\n$/);
    });

    it('a truncated UTF-8 sequence at the end of the file', () => {
      fs.writeFileSync(path.join(dir, 'cut.minutes'), Buffer.concat([Buffer.from('---\nx — y'), Buffer.from([0xe2, 0x80])]));
      expectUsageError(lint('cut.minutes'), /^minutes: cut\.minutes:2:6: invalid UTF-8 \(byte 0xe2\)/);
    });
  });

  describe('configuration', () => {
    it('finds the nearest .minutesrc.json upward from each file', () => {
      fs.mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
      fs.writeFileSync(path.join(dir, '.minutesrc.json'), '{ "rules": { "keyword-form": "error" } }');
      fs.writeFileSync(path.join(dir, 'sub', '.minutesrc.json'), '{ "rules": { "person-unknown": "off" } }');
      fs.copyFileSync(path.join(dir, 'faulty.minutes'), path.join(dir, 'sub', 'deeper', 'faulty.minutes'));
      const report = parseJson<Report>(lint('-f', 'json', 'faulty.minutes', 'sub').stdout);
      const byFile = Object.fromEntries(report.map((r) => [r.filePath, r.messages.map((m) => `${m.ruleId}:${m.severity}`)]));
      assert.deepEqual(byFile, {
        'faulty.minutes': ['person-unknown:error', 'keyword-form:error'],
        'sub/deeper/faulty.minutes': ['keyword-form:warning'],
      });
    });

    it('--config FILE replaces the discovered configuration', () => {
      fs.writeFileSync(path.join(dir, '.minutesrc.json'), '{ "rules": { "keyword-form": "error" } }');
      fs.writeFileSync(path.join(dir, 'ci.json'), '{ "rules": { "person-unknown": "warning" } }');
      const [r] = parseJson<Report>(lint('-f', 'json', 'faulty.minutes', '--config', 'ci.json').stdout);
      assert.deepEqual(r.messages.map((m) => `${m.ruleId}:${m.severity}`), ['person-unknown:warning', 'keyword-form:warning']);
    });

    it('--rule id=severity (repeatable) is laid over the configuration file', () => {
      fs.writeFileSync(path.join(dir, '.minutesrc.json'), '{ "rules": { "keyword-form": "error" } }');
      const r = lint('-f', 'json', 'faulty.minutes', '--rule', 'person-unknown=off', '--rule=keyword-form=info');
      assert.equal(r.code, 0);
      assert.deepEqual(parseJson<Report>(r.stdout)[0].messages.map((m) => `${m.ruleId}:${m.severity}`), ['keyword-form:info']);
    });

    it('--rule with an unknown rule or severity', () => {
      expectUsageError(lint('--rule', 'no-such-rule=off'), /--rule: unknown rule "no-such-rule"/);
      expectUsageError(lint('--rule', 'keyword-form=loud'), /--rule keyword-form: severity must be off, info, warning or error, got "loud"/);
      expectUsageError(lint('--rule', 'keyword-form'), /--rule expects id=off\|info\|warning\|error, got "keyword-form"/);
    });

    it('a missing --config file', () => expectUsageError(lint('--config', 'nope.json'), /^minutes: nope\.json: cannot read the configuration: no such file or directory\n$/));

    it('a configuration that is not JSON: file and line:column', () => {
      fs.writeFileSync(path.join(dir, '.minutesrc.json'), '{\n  "rules": {\n    "keyword-form": "off",\n  }\n}\n');
      expectUsageError(lint('clean.minutes'), /^minutes: \.minutesrc\.json:4:3: invalid JSON: /);
    });

    it('a configuration with an unknown rule: file and line:column of the key', () => {
      fs.writeFileSync(path.join(dir, '.minutesrc.json'), '{\n  "rules": {\n    "keyword-froms": "off"\n  }\n}\n');
      expectUsageError(lint('clean.minutes'), /^minutes: \.minutesrc\.json:3:5: unknown rule "keyword-froms" in "rules"\n$/);
    });

    it('a configuration with a bad value', () => {
      fs.writeFileSync(path.join(dir, '.minutesrc.json'), '{ "today": "tomorrow" }');
      expectUsageError(lint('clean.minutes'), /^minutes: \.minutesrc\.json:1:3: "today" must be a date YYYY-MM-DD\n$/);
    });

    it('--print-config FILE prints the resolved configuration for that file', () => {
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', '.minutesrc.json'), '{ "riskMatrix": "1-5 x 1-5", "rules": { "action-overdue": "off" } }');
      const r = lint('--print-config', 'sub/any.minutes', '--rule', 'keyword-form=error');
      assert.equal(r.code, 0);
      const config = parseJson<{ riskMatrix: string; today: string; rules: Record<string, string> }>(r.stdout);
      assert.equal(config.riskMatrix, '1-5 x 1-5');
      assert.equal(config.today, '');
      assert.equal(config.rules['action-overdue'], 'off');
      assert.equal(config.rules['keyword-form'], 'error');
      assert.equal(config.rules['syntax-error'], 'error');
      assert.equal(config.rules['item-numbering'], 'warning');
      const defaults = parseJson<{ rules: Record<string, string> }>(lint('--print-config', 'clean.minutes').stdout);
      assert.equal(defaults.rules['keyword-form'], 'warning');
    });
  });

  it('--quiet reports errors only, and the exit code still follows the errors', () => {
    const r = lint('-f', 'json', '--quiet', 'faulty.minutes', 'warnings.minutes');
    assert.equal(r.code, 1);
    assert.deepEqual(parseJson<Report>(r.stdout).map((x) => [x.filePath, x.messages.map((m) => m.ruleId), x.errorCount, x.warningCount]), [
      ['faulty.minutes', ['person-unknown'], 1, 0],
      ['warnings.minutes', [], 0, 0],
    ]);
    assert.equal(lint('--quiet', 'warnings.minutes').stdout, '✔ 1 file checked, no problems\n');
  });

  it('--quiet still counts warnings for --max-warnings', () => {
    assert.equal(lint('--quiet', 'warnings.minutes', '--max-warnings', '0').code, 1);
  });

  it('--help prints the usage of each command; --version the package version', () => {
    for (const args of [['--help'], ['-h'], ['help']]) assert.match(runCli(args).stdout, /^minutes \d+\.\d+\.\d+: lint and export/);
    const lintHelp = runCli(['lint', '--help']);
    assert.equal(lintHelp.code, 0);
    for (const flag of ['--format', '--output', '--max-warnings', '--fix', '--fix-dry-run', '--config', '--rule', '--print-config', '--quiet', '--stdin', '--stdin-filename', '--no-ignore', '--ignore-path']) {
      assert.ok(lintHelp.stdout.includes(flag), `lint --help lists ${flag}`);
    }
    const exportHelp = runCli(['export', '--help']).stdout;
    for (const flag of ['--to', '--output', '--include-exempt', '--chromium']) assert.ok(exportHelp.includes(flag), `export --help lists ${flag}`);
    assert.equal(runCli(['--version']).stdout, `${version}\n`);
  });
});
