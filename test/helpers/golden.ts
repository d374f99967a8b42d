/**
 * Golden files: compare output with a file under test/golden/, or rewrite the
 * file when UPDATE_GOLDEN=1. Review the diff of a refresh like any change.
 *
 * HTML golden files hold no copy of the stylesheet: `expectHtmlGolden`
 * replaces what each `<style>` element holds with a placeholder, so that a
 * change to the CSS changes one golden file (the stylesheet's own, checked by
 * test/unit/export/stylesheet.test.ts) rather than every HTML one.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './root';

export const GOLDEN_ROOT = path.join(ROOT, 'test', 'golden');

/** Asserts that `actual` equals the golden file `relPath` (under test/golden/). */
export function expectGolden(relPath: string, actual: string | Uint8Array): void {
  const file = path.join(GOLDEN_ROOT, relPath);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) assert.fail(`missing golden file ${relPath}: run with UPDATE_GOLDEN=1 and review it`);
  const expected = fs.readFileSync(file);
  if (typeof actual === 'string') assert.equal(actual, expected.toString('utf8'), `golden ${relPath} differs`);
  else assert.ok(Buffer.from(actual).equals(expected), `golden ${relPath} differs`);
}

/** What an HTML golden file holds in place of each stylesheet. */
export const STYLESHEET_PLACEHOLDER = '/* the stylesheet: test/golden/export/*.css, checked by test/unit/export/stylesheet.test.ts */';

/** The HTML with the text of each `<style>` element replaced by `placeholder` (the export's, STYLESHEET_PLACEHOLDER, unless told). */
export function withoutStylesheet(html: string, placeholder: string = STYLESHEET_PLACEHOLDER): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, (_, open: string, close: string) => `${open}${placeholder}${close}`);
}

/** The text of each `<style>` element of the HTML, in order. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
}

/** Asserts that `html`, its stylesheets left out, equals the golden file `relPath`. */
export function expectHtmlGolden(relPath: string, html: string): void {
  expectGolden(relPath, withoutStylesheet(html));
}
