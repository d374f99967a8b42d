/**
 * Marks diagnostics in the preview's HTML. Each problem goes on the rendered
 * element that holds its source line: the one whose `data-line` is the
 * greatest not after the problem's line (the innermost, when several share
 * it). That element gets `data-severity` and a short label with the message,
 * so the clerk sees the problem where it is on the page.
 *
 * This works on the renderer's own output, whose attribute values are always
 * escaped: `data-line="` can only appear there as a real attribute.
 */
import { escapeHtml } from './inline';

export interface PreviewDiagnostic {
  /** 0-based source line. */
  readonly line: number;
  readonly severity: 'error' | 'warning' | 'info' | 'hint' | string;
  readonly message: string;
}

const RANK: Record<string, number> = { error: 3, warning: 2, info: 1, hint: 0 };
const PHRASING_HOSTS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'header', 'td', 'th', 'dd', 'caption']);

/** Returns `html` with each diagnostic marked on the element holding its line. */
export function markDiagnostics(html: string, diagnostics: readonly PreviewDiagnostic[]): string {
  const anchors = [...html.matchAll(/ data-line="(\d+)"/g)].map((m) => ({ line: Number(m[1]), at: m.index! }));
  if (!anchors.length) return html;
  const byAnchor = new Map<number, PreviewDiagnostic[]>();
  for (const d of diagnostics) {
    const k = anchorFor(anchors, d.line);
    byAnchor.set(k, [...(byAnchor.get(k) ?? []), d]);
  }
  let out = html;
  for (const k of [...byAnchor.keys()].sort((a, b) => b - a)) out = markAt(out, anchors[k].at, byAnchor.get(k)!);
  return out;
}

function anchorFor(anchors: readonly { line: number }[], line: number): number {
  let best = 0;
  for (let i = 0; i < anchors.length; i++) {
    if (anchors[i].line <= line && anchors[i].line >= anchors[best].line) best = i;
  }
  return best;
}

function markAt(html: string, at: number, diags: readonly PreviewDiagnostic[]): string {
  const tagStart = html.lastIndexOf('<', at);
  const tag = /^<([a-z0-9]+)/i.exec(html.slice(tagStart))?.[1].toLowerCase() ?? '';
  const tagEnd = html.indexOf('>', at);
  const worst = diags.reduce((w, d) => ((RANK[d.severity] ?? 0) > (RANK[w] ?? 0) ? d.severity : w), diags[0].severity);
  const text = diags.map((d) => `${d.severity}: ${d.message}`).join('\n');
  const attrs = ` data-severity="${escapeHtml(worst)}" title="${escapeHtml(text)}"`;
  const badge = diags
    .map((d) => `<span class="minutes-diagnostic minutes-diagnostic-${escapeHtml(d.severity)}" role="note">${escapeHtml(`${capital(d.severity)}: ${d.message}`)}</span>`)
    .join('');
  let insertAt = -1;
  if (PHRASING_HOSTS.has(tag)) insertAt = tagEnd + 1;
  else if (tag === 'tr') {
    const cell = /<t[dh][^>]*>/.exec(html.slice(tagEnd));
    if (cell) insertAt = tagEnd + cell.index + cell[0].length;
  }
  const withBadge = insertAt >= 0 ? html.slice(0, insertAt) + badge + html.slice(insertAt) : html;
  return withBadge.slice(0, tagEnd) + attrs + withBadge.slice(tagEnd);
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
