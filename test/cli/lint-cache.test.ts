/**
 * `minutes lint --cache [--cache-location FILE]` on a temporary copy of the
 * series fixtures: a second run prints the same report from the cache (a
 * report planted in the cache shows it is read, not recomputed); a change
 * to one file makes the others of its series be checked again, so the
 * cross-file problems it causes or clears are reported; the configuration
 * and the location are part of it; a damaged cache is ignored.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanup, ensureBuilt, parseJson, runCli, tempTree } from '../helpers/cli';
import { ROOT } from '../helpers/root';

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }>;
interface CacheJson {
  entries: Record<string, { series?: { result: { messages: Array<Record<string, unknown>> } } }>;
}

const SERIES = path.join(ROOT, 'test/fixtures/series');

describe('minutes lint --cache', function () {
  this.timeout(60000);
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => (dir = tempTree(Object.fromEntries(fs.readdirSync(SERIES).map((f) => [f, fs.readFileSync(path.join(SERIES, f))])))));
  afterEach(() => cleanup(dir));
  const lint = (...args: string[]) => runCli(['lint', '-f', 'json', '.', ...args], { cwd: dir });
  const findings = (stdout: string, rule: string): string[] =>
    parseJson<Report>(stdout).flatMap((r) => r.messages.filter((m) => m.ruleId === rule).map((m) => `${r.filePath}:${m.line}`));

  it('gives the same report from the cache, read rather than recomputed', () => {
    const first = lint('--cache');
    assert.equal(first.code, 0, first.stderr);
    assert.ok(fs.existsSync(path.join(dir, '.minutescache')));
    assert.equal(lint('--cache').stdout, first.stdout);
    assert.equal(lint().stdout, first.stdout);
    // Plant a message in one file's cached report: an unchanged run prints it.
    const file = path.join(dir, '.minutescache');
    const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheJson;
    const key = Object.keys(cache.entries).find((k) => k.endsWith('audit-2023-10-17.minutes'))!;
    cache.entries[key].series!.result.messages.push({ ruleId: 'item-numbering', severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 2, message: 'planted' });
    fs.writeFileSync(file, JSON.stringify(cache));
    assert.match(lint('--cache').stdout, /"message": "planted"/);
    assert.doesNotMatch(lint().stdout, /planted/);
  });

  it('reports what a change to another file of the series causes or clears', () => {
    lint('--cache');
    const feb = path.join(dir, 'audit-2024-02-20.minutes');
    // February's insurance action marked done: March and April no longer need to report on it.
    fs.writeFileSync(feb, fs.readFileSync(feb, 'utf8').replace('for the Market Hall — due 2024-03-31\n', 'for the Market Hall — due 2024-03-31 — done\n'));
    assert.deepEqual(findings(lint('--cache').stdout, 'action-not-reported'), []);
    // And back: the unchanged March and April files are reported on again.
    fs.writeFileSync(feb, fs.readFileSync(path.join(SERIES, 'audit-2024-02-20.minutes')));
    assert.deepEqual(findings(lint('--cache').stdout, 'action-not-reported'), ['audit-2024-03-12.minutes:4', 'audit-2024-04-16.minutes:4']);
  });

  it('keys on the configuration, honours --cache-location, and ignores a damaged cache', () => {
    lint('--cache');
    const off = lint('--cache', '--rule', 'action-not-reported=off');
    assert.deepEqual(findings(off.stdout, 'action-not-reported'), []);
    const elsewhere = lint('--cache', '--cache-location', 'cache/lint.json');
    // A cache that cannot be written is said, and the run's result stands.
    assert.equal(elsewhere.code, 0);
    assert.match(elsewhere.stderr, /^minutes: --cache: .*cache\/lint\.json.*; the cache was not saved$/m);
    fs.mkdirSync(path.join(dir, 'cache'));
    assert.equal(lint('--cache', '--cache-location', 'cache').code, 0);
    assert.ok(fs.existsSync(path.join(dir, 'cache', '.minutescache')));
    fs.writeFileSync(path.join(dir, '.minutescache'), '{ not json');
    const damaged = lint('--cache');
    assert.equal(damaged.code, 0, damaged.stderr);
    assert.deepEqual(findings(damaged.stdout, 'action-not-reported'), ['audit-2024-03-12.minutes:4', 'audit-2024-04-16.minutes:4']);
    assert.equal(runCli(['lint', '--cache-location', 'x', '.'], { cwd: dir }).code, 2);
  });
});
