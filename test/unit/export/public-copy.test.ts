// A public copy never holds a word of an exempt item: minutes with a marker
// word in every field of their exempt items (test/helpers/exempt-markers.ts)
// are exported in every format, and the text of each is searched. The
// confidential copy of the same minutes must hold every marker, so that a
// field a format forgot to print cannot pass for one it withheld. PDF needs
// Chromium and pdftotext (pending without them, required when CI=true).
import * as assert from 'node:assert/strict';
import { analyze, exportDocument, type ExportFormat } from '../../../server/src/core/index';
import { htmlToPdf } from '../../../server/src/pdf';
import { docxText, MARKED, pdfText, secretsIn } from '../../helpers/exempt-markers';
import { requireChromium, requirePdfTools } from '../../helpers/external-tools';

const analysis = analyze(MARKED);
const PLANTED = secretsIn(MARKED);
const KEPT = [...new Set(MARKED.match(/KEPT[a-z]+/g))];

async function textOf(format: ExportFormat, includeExempt: boolean): Promise<string> {
  const result = await exportDocument(analysis, format, { includeExempt });
  if (format !== 'docx') return result.content;
  const { title, headers, body, links } = await docxText(result.bytes!);
  return [title, headers, body, links].join('\n');
}

describe('export: a public copy holds no word of an exempt item', () => {
  it('plants markers in every field (a word of each kind of content)', () => {
    assert.ok(PLANTED.length >= 40, `only ${PLANTED.length} markers`);
    assert.ok(analysis.model.items[1].exempt === 1 && analysis.model.items[3].content.some((b) => b.kind === 'keyword' && b.keyword === 'EXEMPT'));
  });

  for (const format of ['html', 'md', 'json', 'docx'] as ExportFormat[]) {
    it(`${format}: the confidential copy prints every marker, the public copy none`, async () => {
      const full = await textOf(format, true);
      assert.deepEqual(PLANTED.filter((m) => !full.includes(m)), [], 'markers the confidential copy does not print');
      const pub = await textOf(format, false);
      assert.deepEqual(secretsIn(pub), [], 'words of exempt items in the public copy');
      // What is public by design stays: titles of exempt items, a declaration made in one, the rest of the minutes.
      assert.deepEqual(KEPT.filter((k) => !pub.includes(k)), [], 'public words missing from the public copy');
    });
  }

  it('pdf: the confidential copy prints every marker, the public copy none', async function () {
    const chromium = requireChromium(this);
    requirePdfTools(this);
    this.timeout(120_000);
    const print = async (includeExempt: boolean): Promise<string> =>
      pdfText(await htmlToPdf((await exportDocument(analysis, 'html', { includeExempt })).content, { chromiumPath: chromium })).text;
    const full = await print(true);
    assert.deepEqual(PLANTED.filter((m) => !full.includes(m)), [], 'markers the confidential PDF does not print');
    const pub = await print(false);
    assert.deepEqual(secretsIn(pub), [], 'words of exempt items in the public PDF');
    assert.deepEqual(KEPT.filter((k) => !pub.includes(k)), [], 'public words missing from the public PDF');
  });
});
