// The HTML export's stylesheets, which the HTML golden files leave out
// (test/helpers/golden.ts): the standalone export carries the layout and the
// printed page's look in one <style>, the preview fragment the layout only.
// Each is a golden file of its own, and every export of the seeds and the
// examples carries exactly that text, so the placeholder in the other golden
// files hides nothing.
import * as assert from 'node:assert/strict';
import { analyze, exportDocument, renderHtml } from '../../../server/src/core/index';
import { EXAMPLES, read, SEEDS } from '../../helpers/fixtures';
import { expectGolden, STYLESHEET_PLACEHOLDER, withoutStylesheet } from '../../helpers/golden';

/** The text of each <style> element, in order. */
function styles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
}

describe('export: the stylesheets', () => {
  const example = analyze(read(EXAMPLES.find((f) => f.includes('westford'))!));

  it('the standalone export has one, test/golden/export/stylesheet.css', async () => {
    const { content } = await exportDocument(example, 'html');
    const found = styles(content);
    assert.equal(found.length, 1);
    expectGolden('export/stylesheet.css', found[0]);
  });

  it('the preview fragment has one, test/golden/export/preview-stylesheet.css', () => {
    const found = styles(renderHtml(example.model, { config: example.config }));
    assert.equal(found.length, 1);
    expectGolden('export/preview-stylesheet.css', found[0]);
  });

  it('every seed and example carries the same stylesheets', async () => {
    const [page] = styles((await exportDocument(example, 'html')).content);
    const [fragment] = styles(renderHtml(example.model, { config: example.config }));
    for (const file of [...SEEDS, ...EXAMPLES]) {
      const a = analyze(read(file));
      assert.deepEqual(styles((await exportDocument(a, 'html')).content), [page], file);
      assert.deepEqual(styles(renderHtml(a.model, { config: a.config, includeExempt: true })), [fragment], file);
    }
  });

  it('the golden files put a placeholder in each <style> and change nothing else', () => {
    const html = '<head><style>a { color: red }</style></head><body><style nonce="n">\nb {}\n</style><p>style</p></body>';
    assert.equal(withoutStylesheet(html), `<head><style>${STYLESHEET_PLACEHOLDER}</style></head><body><style nonce="n">${STYLESHEET_PLACEHOLDER}</style><p>style</p></body>`);
  });
});
