// docs/registers.md is the reference for the registers' JSON, which other
// tools read: every key the three registers print for the series fixtures
// must be named there, under the heading of its register, so that a field
// cannot be added without being documented.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { actionRegister, attendanceRegister, buildSeries, decisionRegister, summarize } from '../../../server/src/core/series/index';
import { ROOT } from '../../helpers/root';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'series');

function keysOf(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) keysOf(v, out.add(k));
  return out;
}

/** The words in backticks under one `## ` heading of the page. */
function namedUnder(doc: string, heading: string): Set<string> {
  const start = doc.indexOf(`\n## ${heading}`);
  assert.ok(start >= 0, `docs/registers.md has a "## ${heading}" section`);
  const end = doc.indexOf('\n## ', start + 1);
  return new Set([...doc.slice(start, end === -1 ? undefined : end).matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]));
}

describe('series: docs/registers.md names every field of the registers', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'registers.md'), 'utf8');
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.minutes')).sort();
  const summaries = files.map((f) => summarize(analyze(fs.readFileSync(path.join(FIXTURES, f), 'utf8')), f));
  const set = buildSeries(summaries);
  const registers = [
    { heading: 'Actions: `minutes-actions/1`', value: actionRegister(set, { today: '2024-04-20' }) },
    { heading: 'Decisions: `minutes-decisions/1`', value: decisionRegister(set, summaries) },
    { heading: 'Attendance: `minutes-attendance/1`', value: attendanceRegister(set) },
  ];

  it('reads a series with every kind of entry', () => {
    assert.ok(files.length >= 8, 'the series fixtures are there');
    const [actions, decisions] = [registers[0].value, registers[1].value] as const;
    assert.ok('actions' in actions && actions.actions.some((a) => a.history.length > 1));
    assert.ok('decisions' in decisions && decisions.decisions.some((d) => d.citedBy.length > 0));
    assert.ok(decisions.decisions.some((d) => d.votes.length > 0));
  });

  for (const { heading, value } of registers) {
    it(`${value.schema}: every key is named under "${heading}"`, () => {
      const named = namedUnder(doc, heading);
      const missing = [...keysOf(value, new Set())].filter((k) => !named.has(k)).sort();
      assert.deepEqual(missing, [], `keys of ${value.schema} not named in docs/registers.md under its heading`);
      assert.ok(doc.includes(`\`${value.schema}\``));
    });
  }
});
