/**
 * Hostile text in each field alone (the slow suite, `npm run test:slow`):
 * for every payload of test/security/hostile.ts, a document per field with
 * the payload in that field and plain words in the others, each surface of
 * surfaces.ts parsed with parse5 and holding nothing live. xss-html.test.ts
 * puts each payload in every field at once, in `npm test`.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';
import { FIELD_COUNT, fieldName, hostileDocument, PAYLOADS } from './hostile';
import { problems } from './surfaces';

describe('security: hostile text in each field of the HTML export and the preview (parse5)', function () {
  this.timeout(120_000);
  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1} in each field alone: ${payload}`, () => {
      const found: string[] = [];
      for (let k = 0; k < FIELD_COUNT; k++) for (const p of problems(analyze(hostileDocument(payload, k)), false)) found.push(`${fieldName(k)}: ${p}`);
      assert.deepEqual(found, []);
    });
  });
});
