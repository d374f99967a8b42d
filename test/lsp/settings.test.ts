/**
 * The server's settings module and scheduler, in-process: the editor's
 * `minutes` section read defensively and laid over a .minutesrc.json; one
 * set of defaults, checked against package.json's contributes.configuration;
 * and the coalescing scheduler, driven turn by turn.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core/index';
import { CoalescingScheduler } from '../../server/src/lsp/scheduler';
import { DEFAULT_SERVER_SETTINGS, mergeConfig, readSection } from '../../server/src/lsp/settings';
import { ROOT } from '../helpers/root';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;

/** One turn of the event loop, as the JSON-RPC connection takes one message per turn. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('lsp: settings', () => {
  it('has the defaults package.json declares', () => {
    assert.deepEqual(properties['minutes.rules'].default, DEFAULT_CONFIG.rules);
    assert.equal(properties['minutes.riskMatrix'].default, DEFAULT_CONFIG.riskMatrix);
    assert.equal(properties['minutes.today'].default, DEFAULT_CONFIG.today);
    assert.equal(properties['minutes.debounce'].default, DEFAULT_SERVER_SETTINGS.debounce);
    assert.equal(properties['minutes.export.includeExempt'].default, DEFAULT_SERVER_SETTINGS.includeExempt);
    assert.equal(properties['minutes.pdf.chromiumPath'].default, DEFAULT_SERVER_SETTINGS.chromiumPath);
  });

  it('reads the defaults from an empty or missing section', () => {
    for (const raw of [undefined, null, {}, 'nonsense', []]) {
      const { settings, problems } = readSection(raw);
      assert.deepEqual(settings, { config: {}, ...DEFAULT_SERVER_SETTINGS });
      assert.deepEqual(problems, []);
    }
  });

  it('reads nested and dotted keys, and keeps the analysis settings that differ from the defaults', () => {
    const { settings } = readSection({ rules: { 'action-overdue': 'off' }, riskMatrix: '1-5 x 1-5', today: '2024-01-01', debounce: 250, export: { includeExempt: true }, 'pdf.chromiumPath': '/opt/chrome' });
    assert.deepEqual(settings, {
      config: { rules: { 'action-overdue': 'off' }, riskMatrix: '1-5 x 1-5', today: '2024-01-01' },
      debounce: 250,
      includeExempt: true,
      chromiumPath: '/opt/chrome',
    });
    assert.deepEqual(readSection({ riskMatrix: 'A-F x 1-4', today: '' }).settings.config, {}, 'defaults do not override a config file');
  });

  it('reports unknown rules and bad values, keeping the rest', () => {
    const { settings, problems } = readSection({ rules: { 'no-such-rule': 'off', 'person-unknown': 'loud' }, today: 'tomorrow', debounce: -5 });
    assert.deepEqual(settings.config, { rules: {} });
    assert.equal(settings.debounce, 0);
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /unknown rule "no-such-rule"/);
    assert.match(problems.join('\n'), /"today" must be a date/);
  });

  it('lays editor settings over the config file rule by rule', () => {
    const file = { rules: { 'person-unknown': 'warning', 'action-due': 'off' } as const, riskMatrix: 'A-E x 1-5', risk: { bands: [] } };
    assert.deepEqual(mergeConfig(file, { rules: { 'person-unknown': 'info' } }), {
      rules: { 'person-unknown': 'info', 'action-due': 'off' },
      riskMatrix: 'A-E x 1-5',
      risk: { bands: [] },
    });
    assert.equal(mergeConfig(file, { riskMatrix: '1-5 x 1-5' }).riskMatrix, '1-5 x 1-5');
  });
});

describe('lsp: coalescing scheduler', () => {
  function recorder(): { runs: string[]; scheduler: CoalescingScheduler } {
    const runs: string[] = [];
    const scheduler = new CoalescingScheduler(async (uri) => void runs.push(uri), (_uri, err) => assert.fail(String(err)));
    return { runs, scheduler };
  }

  it('runs once for edits that keep arriving turn after turn, after they stop', async () => {
    const { runs, scheduler } = recorder();
    for (let i = 0; i < 20; i++) {
      scheduler.schedule('a', 0);
      await turn();
    }
    assert.deepEqual(runs, [], 'nothing runs while edits arrive every turn');
    for (let i = 0; i < 3 && runs.length === 0; i++) await turn();
    assert.deepEqual(runs, ['a']);
  });

  it('keeps documents apart and runs each once', async () => {
    const { runs, scheduler } = recorder();
    scheduler.schedule('a', 0);
    scheduler.schedule('b', 0);
    scheduler.schedule('a', 0);
    for (let i = 0; i < 4; i++) await turn();
    assert.deepEqual(runs.sort(), ['a', 'b']);
  });

  it('drops the job of a closed document', async () => {
    const { runs, scheduler } = recorder();
    scheduler.schedule('a', 0);
    scheduler.cancel('a');
    for (let i = 0; i < 4; i++) await turn();
    assert.deepEqual(runs, []);
    assert.equal(scheduler.isPending('a'), false);
  });

  it('schedules a new run for an edit that arrives while a run is under way', async () => {
    const runs: string[] = [];
    let release!: () => void;
    const scheduler = new CoalescingScheduler(
      async (uri) => {
        runs.push(uri);
        if (runs.length === 1) await new Promise<void>((r) => (release = r));
      },
      () => undefined,
    );
    scheduler.schedule('a', 0);
    while (runs.length === 0) await turn();
    scheduler.schedule('a', 0);
    scheduler.schedule('a', 0);
    release();
    while (runs.length < 2) await turn();
    for (let i = 0; i < 4; i++) await turn();
    assert.deepEqual(runs, ['a', 'a']);
  });
});
