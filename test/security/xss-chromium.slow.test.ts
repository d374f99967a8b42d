/**
 * The hostile documents in a real browser, one per payload (the slow suite,
 * `npm run test:slow`): for each payload of test/security/hostile.ts, the
 * document with the payload in every field is loaded into headless
 * Chromium's export and preview pages (browser-harness.ts), provoked, and
 * must run no script, open no dialog and request nothing. xss-chromium.test.ts
 * has the checks of the harness itself and, in `npm test`, the payloads
 * spread over the fields of one document. Without Chromium these tests are
 * pending (failing when CI=true): test/helpers/external-tools.ts.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';
import { requireChromium } from '../helpers/external-tools';
import { XssBrowser } from './browser-harness';
import { hostileDocument, PAYLOADS } from './hostile';

describe('security: each hostile payload in headless Chromium', function () {
  this.timeout(180_000);
  let chrome: XssBrowser | undefined;

  before(async function () {
    chrome = await XssBrowser.launch(requireChromium(this));
  });

  after(async () => {
    await chrome?.close();
  });

  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1} runs nowhere: ${payload}`, async () => {
      assert.deepEqual(await chrome!.runs(analyze(hostileDocument(payload))), []);
    });
  });
});
