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
  const find = anchorFinder(anchors);
  const byAnchor = new Map<number, PreviewDiagnostic[]>();
  for (const d of diagnostics) {
    const k = find(d.line);
    const list = byAnchor.get(k);
    if (list) list.push(d);
    else byAnchor.set(k, [d]);
  }
  // Every insertion is placed by offsets in `html` and the page is built in
  // one pass: inserting into the whole page once per marked element was
  // quadratic on a long document with problems all through it.
  const inserts = [...byAnchor.keys()].sort((a, b) => a - b).flatMap((k) => insertsAt(html, anchors[k].at, byAnchor.get(k)!));
  inserts.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let from = 0;
  for (const ins of inserts) {
    parts.push(html.slice(from, ins.at), ins.text);
    from = ins.at;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/**
 * The anchor for a line: the one with the greatest line not after it, the
 * last such in the page when several share it (the innermost); the first
 * anchor when the page's first anchor is already past the line. A binary
 * search over the anchors sorted by line, not a scan per problem.
 */
function anchorFinder(anchors: readonly { line: number }[]): (line: number) => number {
  const order = anchors.map((_, i) => i).sort((a, b) => anchors[a].line - anchors[b].line || a - b);
  return (line) => {
    if (anchors[0].line > line) return 0;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[order[mid]].line <= line) lo = mid + 1;
      else hi = mid;
    }
    return order[lo - 1];
  };
}

/** The attributes and the badge for one element, as insertions at offsets of `html` (the badge after the attributes). */
function insertsAt(html: string, at: number, diags: readonly PreviewDiagnostic[]): { at: number; text: string }[] {
  const tagStart = html.lastIndexOf('<', at);
  const tag = /^<([a-z0-9]+)/i.exec(html.slice(tagStart, at))?.[1].toLowerCase() ?? '';
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
    const cell = /<t[dh][^>]*>/g;
    cell.lastIndex = tagEnd;
    const m = cell.exec(html);
    if (m) insertAt = m.index + m[0].length;
  }
  return insertAt >= 0 ? [{ at: tagEnd, text: attrs }, { at: insertAt, text: badge }] : [{ at: tagEnd, text: attrs }];
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
