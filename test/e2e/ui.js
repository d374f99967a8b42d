// UI test: a user's view of the packaged extension in a real VS Code
// workbench (code-server, driven by headless Chromium through playwright-core).
// It installs the .vsix, opens a seed, and checks the Problems panel, the
// Outline, the language status item, the preview's rendered text, scroll sync
// and its restoring after a reload, list continuation, and a PDF export without a
// Chromium (its "Set Chromium Path" button), with a screenshot of each step in
// test-results/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { startCodeServer, installExtension } = require('./code-server');
const { launchBrowser } = require('./browser');
const { paths, ROOT } = require('./tools');
const { prepareWorkspace } = require('./workspace');

const SEED = '000-bradford-executive.minutes';
const BROKEN = 'broken-date.minutes';
const RESULTS = path.join(ROOT, 'test-results');
const WAIT = { timeout: 60_000 };
const MISSING_CHROMIUM = '/nonexistent/chromium';

async function runUi({ vsix, log = console.log } = {}) {
  const started = Date.now();
  const step = (msg) => log(`  [${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
  fs.mkdirSync(RESULTS, { recursive: true });
  // No Chromium at this path: PDF export fails and offers the setting.
  const ws = prepareWorkspace('ui', { 'minutes.pdf.chromiumPath': MISSING_CHROMIUM });
  // A copy of the seed with an impossible date: one error for the Problems panel.
  const seedText = fs.readFileSync(path.join(ws, SEED), 'utf8');
  fs.writeFileSync(path.join(ws, BROKEN), seedText.replace(/^date: .*$/m, 'date: 2021-02-30'));
  const dataDir = path.join(ws, '..', 'data');
  installExtension(paths.codeServer, dataDir, vsix);
  step(`installed ${path.relative(ROOT, vsix)}`);
  const cs = await startCodeServer({ codeServer: paths.codeServer, dataDir });
  const browser = await launchBrowser();
  const { page } = browser;
  const shot = async (name) => {
    const file = path.join(RESULTS, `ui-${name}.png`);
    await page.screenshot({ path: file });
    step(`screenshot ${path.relative(ROOT, file)}`);
  };
  const failures = [];
  const check = (ok, what) => {
    step(`${ok ? '✔' : '✘'} ${what}`);
    if (!ok) failures.push(what);
  };
  try {
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench').waitFor(WAIT);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor(WAIT);
    step('workbench up');

    // Open the seed from the Explorer, as a user would.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED }).click();
    await page.locator('.monaco-editor .view-lines').first().waitFor(WAIT);
    const mode = page.locator('#status\\.editor\\.mode');
    await mode.filter({ hasText: 'Minutes' }).waitFor(WAIT);
    check((await mode.innerText()).includes('Minutes'), 'language mode is Minutes');

    // The grammar, as the workbench applies it: inspect the scopes of RESOLVED.
    const resolvedLine = seedText.split(/\r?\n/).findIndex((l) => l.startsWith('RESOLVED:')) + 1;
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(resolvedLine));
    await page.keyboard.press('Enter');
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const inspector = page.locator('.token-inspect-widget');
    await inspector.waitFor(WAIT);
    // The widget fills in as its parts arrive (the semantic token part can come first), so wait
    // for the TextMate scopes rather than reading it the moment it shows (a CI run failed so).
    await inspector.filter({ hasText: 'keyword.other.resolved.minutes' }).waitFor({ timeout: 10_000 }).catch(() => undefined);
    const scopes = await inspector.innerText();
    check(scopes.includes('keyword.other.resolved.minutes'), `RESOLVED is scoped keyword.other.resolved.minutes (line ${resolvedLine})${scopes.includes('keyword.other.resolved.minutes') ? '' : `; the inspector showed: ${scopes.replace(/\s+/g, ' ').slice(0, 400)}`}`);
    await shot('0-grammar-scopes');
    await page.keyboard.press('Escape');

    // Outline: document symbols from the server.
    const outlineHeader = page.locator('.pane-header', { hasText: /outline/i });
    if ((await outlineHeader.getAttribute('aria-expanded')) !== 'true') await outlineHeader.click();
    // The outline pane is short: fold the People node so the agenda item shows.
    const people = page.locator('.outline-pane .monaco-list-row', { hasText: /^People/ });
    await people.first().waitFor(WAIT);
    if ((await people.first().getAttribute('aria-expanded')) === 'true') await people.first().locator('.monaco-tl-twistie').click();
    const outlineRow = page.locator('.outline-pane .monaco-list-row', { hasText: 'Ofsted Monitoring Visit' });
    await outlineRow.first().waitFor(WAIT);
    const outline = await page.locator('.outline-pane .monaco-list-row').allInnerTexts();
    check(outline.some((r) => r.includes('Ofsted Monitoring Visit')), `outline: ${JSON.stringify(outline)}`);

    // Language status item (the {} entry next to the language mode): errors, warnings, actions.
    const languageStatus = page.locator('#status\\.languageStatus');
    await languageStatus.waitFor(WAIT);
    await languageStatus.hover();
    const hover = page.locator('.monaco-hover, .context-view', { hasText: /action/ });
    await hover.first().waitFor(WAIT);
    const statusText = (await hover.first().innerText()).replace(/\s+/g, ' ');
    check(/\d+ errors?, \d+ warnings?, \d+ actions? \(\d+ open\)/.test(statusText), `language status: ${statusText}`);
    await shot('1-seed-outline-status');
    await page.mouse.move(700, 400);

    // Preview to the side (Ctrl+K V in a minutes editor), read from inside the webview.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('V');
    const previewRoot = page.frameLocator('iframe.webview').frameLocator('#active-frame').locator('#minutes-root');
    await previewRoot.getByText('Ofsted Monitoring Visit').first().waitFor(WAIT);
    const previewText = await previewRoot.innerText();
    check(/Ofsted Monitoring Visit/.test(previewText) && /Irfan Alam/.test(previewText), `preview shows the item and display names (${previewText.length} chars)`);
    await shot('2-preview');

    // Scroll sync, both ways, and double-click to jump to the source.
    const preview = await previewFrame(page);
    const editorLines = page.locator('.monaco-editor .view-lines').first();
    await editorLines.click();
    await page.keyboard.press('Control+End');
    await preview.waitForFunction(() => window.scrollY > 300, undefined, WAIT);
    await page.keyboard.press('Control+Home');
    await preview.waitForFunction(() => window.scrollY < 100, undefined, WAIT);
    check(true, 'editor → preview: the preview follows the editor to the end and back');
    await preview.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const topLine = () => page.evaluate(() => {
      const editor = document.querySelector('.editor-instance .monaco-editor');
      const numbers = [...editor.querySelectorAll('.margin .line-numbers')].filter((e) => !e.closest('.sticky-widget')).map((e) => Number(e.textContent));
      return Math.min(...numbers.filter((n) => n > 0));
    });
    await page.waitForFunction(() => {
      const editor = document.querySelector('.editor-instance .monaco-editor');
      const numbers = [...editor.querySelectorAll('.margin .line-numbers')].filter((e) => !e.closest('.sticky-widget')).map((e) => Number(e.textContent));
      return numbers.length > 0 && Math.min(...numbers.filter((n) => n > 0)) > 30;
    }, undefined, WAIT);
    check(true, `preview → editor: the editor follows the preview (top line ${await topLine()})`);
    const target = preview.locator('[data-line]', { hasText: 'That the contents of the letter' }).last();
    const targetLine = Number(await target.getAttribute('data-line')) + 1;
    await target.dblclick();
    await page.locator('#status\\.editor\\.selection', { hasText: `Ln ${targetLine},` }).waitFor(WAIT);
    check(true, `double-click in the preview puts the cursor on the block's source line (${targetLine})`);

    // The preview survives a reload of the window (WebviewPanelSerializer).
    // Reload through the workbench (not the browser), which saves the editor layout first.
    const reloaded = page.waitForEvent('load', WAIT);
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor(WAIT);
    const restored = await previewFrame(page);
    await restored.locator('#minutes-root', { hasText: 'Ofsted Monitoring Visit' }).waitFor(WAIT);
    check(true, 'the preview is restored after a reload');

    // Problems panel with the broken copy open.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: BROKEN }).click();
    await page.keyboard.press('Control+Shift+M');
    const problemRow = page.locator('.markers-panel .monaco-list-row', { hasText: /2021-02-30|date/i });
    await problemRow.first().waitFor(WAIT);
    const problems = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    check(problems.some((p) => /minutes/.test(p) && /2021-02-30|date/i.test(p)), `problems: ${JSON.stringify(problems.map((p) => p.replace(/\s+/g, ' ')))}`);
    await shot('3-problems');

    // Typing: Enter after a numbered resolution continues the list (onEnterRules).
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    // Escape closes the suggestion widget, so that Enter makes a new line rather than accepting a
    // completion. The widget can open a moment after the last key (the server's answer arrives
    // late on a busy machine), so the test waits until no widget is visible before each Enter,
    // and then waits for the continued line to be rendered instead of reading the lines at once.
    const suggest = page.locator('.editor-widget.suggest-widget.visible');
    for (const text of ['RESOLVED:', '1. That the report be noted.']) {
      await page.keyboard.type(text, { delay: 5 });
      await page.keyboard.press('Escape');
      await suggest.waitFor({ state: 'hidden', timeout: WAIT.timeout });
      await page.keyboard.press('Enter');
    }
    const readLines = async () => (await page.locator('.monaco-editor .view-lines .view-line').allInnerTexts()).map((l) => l.replace(/\u00a0/g, ' '));
    const continued = await page
      .waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].some((e) => /^2\. ?$/.test(e.textContent.replace(/\u00a0/g, ' '))), undefined, WAIT)
      .then(() => true, () => false);
    const lines = await readLines();
    check(continued, `Enter after "1. ..." starts "2. " (last lines: ${JSON.stringify(lines.slice(-3))})`);
    await shot('4-list-continuation');

    // PDF export without a Chromium: the save dialog (VS Code's own, in the browser)
    // takes the default name, the export fails, and the error's button opens the setting.
    const pdf = path.join(ws, `${path.basename(BROKEN, '.minutes')}.pdf`);
    await runCommand(page, 'Minutes: Export to PDF…');
    const dialog = page.locator('.quick-input-widget input');
    await page.waitForFunction((want) => document.querySelector('.quick-input-widget input')?.value.endsWith(want), path.basename(pdf), WAIT);
    check((await dialog.inputValue()).endsWith(path.basename(pdf)), `the save dialog proposes ${path.basename(pdf)} (${await dialog.inputValue()})`);
    await page.keyboard.press('Enter');
    const failure = page.locator('.notification-toast', { hasText: 'Not exported to PDF' });
    await failure.waitFor(WAIT);
    check((await failure.innerText()).includes('Chromium'), `the failure names Chromium: ${(await failure.innerText()).replace(/\s+/g, ' ')}`);
    await shot('5-pdf-no-chromium');
    await failure.getByRole('button', { name: 'Set Chromium Path' }).click();
    // code-server runs the extension on a remote host, where a machine-scoped setting is listed in the Remote tab only.
    const chromiumSetting = page.locator('.settings-editor .setting-item-contents', { hasText: 'Chromium or Chrome executable' });
    await chromiumSetting.first().waitFor(WAIT);
    const search = await page.locator('.settings-editor .suggest-input-container .view-lines').first().innerText();
    const tab = await page.locator('.settings-editor .settings-tabs-widget .action-item .checked').first().innerText();
    check(search.replace(/\u00a0/g, ' ').includes('minutes.pdf.chromiumPath') && /Remote/.test(tab), `"Set Chromium Path" opens the settings at minutes.pdf.chromiumPath (search: ${search}; tab: ${tab})`);
    check(!fs.existsSync(pdf), 'no PDF written');
    await shot('6-chromium-path-setting');
  } catch (err) {
    failures.push(String(err && err.message ? err.message.split('\n')[0] : err));
    step(`✘ ${failures[failures.length - 1]}`);
    await shot('failure').catch(() => undefined);
    fs.copyFileSync(cs.logFile, path.join(RESULTS, 'ui-code-server.log'));
  } finally {
    await browser.close();
    await cs.stop();
  }
  return failures.length === 0;
}

/** The frame of the preview page inside the webview (the inner frame of VS Code's webview host). */
async function previewFrame(page) {
  const deadline = Date.now() + WAIT.timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.locator('#minutes-root').count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error('no preview frame');
    await page.waitForEvent('framenavigated', { timeout: 1000 }).catch(() => undefined);
  }
}

/** Runs a command from the Command Palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor(WAIT);
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor(WAIT);
  await page.keyboard.press('Enter');
}

module.exports = { runUi };

if (require.main === module) {
  const vsix = process.argv[2] || path.join(ROOT, 'minutes-language.vsix');
  runUi({ vsix }).then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(1); });
}
