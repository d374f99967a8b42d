// The preview webview's page: a fixed shell (strict CSP, theme-following CSS,
// one nonce'd script) whose content the script swaps in place on each update,
// so the page is never reloaded while typing. The body HTML comes from the
// server (`minutes/render`); nothing here knows the language.
import { hexNonce } from './bytes';

/** Messages from the extension to the page. */
export type ToPreview =
  | { type: 'update'; html: string; version: number; scrollSync: boolean; line?: number }
  | { type: 'scrollTo'; line: number }
  | { type: 'error'; message: string }
  | { type: 'settings'; scrollSync: boolean };

/** Messages from the page to the extension. */
export type FromPreview =
  | { type: 'ready' }
  | { type: 'rendered'; version: number; text: string; html: string }
  | { type: 'revealLine'; line: number }
  | { type: 'openLine'; line: number }
  | { type: 'openLink'; href: string };

/** The page, and the nonce its CSP allows (server `<style>` elements get it too). */
export function previewShell(opts: { cspSource: string; uri: string; title: string }): { html: string; nonce: string } {
  const nonce = hexNonce(16);
  // Inline style *attributes* stay allowed (the renderer may colour risk bands);
  // they cannot run code. No remote origin is allowed for anything.
  const csp = [
    "default-src 'none'",
    `img-src ${opts.cspSource} data:`,
    `font-src ${opts.cspSource}`,
    `style-src ${opts.cspSource} 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${CSS}</style>
<title>${escapeHtml(opts.title)}</title>
</head>
<body>
<div id="minutes-error" role="alert" hidden></div>
<main id="minutes-root" class="minutes-preview" data-uri="${escapeHtml(opts.uri)}"><p class="minutes-loading">Rendering…</p></main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
  return { html, nonce };
}

/** Gives `<style>` elements in server HTML the page's nonce, so the CSP lets them apply. */
export function withStyleNonce(html: string, nonce: string): string {
  return html.replace(/<style(?=[\s>])/gi, `<style nonce="${nonce}"`);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
body {
  font-family: var(--vscode-font-family);
  font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-foreground);
  background: var(--vscode-editor-background);
  line-height: 1.55;
  padding: 0 26px 40vh;
  word-wrap: break-word;
}
.minutes-preview { max-width: 56em; }
h1, h2, h3, h4 { font-weight: 600; line-height: 1.25; margin: 1.2em 0 .5em; }
h1 { font-size: 1.7em; padding-bottom: .3em; border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,.35)); }
h2 { font-size: 1.35em; }
h3 { font-size: 1.15em; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
table { border-collapse: collapse; margin: .8em 0; }
th, td { border: 1px solid var(--vscode-panel-border, rgba(128,128,128,.35)); padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: var(--vscode-textBlockQuote-background, rgba(128,128,128,.1)); }
code, pre { font-family: var(--vscode-editor-font-family); }
blockquote { margin: 0; padding: 0 1em; border-left: 4px solid var(--vscode-textBlockQuote-border, rgba(128,128,128,.5)); background: var(--vscode-textBlockQuote-background); }
hr { border: 0; border-top: 1px solid var(--vscode-panel-border, rgba(128,128,128,.35)); }
dl, dt { margin: .2em 0; }
[data-line] { scroll-margin-top: 8px; }
.minutes-loading { opacity: .6; font-style: italic; }
.minutes-flash { outline: 1px solid var(--vscode-focusBorder); }
#minutes-error {
  position: sticky; top: 0; z-index: 1; margin: 0 -26px 8px; padding: 6px 26px;
  color: var(--vscode-inputValidation-errorForeground, inherit);
  background: var(--vscode-inputValidation-errorBackground, rgba(255,0,0,.15));
  border-bottom: 1px solid var(--vscode-inputValidation-errorBorder, red);
}
`;

// Plain browser JavaScript (no build step): swaps content, syncs scrolling by
// the data-line attributes (0-based source lines), forwards double-clicks and links.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('minutes-root');
  const errorBox = document.getElementById('minutes-error');
  const state = Object.assign({ uri: root.dataset.uri, line: 0 }, vscode.getState() || {});
  vscode.setState(state);
  let version = -1;
  let scrollSync = true;
  let ownScrollTarget = -1;
  let anchors = [];

  function collectAnchors() {
    anchors = Array.from(root.querySelectorAll('[data-line]'))
      .map((el) => ({ el, line: Number(el.getAttribute('data-line')) }))
      .filter((a) => Number.isFinite(a.line));
    anchors.sort((a, b) => a.line - b.line);
  }
  const topOf = (el) => el.getBoundingClientRect().top + window.scrollY;

  function offsetForLine(line) {
    let prev, next;
    for (const a of anchors) {
      if (a.line <= line) prev = a; else { next = a; break; }
    }
    if (!prev) return 0;
    const y0 = topOf(prev.el);
    if (!next || next.line === prev.line) return y0;
    const y1 = topOf(next.el);
    return y0 + (y1 - y0) * (line - prev.line) / (next.line - prev.line);
  }

  function lineAtTop() {
    const y = window.scrollY;
    let prev, next;
    for (const a of anchors) {
      if (topOf(a.el) <= y + 1) prev = a; else { next = a; break; }
    }
    if (!prev) return next ? Math.max(0, next.line - 1) : 0;
    if (!next) return prev.line;
    const y0 = topOf(prev.el), y1 = topOf(next.el);
    return Math.floor(prev.line + (next.line - prev.line) * (y - y0) / Math.max(1, y1 - y0));
  }

  function scrollToLine(line) {
    state.line = line;
    vscode.setState(state);
    const target = Math.max(0, Math.round(offsetForLine(line) - 8));
    if (Math.abs(window.scrollY - target) < 2) return;
    ownScrollTarget = target;
    window.scrollTo(0, target);
  }

  let scrollPending = false;
  window.addEventListener('scroll', () => {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => {
      scrollPending = false;
      if (ownScrollTarget >= 0 && Math.abs(window.scrollY - ownScrollTarget) < 2) { ownScrollTarget = -1; return; }
      ownScrollTarget = -1;
      const line = lineAtTop();
      state.line = line;
      vscode.setState(state);
      if (scrollSync) vscode.postMessage({ type: 'revealLine', line });
    });
  }, { passive: true });

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (!msg || typeof msg.type !== 'string') return;
    if (msg.type === 'update') {
      if (msg.version < version) return;
      version = msg.version;
      scrollSync = msg.scrollSync;
      const keep = window.scrollY;
      root.innerHTML = msg.html;
      errorBox.hidden = true;
      collectAnchors();
      if (typeof msg.line === 'number' && scrollSync) scrollToLine(msg.line);
      else if (Math.abs(window.scrollY - keep) >= 2) { ownScrollTarget = keep; window.scrollTo(0, keep); }
      vscode.postMessage({ type: 'rendered', version, text: root.innerText, html: root.innerHTML });
    } else if (msg.type === 'scrollTo') {
      if (scrollSync) scrollToLine(msg.line);
    } else if (msg.type === 'settings') {
      scrollSync = msg.scrollSync;
    } else if (msg.type === 'error') {
      errorBox.textContent = msg.message;
      errorBox.hidden = false;
    }
  });

  document.addEventListener('dblclick', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!el) return;
    event.preventDefault();
    vscode.postMessage({ type: 'openLine', line: Number(el.getAttribute('data-line')) });
  });

  document.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!a) return;
    event.preventDefault();
    const href = a.getAttribute('href');
    if (href.startsWith('#')) {
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      if (target) target.scrollIntoView();
    } else {
      vscode.postMessage({ type: 'openLink', href });
    }
  });

  vscode.postMessage({ type: 'ready' });
})();
`;
