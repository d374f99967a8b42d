/**
 * Reading a web page of minutes, with parse5: ModernGov's pages (an agenda
 * item, `mgAi.aspx`; a meeting with its Items table, `ieListDocuments.aspx`;
 * an issue's meetings and a decision, `mgIssueHistoryHome.aspx`,
 * `mgDecisionDetails.aspx`), Word's "save as web page" HTML (`MsoNormal`
 * paragraphs, list numbers in `mso-list:Ignore` spans), and any page of
 * paragraphs, lists and tables. Each block element is a block; a list
 * entry gets its number or bullet in front, as a copy of the page shows
 * it. Where the page has a content area (ModernGov's `mgContent`, a
 * `<main>`), what is outside it is the site around the minutes: dropped,
 * and listed. Our own HTML export is read by own-export-reader.ts.
 */
import { clean, type ReadResult, type SourceBlock } from './blocks';
import { attr, classes, elements, find, hasClass, INVISIBLE, lineOf, parsePage, textOf, type DomNode } from './dom';
import { readOwnExport } from './own-export-reader';

const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'blockquote', 'ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'pre', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'hr', 'center']);

type Dropped = { at: number; text: string; reason: string };

/** Reads a page into blocks. */
export function readHtml(html: string): ReadResult {
  const doc = parsePage(html);
  const own = find(doc, (e) => e.tagName === 'main' && hasClass(e, 'minutes-document'));
  if (own) return readOwnExport(own);
  const body = find(doc, (e) => e.tagName === 'body') ?? doc;
  const content = find(body, (e) => hasClass(e, 'mgContent') || attr(e, 'id') === 'modgov') ?? find(body, (e) => e.tagName === 'main' || attr(e, 'role') === 'main');
  const blocks: SourceBlock[] = [];
  const dropped: Dropped[] = [];
  if (content) {
    const outside: SourceBlock[] = [];
    walk(body, outside, 0, content);
    for (const b of outside) dropped.push({ at: b.at, text: b.kind === 'text' ? b.text : b.rows.flat().join(' '), reason: "the site's page around the minutes" });
  }
  walk(content ?? body, blocks, 0, null);
  const authority = authorityOf(clean(textOf(find(doc, (e) => e.tagName === 'title') ?? { nodeName: '#text', value: '' })));
  return { blocks, dropped, ...(authority ? { meta: { authority } } : {}) };
}

/**
 * The council a page belongs to, from its title: council sites end it with
 * their name (`Agenda item - Ofsted Report | Northvale District Council`,
 * `... - Eastbrook Borough Council`).
 */
function authorityOf(title: string): string | null {
  // A separator's white space is matched from the start of its run only: \s+ alone rescanned a long run from each of its characters (quadratic).
  const last = title.split(/(?<!\s)\s+[|–—-]\s+/).pop() ?? '';
  return last !== title && /\b(?:Council|Authority|Corporation|Board|Trust)$/.test(last) && last.split(' ').length <= 8 ? last : null;
}

/** Adds the blocks of a node's children; `skip` is a subtree read on its own (the content area). */
function walk(node: DomNode, out: SourceBlock[], depth: number, skip: DomNode | null): void {
  let inline: DomNode[] = [];
  const flush = (): void => {
    pushText(out, inline, node, depth);
    inline = [];
  };
  for (const c of node.childNodes ?? []) {
    if (c === skip) {
      flush();
      continue;
    }
    const tag = c.tagName;
    if (!tag || !BLOCK.has(tag)) {
      if (tag && INVISIBLE.has(tag)) continue;
      if (tag === 'br') flush();
      else inline.push(c);
      continue;
    }
    flush();
    if (/^h[1-6]$/.test(tag)) pushText(out, [c], c, depth, Number(tag[1]));
    else if (tag === 'ul' || tag === 'ol') list(c, out, depth);
    else if (tag === 'table') table(c, out, depth, skip);
    else if (tag !== 'hr') walk(c, out, depth, skip);
  }
  flush();
}

function pushText(out: SourceBlock[], nodes: readonly DomNode[], parent: DomNode, depth: number, heading?: number): void {
  const text = clean(nodes.map(textOf).join(''));
  if (!text) return;
  const first = nodes.find((n) => n.sourceCodeLocation) ?? parent;
  const cls = classes(parent).join(' ');
  const bold = nodes.length > 0 && nodes.every((n) => isBold(n) || !clean(textOf(n)));
  const hint = /mgAiTitleTxt/.test(cls) ? 'item-title' : bold && !heading ? 'bold' : cls || undefined;
  out.push({ kind: 'text', text, at: lineOf(first) || lineOf(parent), ...(heading ? { heading } : {}), ...(hint ? { hint } : {}) });
}

/** True for text all in bold: `<b>`, `<strong>`, or a block whose only content is one of them. */
function isBold(n: DomNode): boolean {
  if (n.tagName === 'b' || n.tagName === 'strong') return true;
  const kids = (n.childNodes ?? []).filter((c) => clean(textOf(c)) || c.tagName);
  return n.tagName !== undefined && kids.length > 0 && kids.every(isBold);
}

/** A list's entries, each with the marker a browser shows: `1.`, `a)`, `(i)` for ordered lists, `-` for others. */
function list(node: DomNode, out: SourceBlock[], depth: number): void {
  const ordered = node.tagName === 'ol';
  const type = attr(node, 'type') ?? '1';
  let n = Number(attr(node, 'start') ?? '1') || 1;
  for (const li of elements(node)) {
    if (li.tagName !== 'li') {
      walk({ nodeName: 'div', childNodes: [li] }, out, depth, null);
      continue;
    }
    const value = Number(attr(li, 'value') ?? n);
    const marker = ordered ? orderedMarker(value, type) : '-';
    n = value + 1;
    const inner: SourceBlock[] = [];
    walk({ nodeName: 'li', childNodes: li.childNodes, sourceCodeLocation: li.sourceCodeLocation }, inner, depth + 1, null);
    const [first, ...rest] = inner;
    if (first && first.kind === 'text' && !first.heading) out.push({ ...first, text: `${marker} ${first.text}`, depth, at: lineOf(li) || first.at });
    else if (first) out.push(first);
    for (const b of rest) out.push(b);
  }
}

function orderedMarker(n: number, type: string): string {
  if (type === 'a' || type === 'A') {
    const letter = String.fromCharCode((type === 'a' ? 96 : 64) + (((n - 1) % 26) + 1));
    return `${letter})`;
  }
  if (type === 'i' || type === 'I') return `(${roman(n)})`;
  return `${n}.`;
}

function roman(n: number): string {
  const parts: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of parts) while (n >= v) (out += s), (n -= v);
  return out;
}

/**
 * A data table becomes a table block. ModernGov's Items table
 * (`mgItemTable`) is a layout: a number cell and a cell holding the item's
 * title and minutes, read as a heading and the blocks under it; its column
 * headings are furniture.
 */
function table(node: DomNode, out: SourceBlock[], depth: number, skip: DomNode | null): void {
  const rows = rowsOf(node);
  const layout = hasClass(node, 'mgItemTable') || rows.some((r) => r.cells.some((c) => elements(c).some((e) => e.tagName === 'table')));
  if (!layout) {
    const texts = rows.map((r) => r.cells.map((c) => clean(textOf(c)))).filter((r) => r.some(Boolean));
    if (texts.length) out.push({ kind: 'table', rows: pad(texts), at: lineOf(node) });
    return;
  }
  for (const r of rows) {
    const [numberCell, ...cells] = r.cells;
    const number = numberCell ? clean(textOf(numberCell)) : '';
    if (r.header) {
      const text = clean(r.cells.map(textOf).join(' '));
      if (text) out.push({ kind: 'text', text, at: lineOf(r.row), hint: 'table-headings' });
      continue;
    }
    const inner: SourceBlock[] = [];
    for (const c of cells.length ? cells : r.cells) walk(c, inner, depth, skip);
    const [first, ...rest] = inner;
    if (/^[\w/().]{1,12}$/.test(number) && first && first.kind === 'text') {
      out.push({ kind: 'text', text: `${number} ${first.text}`, at: first.at, heading: 2, hint: 'item-title' });
      for (const x of rest) out.push(x);
    } else {
      if (!cells.length && numberCell) continue;
      if (number && cells.length) walk(numberCell, out, depth, skip);
      for (const x of inner) out.push(x);
    }
  }
}

function rowsOf(table: DomNode): { row: DomNode; header: boolean; cells: DomNode[] }[] {
  const rows: { row: DomNode; header: boolean; cells: DomNode[] }[] = [];
  const visit = (n: DomNode): void => {
    for (const c of elements(n)) {
      if (c.tagName === 'tr') {
        const cells = elements(c).filter((e) => e.tagName === 'td' || e.tagName === 'th');
        rows.push({ row: c, header: cells.length > 0 && cells.every((e) => e.tagName === 'th'), cells });
      } else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

function pad(rows: string[][]): string[][] {
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  return rows.map((r) => r.concat(Array(width - r.length).fill('')));
}
