// The accessibility gate (issue 17; the Public Sector Bodies Accessibility
// Regulations 2018 ask for WCAG 2.1 AA): axe-core, run in headless Chromium
// through playwright-core, finds no WCAG 2.1 A or AA violation in any HTML
// golden file (test/golden/export and test/golden/v2, with the real
// stylesheet put back in place of the golden files' placeholder, so colour
// contrast is checked), in a confidential copy, nor in the VS Code preview
// page with the preview's HTML in it. On a 390 px phone no export page is
// wider than the screen, and a reflowed table's cells show their labels.
// One browser serves every page. Without Chromium the suite is pending with
// the install command, and fails when CI=true (test/helpers/external-tools.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { analyze, exportDocument, renderHtml } from '../../../server/src/core/index';
import { LAYOUT_CSS, PAGE_CSS } from '../../../server/src/core/export/html-style';
import { MARKED } from '../../helpers/exempt-markers';
import { requireChromium } from '../../helpers/external-tools';
import { EXAMPLES, read } from '../../helpers/fixtures';
import { GOLDEN_ROOT, STYLESHEET_PLACEHOLDER } from '../../helpers/golden';
import { ROOT } from '../../helpers/root';
import { XssBrowser } from '../../security/browser-harness';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Every HTML golden file, as [its name, the page with its stylesheet back]. */
function goldenPages(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of ['export', 'v2']) {
    for (const name of fs.readdirSync(path.join(GOLDEN_ROOT, dir)).filter((f) => f.endsWith('.html')).sort()) {
      const html = fs.readFileSync(path.join(GOLDEN_ROOT, dir, name), 'utf8');
      // A standalone page had both stylesheets; the preview fragment the layout one (html.ts).
      const css = html.startsWith('<!DOCTYPE html>') ? LAYOUT_CSS + PAGE_CSS : LAYOUT_CSS;
      assert.ok(html.includes(STYLESHEET_PLACEHOLDER), `${dir}/${name} has no stylesheet placeholder`);
      const page = html.split(STYLESHEET_PLACEHOLDER).join(css);
      // The preview fragment goes into a page of its own here (the preview page itself is checked below).
      out.push([`${dir}/${name}`, css === LAYOUT_CSS ? `<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Preview</title>\n</head>\n<body>\n${page}</body>\n</html>\n` : page]);
    }
  }
  return out;
}

/** axe's WCAG 2.1 A and AA violations on the page, one line each: rule, impact, help and the elements. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE);
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')))`,
  )) as string[];
  return found;
}

describe('export: accessibility (axe-core, WCAG 2.1 A and AA) in Chromium', function () {
  this.timeout(180_000);
  let chrome: XssBrowser | undefined;
  const pages = goldenPages();

  before(async function () {
    chrome = await XssBrowser.launch(requireChromium(this));
  });
  after(async () => {
    await chrome?.close();
  });

  it('checks every HTML golden file', () => {
    assert.ok(pages.length >= 13, `${pages.length} golden pages`);
    assert.ok(pages.some(([n]) => n.endsWith('.preview.html')));
  });

  it('the harness sees a violation: an image without alt text and text too pale to read', async () => {
    const { page } = chrome!.pages[0];
    await chrome!.load(page, '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#ccc">pale</p></main></body></html>');
    const found = await violations(page);
    assert.ok(found.some((v) => v.startsWith('image-alt')) && found.some((v) => v.startsWith('color-contrast')), found.join('\n'));
  });

  for (const [name, html] of pages) {
    it(`${name}: no violations`, async () => {
      const { page } = chrome!.pages[0];
      await page.setViewportSize({ width: 1280, height: 900 });
      await chrome!.load(page, html);
      assert.deepEqual(await violations(page), []);
    });
  }

  it('a confidential copy, its banner and all: no violations', async () => {
    const { page } = chrome!.pages[0];
    await page.setViewportSize({ width: 1280, height: 900 });
    await chrome!.load(page, (await exportDocument(analyze(MARKED), 'html', { includeExempt: true })).content);
    assert.match(String(await page.evaluate('document.querySelector(".minutes-confidential").innerText')), /CONFIDENTIAL/);
    assert.deepEqual(await violations(page), []);
  });

  it('the preview page with the example in it, exempt item included: no violations', async () => {
    const { page } = chrome!.pages[2];
    const a = analyze(read(EXAMPLES.find((f) => f.includes('westford'))!));
    const diagnostics = a.diagnostics.map((d) => ({ line: a.lines.positionAt(d.start).line, severity: d.severity, message: d.message }));
    await chrome!.loadPreview(page, renderHtml(a.model, { config: a.config, diagnostics, includeExempt: true }));
    assert.match(String(await page.evaluate(`document.getElementById('minutes-root').innerText`)), /Planning Committee/);
    assert.deepEqual(await violations(page), []);
  });

  it('on a 390 px phone no export is wider than the screen, and table cells stand under their labels', async () => {
    const { page } = chrome!.pages[0];
    await page.setViewportSize({ width: 390, height: 844 });
    const wide: string[] = [];
    for (const [name, html] of pages.filter(([n]) => !n.endsWith('.preview.html'))) {
      await chrome!.load(page, html);
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      if (width > 390) wide.push(`${name}: ${width} px`);
    }
    assert.deepEqual(wide, []);
    // The example's last page load: its actions table, a row of it a block, a cell led by "Status: ".
    await chrome!.load(page, pages.find(([n]) => n === 'export/westford-planning-committee.html')![1]);
    const cell = (await page.evaluate(`(() => {
      const td = document.querySelector('table.minutes-actions td[data-label="Status"]');
      return [getComputedStyle(td.parentElement).display, getComputedStyle(td, '::before').content, td.getBoundingClientRect().right];
    })()`)) as [string, string, number];
    assert.deepEqual(cell.slice(0, 2), ['block', '"Status: "']);
    assert.ok(cell[2] <= 390, `the status cell ends at ${cell[2]} px`);
  });
});
