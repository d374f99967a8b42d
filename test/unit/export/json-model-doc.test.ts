// docs/json-model.md is the reference for the JSON export, which other tools
// read. Every key the export prints for the fixtures (and for a document with
// the optional fields: nested entries, aligned tables, a withheld item) must be
// named there, so a field cannot be added without being documented.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, exportDocument } from '../../../server/src/core/index';
import { EXAMPLES, SEEDS, UNSEEN, read } from '../../helpers/fixtures';
import { ROOT } from '../../helpers/root';

const OPTIONAL_FIELDS = `---
committee: Cabinet
date: 2024-03-05
---

# 1. Budget

(1) That the budget be set
    (a) with the changes

| Line | Amount |
|:---|---:|
| Rent | £10 |

RESOLVED: That it be agreed.

# 2. Land sale
EXEMPT: 3

RESOLVED: That the sale go ahead.
`;

/** A document with the fields of motions, amendments and recorded votes. */
const PROCEEDINGS = `---
committee: Council
date: 2024-03-05
---

PEOPLE:
@ali  Councillor Ali
@benn Councillor Benn

PRESENT: @ali, @benn, Councillor Cole

# 1. Local Plan
MOTION: moved by @ali, seconded by @benn
That the Council adopts the Local Plan.

AMENDMENT: moved by Councillor Cole — withdrawn
Add "after consultation".

AMENDMENT: moved by @benn
Add "in full".
VOTE: for 1, against 2 — lost

VOTE: recorded — carried
  FOR: @ali, @benn
  AGAINST: Councillor Cole
`;

/** Every key of every object in a JSON value, except the document's own keys under meta and extra. */
function keysOf(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      if (k !== 'meta' && k !== 'extra') keysOf(v, out);
    }
  }
  return out;
}

describe('export: docs/json-model.md names every field of the JSON export', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'json-model.md'), 'utf8');
  const named = new Set([...doc.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]));
  const sources = [...SEEDS, ...UNSEEN, ...EXAMPLES].map((f) => ({ name: path.basename(f), text: read(f) }));
  sources.push({ name: 'optional fields', text: OPTIONAL_FIELDS });
  sources.push({ name: 'motions and recorded votes', text: PROCEEDINGS });

  it('finds the optional fields in the document written for them', async () => {
    const json = JSON.parse((await exportDocument(analyze(OPTIONAL_FIELDS), 'json')).content);
    const keys = keysOf(json, new Set());
    for (const k of ['depth', 'align', 'withheld']) assert.ok(keys.has(k), k);
  });

  it('finds the fields of motions, amendments and recorded votes in the document written for them', async () => {
    const json = JSON.parse((await exportDocument(analyze(PROCEEDINGS), 'json')).content);
    const keys = keysOf(json, new Set());
    for (const k of ['motions', 'amendments', 'mover', 'moverHandle', 'seconder', 'seconderHandle', 'withdrawn', 'on', 'motion', 'amendment', 'recorded'])
      assert.ok(keys.has(k), k);
  });

  for (const { name, text } of sources) {
    it(name, async () => {
      const keys = new Set<string>();
      for (const includeExempt of [false, true]) keysOf(JSON.parse((await exportDocument(analyze(text), 'json', { includeExempt })).content), keys);
      const missing = [...keys].filter((k) => !named.has(k));
      assert.deepEqual(missing, [], `fields printed but not in docs/json-model.md`);
    });
  }
});
