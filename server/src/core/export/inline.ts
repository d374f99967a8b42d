/**
 * Inline markup of minutes text: `**bold**`, `*italic*`, `[text](url)`,
 * `<https://...>` and `@handle`. The model keeps text as written; this file
 * reads it into a small tree once and prints that tree as escaped HTML, as
 * Markdown or as plain text (the Word export walks the tree itself).
 *
 * Only `http:`, `https:` and `mailto:` targets become links; any other link
 * (`javascript:`, `data:`, a relative path) stays text exactly as written, so
 * nothing a document says can run code in a preview or a published page.
 * A declared `@handle` prints as the person's display name; an undeclared one
 * stays as written.
 */

/** A piece of inline content. */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly children: readonly Inline[] }
  | { readonly kind: 'em'; readonly children: readonly Inline[] }
  | { readonly kind: 'link'; readonly href: string; readonly auto: boolean; readonly children: readonly Inline[] }
  | { readonly kind: 'person'; readonly handle: string; readonly name: string };

/** Display names by handle (without `@`). */
export type Names = ReadonlyMap<string, string>;

const STRONG = /\*\*(?=\S)([\s\S]*?\S)\*\*/y;
const EM = /\*(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)/y;
const LINK = /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/y;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]*:[^<>\s]+)>/y;
const HANDLE = /(?<![A-Za-z0-9._@-])@([a-z0-9]+(?:-[a-z0-9]+)*)/y;

/** True for the link targets exports may print as links: http, https and mailto only. */
export function isSafeHref(href: string): boolean {
  // No white space or control characters anywhere: browsers strip some of them
  // before reading the scheme, which is how `java\tscript:` tricks work.
  if (/[\u0000-\u0020\u007f-\u009f]/.test(href)) return false;
  return /^(https?:\/\/[^/]|mailto:[^\s])/i.test(href);
}

/** Reads inline markup. `names` resolves handles; links are never nested. */
export function parseInline(text: string, names: Names, inLink = false): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = (): void => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  const misses: Misses = { strong: Infinity, em: Infinity, link: -1 };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const found = c === '*' || c === '[' || c === '<' || c === '@' ? matchAt(text, i, names, inLink, misses) : null;
    if (!found) {
      plain += c;
      i++;
      continue;
    }
    flush();
    out.push(found.node);
    i = found.end;
  }
  flush();
  return out;
}

/**
 * What failed searches tell about later openers in the same text, so that a
 * line of openers that never close (`*a *a *a ...`, `[[[[...`) is read in
 * linear time instead of searching to the end of the text from each one.
 * - `strong`, `em`: a search from an opener with text right after it failed,
 *   so no closer follows that offset; openers from there on fail too.
 * - `link`: a `[` failed (or found an unsafe target); every `[` before the
 *   `]` or line break where its search stopped stops there too, and fails.
 */
interface Misses {
  strong: number;
  em: number;
  link: number;
}

function matchAt(text: string, i: number, names: Names, inLink: boolean, misses: Misses): { node: Inline; end: number } | null {
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(text);
  };
  let m: RegExpExecArray | null;
  if (i < misses.strong) {
    if ((m = at(STRONG))) return { node: { kind: 'strong', children: parseInline(m[1], names, inLink) }, end: i + m[0].length };
    if (text.startsWith('**', i) && /\S/.test(text.charAt(i + 2))) misses.strong = i;
  }
  if (i < misses.em) {
    if ((m = at(EM))) return { node: { kind: 'em', children: parseInline(m[1], names, inLink) }, end: i + m[0].length };
    if (text[i] === '*' && /[^\s*]/.test(text.charAt(i + 1))) misses.em = i;
  }
  if (!inLink && text[i] === '[' && i >= misses.link) {
    if ((m = at(LINK)) && isSafeHref(m[2]))
      return { node: { kind: 'link', href: m[2], auto: false, children: parseInline(m[1], names, true) }, end: i + m[0].length };
    misses.link = linkStop(text, i + 1);
  }
  if (!inLink && (m = at(AUTOLINK)) && isSafeHref(m[1]))
    return { node: { kind: 'link', href: m[1], auto: true, children: [{ kind: 'text', text: m[1] }] }, end: i + m[0].length };
  if ((m = at(HANDLE)) && names.has(m[1])) return { node: { kind: 'person', handle: m[1], name: names.get(m[1])! }, end: i + m[0].length };
  return null;
}

/** Where a LINK search from before `from` stops: the first `]` or line break (or the end). */
function linkStop(text: string, from: number): number {
  for (let j = from; j < text.length; j++) if (text[j] === ']' || text[j] === '\n') return j;
  return text.length;
}

/** Escapes text for HTML content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Inline nodes as HTML; every piece of text is escaped. An email address in
 * the text becomes a mailto link. A URL shown as text gets break points
 * (`<wbr>`) at its slashes and dots, so that it wraps there, never inside a
 * word; a link whose text is not its URL carries the URL after it for print
 * (`minutes-print-url`, hidden on screen), as a printed page cannot be
 * clicked, and a link whose text is the URL does not, so it is never doubled.
 */
export function inlineToHtml(nodes: readonly Inline[], inLink = false): string {
  return nodes.map((n) => nodeToHtml(n, inLink)).join('');
}

function nodeToHtml(n: Inline, inLink: boolean): string {
  switch (n.kind) {
    case 'text':
      return inLink ? breakable(n.text) : linkEmails(n.text);
    case 'person':
      return escapeHtml(n.name);
    case 'strong':
      return `<strong>${inlineToHtml(n.children, inLink)}</strong>`;
    case 'em':
      return `<em>${inlineToHtml(n.children, inLink)}</em>`;
    case 'link': {
      const text = inlineToText(n.children);
      const shown = sameUrl(text, n.href);
      const cls = shown ? ' class="minutes-url"' : '';
      const print = shown || !/^https?:/i.test(n.href) ? '' : `<span class="minutes-print-url"> (${breakable(n.href)})</span>`;
      return `<a${cls} href="${escapeHtml(n.href)}">${inlineToHtml(n.children, true)}</a>${print}`;
    }
  }
}

/** True when a link's text is its own address (`https://x`, `x` for `https://x/`, the address for mailto). */
function sameUrl(text: string, href: string): boolean {
  const bare = (u: string): string => u.trim().replace(/^(https?:\/\/|mailto:)/i, '').replace(/\/$/, '').toLowerCase();
  return bare(text) === bare(href);
}

/**
 * Escaped text; when it is an address (a URL or an email), with a break
 * point after each run of slashes and each `@`, and before each dot, `?`,
 * `#` and `&`, so a narrow column wraps it there and not inside a word.
 */
function breakable(text: string): string {
  if (/\s/.test(text) || !/^(https?:\/\/|mailto:|www\.)|@/i.test(text)) return escapeHtml(text);
  return text
    .split(/(?<=\/)(?!\/)|(?<=@)|(?<=[^/])(?=[.?#&])/)
    .map(escapeHtml)
    .join('<wbr>');
}

const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/**
 * Escaped text with each email address a mailto link. Found from each `@`
 * outward (not by a regular expression over the whole text, which would
 * rescan a long run of letters from every position in it).
 */
function linkEmails(text: string): string {
  let out = '';
  let done = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > done && LOCAL.test(text[start - 1])) start--;
    const domain = DOMAIN.exec(text.slice(at + 1, at + 256));
    // The local part may not start or end with a dot, and the domain must not run on into more of an address.
    const local = text.slice(start, at).replace(/^\.+/, '');
    if (!local || local.endsWith('.') || !domain) continue;
    start = at - local.length;
    const end = at + 1 + domain[0].length;
    if (/[A-Za-z0-9@_-]/.test(text.charAt(end))) continue;
    const address = text.slice(start, end);
    out += escapeHtml(text.slice(done, start)) + `<a href="mailto:${escapeHtml(address)}">${breakable(address)}</a>`;
    done = end;
    at = end - 1;
  }
  return out + escapeHtml(text.slice(done));
}

/** Minutes text with inline markup, as HTML. */
export function htmlInline(text: string, names: Names): string {
  return inlineToHtml(parseInline(text, names));
}

/** Inline nodes as plain text: markup dropped, handles as names, link targets left out. */
export function inlineToText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => (n.kind === 'text' ? n.text : n.kind === 'person' ? n.name : inlineToText(n.children)))
    .join('');
}

/** Minutes text as plain text. */
export function plainInline(text: string, names: Names): string {
  return inlineToText(parseInline(text, names));
}

/**
 * Escapes text so that Markdown (CommonMark with GitHub's extensions) shows
 * it literally: emphasis, link, HTML, table and strikethrough characters get
 * a backslash, and `&` only where it would start an entity.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Inline nodes as Markdown. */
export function inlineToMarkdown(nodes: readonly Inline[]): string {
  return nodes.map(nodeToMarkdown).join('');
}

function nodeToMarkdown(n: Inline): string {
  switch (n.kind) {
    case 'text':
      return escapeMarkdown(n.text);
    case 'person':
      return escapeMarkdown(n.name);
    case 'strong':
      return `**${inlineToMarkdown(n.children)}**`;
    case 'em':
      return `*${inlineToMarkdown(n.children)}*`;
    case 'link':
      return n.auto ? `<${markdownHref(n.href)}>` : `[${inlineToMarkdown(n.children)}](${markdownHref(n.href)})`;
  }
}

/** A link target Markdown cannot misread: brackets, quotes and spaces percent-encoded. */
function markdownHref(href: string): string {
  return href.replace(/[()<>\s"'\\`|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Minutes text with inline markup, as Markdown. */
export function markdownInline(text: string, names: Names): string {
  return inlineToMarkdown(parseInline(text, names));
}
