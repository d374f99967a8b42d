/**
 * The importer on damaged input: the team's import fixtures and the
 * examples' HTML exports, cut and spliced with list markers, table pipes,
 * keyword spellings, header fences and stray tags at seeded random places.
 * Every result is either a clear ImportError or a `.minutes` text with no
 * syntax-error; nothing else is thrown.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, exportDocument } from '../../server/src/core';
import { importMinutes, ImportError } from '../../server/src/core/import';
import { ROOT } from '../helpers/root';

const SPLICES = ['(a) ', '\n1. ', '<li>', '</table>', 'RESOLVED -', '\t', 'Present:', '\n# ', '---\n', '|', '@x ', '\\', 'PEOPLE:\n', '<script>x', '\u00a0\n'];

describe('robustness: import of damaged input', function () {
  this.timeout(120000);

  it('gives a clear ImportError or a text with no syntax-error, for 150 damaged inputs', async () => {
    const dir = path.join(ROOT, 'test/fixtures/import');
    const bases: Buffer[] = ['seeds', 'html', 'text'].flatMap((k) => fs.readdirSync(path.join(dir, k)).map((f) => fs.readFileSync(path.join(dir, k, f))));
    const example = fs.readFileSync(path.join(ROOT, 'examples/westford-planning-committee.minutes'), 'utf8');
    bases.push(Buffer.from((await exportDocument(analyze(example), 'html')).content), Buffer.from(example));
    let seed = 16;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const problems: string[] = [];
    for (let i = 0; i < 150; i++) {
      const base = bases[Math.floor(random() * bases.length)];
      const cut = Math.floor(random() * base.length);
      const input = Buffer.concat([base.subarray(0, cut), Buffer.from(SPLICES[Math.floor(random() * SPLICES.length)]), base.subarray(cut + Math.floor(random() * 80))]);
      try {
        const { text } = await importMinutes(input);
        const errors = analyze(text).diagnostics.filter((d) => d.ruleId === 'syntax-error');
        if (errors.length) problems.push(`input ${i}: syntax-error: ${errors[0].message}`);
      } catch (err) {
        if (!(err instanceof ImportError)) problems.push(`input ${i}: ${(err as Error).stack?.split('\n').slice(0, 2).join(' ')}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
