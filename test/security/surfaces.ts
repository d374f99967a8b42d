/**
 * The surfaces hostile text reaches, for the parse5 XSS tests
 * (xss-html.test.ts and xss-html.slow.test.ts): the HTML export (with and
 * without exempt items), the preview's body fragment with the diagnostics
 * marked, the preview page the VS Code client builds around it, and the
 * Markdown export as a Markdown renderer that allows raw HTML shows it.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { renderHtml, renderMarkdown, type Analysis } from '../../server/src/core/index';
import { exportModel } from '../../server/src/core/export/withhold';
import { previewShell, withStyleNonce } from '../../client/src/preview-html';
import { liveContent } from './hostile';

// Raw HTML on, as the loosest Markdown renderers have it; linkify off, since it makes links of plain text by itself.
const markdown = new MarkdownIt({ html: true, linkify: false });

function previewFragment(a: Analysis): string {
  const diagnostics = a.diagnostics.map((d) => ({ line: a.lines.positionAt(d.start).line, severity: d.severity, message: d.message }));
  return renderHtml(a.model, { config: a.config, diagnostics });
}

/** The preview page as the webview holds it once the script has put the server's HTML in. */
function previewPage(fragment: string): { html: string; nonce: string } {
  const shell = previewShell({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', uri: 'file:///w/a.minutes', title: 'Preview a.minutes' });
  const html = shell.html.replace('<p class="minutes-loading">Rendering…</p>', () => withStyleNonce(fragment, shell.nonce));
  assert.notEqual(html, shell.html, 'the preview shell has its loading placeholder');
  return { html, nonce: shell.nonce };
}

/**
 * The surfaces of one analysed document, with what each may hold of its own.
 * `all` adds the export without exempt items and the whole preview page
 * (checked once per payload; per field the fragment inside it is checked).
 */
export function problems(a: Analysis, all: boolean): string[] {
  const out: string[] = [];
  const check = (what: string, html: string, o: Parameters<typeof liveContent>[1]): void => {
    for (const p of liveContent(html, o)) out.push(`${what}: ${p}`);
  };
  check('export', renderHtml(a.model, { standalone: true, includeExempt: true, config: a.config }), { styles: 1 });
  if (all) check('export without exempt items', renderHtml(a.model, { standalone: true, config: a.config }), { styles: 1 });
  const fragment = previewFragment(a);
  check('preview fragment', fragment, { styles: 1 });
  if (all) {
    const page = previewPage(fragment);
    check('preview page', page.html, { styles: 2, scripts: 1, nonce: page.nonce });
  }
  check('Markdown export rendered', markdown.render(renderMarkdown(exportModel(a.model, true), a.config)), { styles: 0 });
  return out;
}
