/**
 * The Content-Security-Policy of the VS Code preview page (client/src/
 * preview-html.ts) and of the HTML export, read from the pages themselves:
 * the preview allows nothing by default, scripts only by a fresh 128-bit
 * nonce (no unsafe-inline, no unsafe-eval, no hosts), styles only from the
 * extension and by that nonce (inline style attributes aside, which cannot
 * run code), and no frames, objects, connections or remote origins; the
 * export allows no script at all. The webview options and the way the
 * preview puts the server's HTML in are checked in the source.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { analyze, renderHtml } from '../../server/src/core/index';
import { previewShell } from '../../client/src/preview-html';
import { ROOT } from '../helpers/root';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function elements(html: string, tag: string): Element[] {
  const out: Element[] = [];
  const visit = (n: Node): void => {
    if ('tagName' in n && n.tagName === tag) out.push(n);
    if ('childNodes' in n) n.childNodes.forEach(visit);
  };
  visit(parse(html) as unknown as Node);
  return out;
}

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** The page's CSP as directive -> sources; fails unless there is exactly one, in a meta element. */
function cspOf(html: string): Map<string, string[]> {
  const metas = elements(html, 'meta').filter((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  assert.equal(metas.length, 1, 'one Content-Security-Policy meta element');
  const policy = new Map<string, string[]>();
  for (const part of attr(metas[0], 'content')!.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    assert.ok(!policy.has(name), `directive ${name} given twice`);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

describe('security: the Content-Security-Policy of the preview and the export', () => {
  const shell = previewShell({ cspSource: CSP_SOURCE, uri: 'file:///w/a.minutes', title: 'Preview a.minutes' });
  const csp = cspOf(shell.html);

  it('the preview allows nothing by default', () => {
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    for (const d of ['connect-src', 'frame-src', 'child-src', 'object-src', 'worker-src', 'media-src', 'form-action', 'base-uri', 'manifest-src']) {
      assert.ok(!csp.has(d) || csp.get(d)!.join(' ') === "'none'", `${d} is not opened`);
    }
  });

  it("the preview's scripts run only by a fresh 128-bit nonce", () => {
    const script = csp.get('script-src');
    assert.deepEqual(script, [`'nonce-${shell.nonce}'`]);
    assert.match(shell.nonce, /^[0-9a-f]{32}$/, 'a 128-bit nonce');
    const other = previewShell({ cspSource: CSP_SOURCE, uri: 'file:///w/a.minutes', title: 'x' });
    assert.notEqual(other.nonce, shell.nonce, 'a new nonce per page');
    for (const [name, sources] of csp) {
      for (const s of sources) assert.ok(!/unsafe-eval|unsafe-hashes|strict-dynamic|wasm-unsafe-eval/.test(s), `${name} ${s}`);
      if (name !== 'style-src-attr') assert.ok(!sources.includes("'unsafe-inline'"), `${name} allows unsafe-inline`);
    }
  });

  it('the preview page has one script, its own, carrying the nonce', () => {
    const scripts = elements(shell.html, 'script');
    assert.equal(scripts.length, 1);
    assert.equal(attr(scripts[0], 'nonce'), shell.nonce);
    assert.equal(attr(scripts[0], 'src'), undefined);
  });

  it("the preview's styles come from the extension and the nonce only; inline style attributes are the one inline allowance", () => {
    assert.deepEqual(csp.get('style-src'), [CSP_SOURCE, `'nonce-${shell.nonce}'`]);
    assert.deepEqual(csp.get('style-src-attr'), ["'unsafe-inline'"]);
    for (const style of elements(shell.html, 'style')) assert.equal(attr(style, 'nonce'), shell.nonce);
  });

  it('the preview loads images and fonts from the extension (and data: images) only: no remote origin anywhere', () => {
    assert.deepEqual(csp.get('img-src'), [CSP_SOURCE, 'data:']);
    assert.deepEqual(csp.get('font-src'), [CSP_SOURCE]);
    // Every source is a keyword or nonce, the extension's own resource origin, or data: for images.
    for (const [name, sources] of csp) for (const s of sources) assert.ok(s.startsWith("'") || s === CSP_SOURCE || (name === 'img-src' && s === 'data:'), `${name} allows ${s}`);
  });

  it('the HTML export allows no script and nothing remote', () => {
    const a = analyze('---\ncommittee: Planning\ndate: 2021-06-08\n---\n\n# 1. Item\nNOTED: the report.\n');
    const page = cspOf(renderHtml(a.model, { standalone: true, config: a.config }));
    assert.deepEqual(page.get('default-src'), ["'none'"]);
    assert.ok(!page.has('script-src'), 'script-src falls back to none');
    for (const [name, sources] of page) for (const s of sources) assert.ok(!/^(\*|https?:)|unsafe-eval/.test(s), `${name} allows ${s}`);
    assert.equal(elements(renderHtml(a.model, { standalone: true, config: a.config }), 'script').length, 0);
  });

  it('the preview panel runs scripts but no command links, reads local files from images/ only, and gets the HTML through its nonce', () => {
    const source = fs.readFileSync(path.join(ROOT, 'client/src/preview.ts'), 'utf8');
    assert.match(source, /enableScripts:\s*true/);
    assert.doesNotMatch(source, /enableCommandUris/, 'no command: links in the preview');
    assert.match(source, /localResourceRoots:\s*\[vscode\.Uri\.joinPath\(context\.extensionUri, 'images'\)\]/);
    assert.match(source, /withStyleNonce\(html, this\.nonce\)/, 'the server HTML gets the nonce for its styles only');
    const page = fs.readFileSync(path.join(ROOT, 'client/src/preview-html.ts'), 'utf8');
    // innerHTML never runs <script> elements; handlers it could carry are blocked by script-src.
    assert.match(page, /root\.innerHTML = msg\.html/);
    assert.doesNotMatch(page, /insertAdjacentHTML|document\.write|createContextualFragment|new Function|eval\(/);
  });

  it('links from the preview open only web and mail addresses outside VS Code', () => {
    const source = fs.readFileSync(path.join(ROOT, 'client/src/preview.ts'), 'utf8');
    const open = /async function openLink[\s\S]*?\n}/.exec(source)?.[0] ?? '';
    assert.match(open, /if \(\/\^\(https\?\|mailto\):\/i\.test\(href\)\)/, 'openExternal only for http, https and mailto');
    assert.equal((open.match(/openExternal/g) ?? []).length, 1);
  });
});
