// Golden files of the HTML, Markdown and JSON exports of each seed and each
// bundled example (UPDATE_GOLDEN=1 refreshes them; review the diff), and of
// the preview fragment of the example with its exempt item included. The HTML
// goldens hold a placeholder for the stylesheet (stylesheet.test.ts checks it).
import * as path from 'node:path';
import { analyze, exportDocument, renderHtml } from '../../../server/src/core/index';
import { EXAMPLES, read, SEEDS } from '../../helpers/fixtures';
import { expectGolden, expectHtmlGolden } from '../../helpers/golden';

const FORMATS = [
  ['html', 'html'],
  ['md', 'md'],
  ['json', 'json'],
] as const;

describe('export: golden files', () => {
  for (const file of [...SEEDS, ...EXAMPLES]) {
    const name = path.basename(file, '.minutes');
    for (const [format, ext] of FORMATS) {
      it(`${format} of ${name}`, async () => {
        const result = await exportDocument(analyze(read(file)), format);
        if (format === 'html') expectHtmlGolden(`export/${name}.${ext}`, result.content);
        else expectGolden(`export/${name}.${ext}`, result.content);
      });
    }
  }

  it('preview fragment of the example, exempt item included', () => {
    const file = EXAMPLES.find((f) => f.includes('westford'))!;
    const analysis = analyze(read(file));
    expectHtmlGolden('export/westford-planning-committee.preview.html', renderHtml(analysis.model, { includeExempt: true, config: analysis.config }));
  });
});
