/**
 * Large documents (the slow suite, `npm run test:slow`): every construct of
 * large-documents.ts with 140,000 parts but the two large-input.test.ts runs
 * in `npm test`, through every stage of the pipeline, and the Word export of
 * 140,000 resolutions. See large-input.test.ts for why 140,000.
 */
import * as assert from 'node:assert/strict';
import { analyze, renderDocx } from '../../server/src/core/index';
import { exportModel } from '../../server/src/core/export/withhold';
import { CASES, expectEveryStageTakes, N, QUICK } from './large-documents';

describe('robustness: documents with more parts than a call takes arguments (all of them)', function () {
  this.timeout(240_000);
  for (const [name, make] of Object.entries(CASES)) {
    if (QUICK.includes(name)) continue;
    it(`${N.toLocaleString('en-GB')} ${name}: every stage takes it`, () => expectEveryStageTakes(make));
  }

  it(`${N.toLocaleString('en-GB')} resolutions: the Word export takes it`, async () => {
    const a = analyze(CASES['resolutions in one RESOLVED list']());
    const bytes = await renderDocx(exportModel(a.model, false), a.config);
    assert.ok(bytes.length > 1000);
  });
});
