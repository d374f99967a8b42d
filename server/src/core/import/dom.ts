/**
 * The little of parse5's tree the HTML readers use: element names,
 * attributes, children, source lines and text. parse5 (a well-kept HTML
 * parser that follows the HTML standard) builds the tree; nothing in it is
 * ever run: scripts, styles, templates and event attributes are never read
 * as minutes, so they can neither run nor reach the output.
 */
import { parse } from 'parse5';

/** A node of parse5's default tree, as far as the readers need it. */
export interface DomNode {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly value?: string;
  readonly attrs?: readonly { readonly name: string; readonly value: string }[];
  readonly childNodes?: readonly DomNode[];
  readonly sourceCodeLocation?: { readonly startLine: number } | null;
}

/** Elements whose content is never minutes text (what a browser does not show, and form controls). */
export const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'button', 'textarea', 'input', 'canvas', 'audio', 'video']);

/** Parses a page, keeping each element's source line. */
export function parsePage(html: string): DomNode {
  return parse(html, { sourceCodeLocationInfo: true }) as unknown as DomNode;
}

export function attr(n: DomNode, name: string): string | undefined {
  return n.attrs?.find((a) => a.name === name)?.value;
}

export function classes(n: DomNode): string[] {
  return (attr(n, 'class') ?? '').split(/\s+/).filter(Boolean);
}

export function hasClass(n: DomNode, c: string): boolean {
  return classes(n).includes(c);
}

export function lineOf(n: DomNode): number {
  return n.sourceCodeLocation?.startLine ?? 0;
}

export function elements(n: DomNode): DomNode[] {
  return (n.childNodes ?? []).filter((c) => c.tagName !== undefined);
}

/** Depth-first search for the first element that passes a test. */
export function find(n: DomNode, test: (e: DomNode) => boolean): DomNode | null {
  if (n.tagName && test(n)) return n;
  for (const c of n.childNodes ?? []) {
    const f = find(c, test);
    if (f) return f;
  }
  return null;
}

/** Every element that passes a test, in document order. */
export function findAll(n: DomNode, test: (e: DomNode) => boolean, out: DomNode[] = []): DomNode[] {
  if (n.tagName && test(n)) out.push(n);
  for (const c of n.childNodes ?? []) findAll(c, test, out);
  return out;
}

/** The visible text of a node: text nodes and images' alt text (what a copy of the page gives), invisible elements skipped. */
export function textOf(n: DomNode): string {
  if (n.nodeName === '#text') return n.value ?? '';
  if (n.tagName === 'img') return ` ${attr(n, 'alt') ?? ''} `;
  if (n.tagName === 'br') return '\n';
  if (n.tagName && INVISIBLE.has(n.tagName)) return '';
  return (n.childNodes ?? []).map(textOf).join('');
}
