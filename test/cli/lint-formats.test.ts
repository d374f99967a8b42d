/**
 * The four report formats, each kept as a golden file (refresh with
 * UPDATE_GOLDEN=1 and review the diff): on the five seeds (clean), on the
 * rule fixtures that must fail and on the CLI's own faulty fixtures. The
 * SARIF output is checked by Microsoft's SARIF validator, and the stylish
 * format's colour by running the CLI under a pseudo-terminal.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectGolden } from '../helpers/golden';
import { cleanup, ensureBuilt, parseJson, runCli, tempTree, CLI } from '../helpers/cli';
import { FAULTY_MINUTES } from '../helpers/documents';

const CONFIG = ['--config', 'test/cli/fixtures/.minutesrc.json'];
const SETS = {
  seeds: ['test/fixtures/seeds'],
  'rule-fixtures': ['test/fixtures/rules/*/bad.minutes'],
  faulty: ['test/cli/fixtures/errors', 'test/cli/fixtures/fixable'],
} as const;
const FORMATS = { stylish: 'txt', json: 'json', sarif: 'sarif', github: 'txt' } as const;

describe('minutes lint: report formats', function () {
  this.timeout(60000);
  before(ensureBuilt);

  for (const [set, paths] of Object.entries(SETS)) {
    for (const [format, ext] of Object.entries(FORMATS)) {
      it(`${format} on the ${set} matches test/golden/cli/${format}-${set}.${ext}`, () => {
        const r = runCli(['lint', ...paths, ...CONFIG, '--format', format]);
        assert.equal(r.stderr, '');
        assert.equal(r.code, set === 'seeds' ? 0 : 1);
        expectGolden(`cli/${format}-${set}.${ext}`, r.stdout);
      });
    }
  }

  it('json follows the public shape, with 1-based UTF-16 positions', () => {
    const results = parseJson<Array<Record<string, unknown>>>(runCli(['lint', ...SETS.faulty, ...CONFIG, '-f', 'json']).stdout);
    for (const r of results) {
      assert.deepEqual(Object.keys(r), ['filePath', 'messages', 'errorCount', 'warningCount']);
      for (const m of r.messages as Array<Record<string, unknown>>) {
        assert.deepEqual(Object.keys(m), ['ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message']);
        assert.ok(['error', 'warning', 'info'].includes(m.severity as string));
        assert.ok((m.line as number) >= 1 && (m.column as number) >= 1);
      }
    }
    // The reported columns cut exactly the bad rating out of its source line.
    const mixed = results.find((r) => (r.filePath as string).endsWith('mixed-problems.minutes'))!;
    const risk = (mixed.messages as Array<Record<string, number | string>>).find((m) => m.ruleId === 'risk-rating')!;
    const line = fs.readFileSync('test/cli/fixtures/errors/mixed-problems.minutes', 'utf8').split('\n')[(risk.line as number) - 1];
    assert.equal(line.slice((risk.column as number) - 1, (risk.endColumn as number) - 1), 'G7');
  });

  it('counts columns in UTF-16 code units after non-ASCII text', () => {
    const dir = tempTree({ 'a.minutes': FAULTY_MINUTES.replace('PRESENT: @ash (Chair), @elm', 'PRESENT: @ash (Chair — “£”), @elm') });
    try {
      const [r] = parseJson<Array<{ messages: Array<{ ruleId: string; column: number; endColumn: number }> }>>(runCli(['lint', 'a.minutes', '-f', 'json'], { cwd: dir }).stdout);
      const m = r.messages.find((x) => x.ruleId === 'person-unknown')!;
      const line = 'PRESENT: @ash (Chair — “£”), @elm';
      assert.equal(m.column, line.indexOf('@elm') + 1);
      assert.equal(m.endColumn, line.length + 1);
    } finally {
      cleanup(dir);
    }
  });

  it('sarif: validated by @microsoft/sarif-multitool with no errors or warnings', () => {
    const dir = tempTree();
    try {
      for (const set of Object.keys(SETS) as Array<keyof typeof SETS>) {
        const file = path.join(dir, `${set}.sarif`);
        assert.equal(runCli(['lint', ...SETS[set], ...CONFIG, '-f', 'sarif', '-o', file]).stderr, '');
        const findings = validateSarif(file, dir);
        assert.deepEqual(findings, [], `${set}: ${findings.join('\n')}`);
      }
    } finally {
      cleanup(dir);
    }
  });

  it('sarif: the validator does flag a broken log (so the check above can fail)', () => {
    const dir = tempTree();
    try {
      const file = path.join(dir, 'broken.sarif');
      const log = parseJson<{ runs: Array<{ results: Array<Record<string, unknown>> }> }>(runCli(['lint', ...SETS.faulty, ...CONFIG, '-f', 'sarif']).stdout);
      delete log.runs[0].results[0].message;
      fs.writeFileSync(file, JSON.stringify(log));
      assert.ok(validateSarif(file, dir).some((f) => f.startsWith('error')));
    } finally {
      cleanup(dir);
    }
  });

  it('sarif: rules carry help links to their pages in docs/rules, results carry regions', () => {
    const log = parseJson<any>(runCli(['lint', ...SETS.faulty, ...CONFIG, '-f', 'sarif']).stdout);
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string; shortDescription: { text: string } }>;
    assert.ok(rules.length > 1);
    for (const rule of rules) {
      assert.equal(rule.helpUri, `https://github.com/minutes-tools/minutes-language/blob/main/docs/rules/${rule.id}.md`);
      assert.ok(fs.existsSync(path.join('docs/rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md exists`);
      assert.ok(rule.shortDescription.text.length > 0);
    }
    for (const result of log.runs[0].results) {
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      const region = result.locations[0].physicalLocation.region;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    }
  });

  it('github: escapes %, line breaks, commas and colons', () => {
    const dir = tempTree({ 'odd, name: 100%.minutes': FAULTY_MINUTES });
    try {
      const r = runCli(['lint', '.', '-f', 'github'], { cwd: dir });
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0], /^::error file=odd%2C name%3A 100%25\.minutes,line=9,col=24,endLine=9,endColumn=28,title=person-unknown::@elm is not declared/);
      assert.match(lines[1], /^::warning file=odd%2C name%3A 100%25\.minutes,line=13,col=1,endLine=13,endColumn=11,title=keyword-form::/);
    } finally {
      cleanup(dir);
    }
  });

  it('github: infos become ::notice', () => {
    const r = runCli(['lint', 'test/cli/fixtures/errors/mixed-problems.minutes', ...CONFIG, '-f', 'github']);
    assert.match(r.stdout, /^::notice file=test\/cli\/fixtures\/errors\/mixed-problems\.minutes,line=30,.*title=action-overdue::/m);
  });

  describe('stylish colour', () => {
    const underTty = (env: string): string => {
      const r = spawnSync('script', ['-qec', `${env} '${process.execPath}' '${CLI}' lint test/cli/fixtures/errors/unclosed-header.minutes`, '/dev/null'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '', TERM: 'xterm' },
      });
      if (r.error) throw r.error;
      return r.stdout;
    };

    // `script` (util-linux) gives the CLI a pseudo-terminal as standard output.
    it('is on when standard output is a terminal', () => {
      const out = underTty('');
      assert.match(out, /\u001b\[31merror/);
      assert.match(out, /syntax-error/);
    });

    it('is off under a terminal when NO_COLOR is set', () => {
      const out = underTty('NO_COLOR=1');
      assert.match(out, /syntax-error/);
      assert.doesNotMatch(out, /\u001b\[/);
    });

    it('is off when writing to a pipe or to -o', () => {
      const r = runCli(['lint', 'test/cli/fixtures/errors/unclosed-header.minutes'], { env: { NO_COLOR: undefined } });
      assert.doesNotMatch(r.stdout, /\u001b\[/);
    });
  });
});

/** Runs Microsoft's SARIF validator (default rules) and returns "level ruleId: message" per finding. */
function validateSarif(file: string, dir: string): string[] {
  const tool = require('@microsoft/sarif-multitool') as string;
  const out = path.join(dir, `${path.basename(file)}.validation.json`);
  const r = spawnSync(tool, ['validate', file, '--output', out, '--log', 'ForceOverwrite'], { encoding: 'utf8' });
  assert.ok(fs.existsSync(out), `the validator ran (exit ${r.status}): ${r.stdout}${r.stderr}`);
  const report = parseJson<any>(fs.readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
  assert.equal(report.runs[0].invocations[0].executionSuccessful, true);
  return (report.runs[0].results as any[])
    .filter((x) => (x.level ?? 'warning') !== 'note')
    .map((x) => `${x.level ?? 'warning'} ${x.ruleId}: ${x.message?.text ?? JSON.stringify(x.message)}`);
}
