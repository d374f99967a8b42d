/**
 * Where "Minutes: Import Minutes…" puts its result (client/src/import-target.ts):
 * beside the source, named after it, and never a name that is taken.
 */
import * as assert from 'node:assert/strict';
import { importTargetName } from '../../../client/src/import-target';

describe('import: the new file beside the source', () => {
  it('is NAME.minutes, or the first free "(imported N)" name', () => {
    assert.equal(importTargetName('Cabinet 2021-09-30.docx', () => false), 'Cabinet 2021-09-30.minutes');
    const taken = new Set(['agenda.minutes', 'agenda (imported).minutes', 'agenda (imported 2).minutes']);
    assert.equal(importTargetName('agenda.html', (n) => taken.has(n)), 'agenda (imported 3).minutes');
    assert.equal(importTargetName('minutes', () => false), 'minutes.minutes');
  });
});
