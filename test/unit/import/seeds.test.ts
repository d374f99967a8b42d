/**
 * The five seeds, imported raw (the source pages byte for byte,
 * under test/fixtures/import/seeds/): each gives its hand-reviewed golden
 * `.minutes` file and report, keeps every word, has no syntax-error, and
 * reads as the seeds written in the language do (test/fixtures/seeds/).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core';
import { importMinutes, lineWords } from '../../../server/src/core/import';
import { ROOT } from '../../helpers/root';
import { expectGolden } from '../../helpers/golden';
import { expectEveryWord, expectHtmlRoundTrip, expectNoSyntaxError } from './guarantees';

const DIR = path.join(ROOT, 'test/fixtures/import/seeds');
const SEEDS = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

async function imported(prefix: string) {
  const file = SEEDS.find((f) => f.startsWith(prefix))!;
  const bytes = fs.readFileSync(path.join(DIR, file));
  return { bytes, ...(await importMinutes(bytes)) };
}

describe('import: the five seeds', () => {
  it('has the five seeds', () => assert.equal(SEEDS.length, 5));

  for (const file of SEEDS) {
    const name = file.slice(0, 3);
    it(`seed ${name} matches its golden file and report`, async () => {
      const r = await imported(name);
      expectGolden(`import/seeds/${name}.minutes`, r.text);
      expectGolden(`import/seeds/${name}.report.json`, `${JSON.stringify(r.report, null, 2)}\n`);
    });
    it(`seed ${name} keeps every word in order and has no syntax-error`, async () => {
      const r = await imported(name);
      expectEveryWord(lineWords(r.bytes.toString('utf8')), r.text, r.report);
      expectNoSyntaxError(r.text);
    });
    it(`seed ${name}: importing the output's own HTML export gives the same model`, async () => {
      await expectHtmlRoundTrip((await imported(name)).text);
    });
  }

  it('reads the seeds as the brief maps them', async () => {
    const model = async (n: string) => analyze((await imported(n)).text).model;
    const m000 = await model('000');
    assert.deepEqual(m000.items[0].recommended, ['The Executive are asked to note the contents of the letter from OFSTED.']);
    assert.deepEqual(m000.items[0].resolutions.map((r) => r.id), ['1(1)'].map(() => m000.items[0].resolutions[0].id));
    assert.equal(m000.items[0].resolutions.length, 1);
    assert.equal(m000.items[0].contact, 'Irfan Alam, 01274 432904');
    assert.equal(m000.actions[0].owner, 'Strategic Director of Children’s Services');
    assert.equal((await model('001')).items[0].resolutions.length, 2);
    const m002 = await model('002');
    assert.equal(m002.meta.type, 'report');
    assert.equal(m002.meta.date, '2020-10-01');
    assert.equal(m002.risks.length, 6);
    assert.deepEqual([...new Set(m002.risks.map((r) => r.rating))].sort(), ['B2', 'C3']);
    const m003 = (await model('003')).items[0];
    assert.equal(m003.votes[0].unanimous, true);
    assert.equal(m003.resolutions.length, 2);
    const m004 = await model('004');
    assert.deepEqual([m004.meta.committee, m004.meta.date], ['Cabinet', '2021-09-30']);
    assert.deepEqual(m004.items[0].resolutions.map((r) => r.id), ['54(a)', '54(b)']);
  });
});
