/**
 * Hostile text for the security tests: the XSS payloads of
 * xss-payloads.txt, a document with a slot in every field a clerk can
 * write (header values, people's names and roles, attendance names and
 * notes, declarations, item titles and lines, narrative, lists and nested
 * entries, aligned table cells, link text and targets, resolutions and
 * nested ones, votes, actions' owners, tasks and due dates, risk table
 * cells, comments, escaped lines, exempt items; and v2's header executive
 * and contact, a role after a second dash, a name with initials, arrivals
 * and departures with their notes, legacy moved/seconded prose, a. and i.
 * lists, motions and amendments with movers and seconders, recorded votes'
 * names, reasons, alternatives and the closing time), and a checker that
 * parses HTML with parse5 and lists anything live in it: scripts, event
 * handler attributes, script or data URLs, and elements that no minutes text
 * should make (svg, iframe, object, embed, style, ...).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The payloads, one per line of xss-payloads.txt (comments and blank lines left out). */
export const PAYLOADS: readonly string[] = fs
  .readFileSync(path.join(__dirname, 'xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('## '));

/** The document; every `{P}` is one field. */
const TEMPLATE = `---
authority: {P}
committee: {P}
title: {P}
date: 2021-06-08
time: {P}
venue: {P}
author: {P}
from: {P}
status: {P}
approved-on: {P}
quorum: {P}
risk-matrix: {P}
x-note: {P}
executive: {P}
contact: {P}
---

PEOPLE:
@alam {P} — {P}
@jo {P}
@kim {P} — {P} – {P}

PRESENT: @alam (Chair), {P} ({P}), @kim, {P} (B)
APOLOGIES: {P}
ABSENT: {P}
IN ATTENDANCE: @jo, {P}

DECLARATIONS:
- @alam (item 1): {P}
- {P} (item {P}): {P}

{P}

# 1. {P}
REPORT: {P}
CONTACT: @alam, {P}
URGENT: {P}
DOCUMENTS: {P}, {P}
ARRIVED: {P} ({P})
LEFT: @kim ({P})

{P}

It was moved by {P}, seconded by {P} and RESOLVED that {P}

1. {P}
   (a) {P}
- {P}

| {P} | Right |
|:---|---:|
| {P} | {P} |

See [{P}](https://example.org/) and [the link]({P}) and <{P}>.

RECOMMENDED:
{P}

MINUTES: {P}

RESOLVED:
(a) {P}
(b) {P}
    (i) {P}

VOTE: {P}
NOTED: {P}
ACTION: {P}
ACTION: @alam — {P} — due {P} — {P}
ACTION: {P} — {P} — due 2021-07-01

RISKS:
| Risk | {P} | Rating |
|---|---|---|
| {P} | {P} | {P} |

// {P}
\\{P}

## 1.1 {P}
RESOLVED: {P}

## 1.2 {P}
RETURNED: @kim ({P})

a. {P}
b. {P}

i. {P}
ii. {P}

MOTION: moved by {P}, seconded by @alam
{P}

AMENDMENT: moved by @alam, seconded by {P} — withdrawn
{P}

AMENDMENT: moved by {P}
{P}
VOTE: for 1, against 2 — lost
  FOR: {P}
  AGAINST: @alam, {P}

VOTE: recorded — {P}
  FOR: @alam, @kim, {P} (B)
  AGAINST: {P}
  ABSTAIN: {P}

RESOLVED: {P}

REASONS:
{P}

ALTERNATIVES:
{P}

# {P}
NOTED: {P}

# 9. Exempt {P}
EXEMPT: 3
{P}

CLOSED: {P}
`;

/** How many fields the document has. */
export const FIELD_COUNT = TEMPLATE.split('{P}').length - 1;

/** What each field is, for messages: the line of the template it is on. */
export function fieldName(k: number): string {
  const before = TEMPLATE.split('{P}').slice(0, k + 1).join('{P}');
  const line = TEMPLATE.split('\n')[before.split('\n').length - 1];
  return `field ${k + 1} (${JSON.stringify(line)})`;
}

/** The document with `payload` in field `k` and harmless text in the others; with every field when `k` is omitted. */
export function hostileDocument(payload: string, k?: number): string {
  return hostileDocumentWith((field) => (k === undefined || k === field ? payload : 'Plain words'));
}

/** The document with `fill(k)` in each field k. */
export function hostileDocumentWith(fill: (k: number) => string): string {
  const parts = TEMPLATE.split('{P}');
  return parts.reduce((doc, part, i) => doc + (i === 0 ? '' : fill(i - 1)) + part, '');
}

export interface LiveOptions {
  /** The nonce a page's own script and styles carry; without it no script is allowed at all. */
  readonly nonce?: string;
  /** How many `<style>` elements the renderer itself writes. */
  readonly styles: number;
  /** How many `<script>` elements the page itself has (each must carry the nonce). */
  readonly scripts?: number;
}

/** Elements minutes text must never make, live or inert. */
const FORBIDDEN = new Set([
  'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
  'img', 'image', 'video', 'audio', 'source', 'track', 'picture', 'canvas', 'template', 'noscript', 'marquee', 'details', 'dialog', 'portal', 'isindex', 'x', 'xmp', 'plaintext', 'noembed', 'noframes',
]);
/** Attributes that hold a URL. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'codebase', 'cite', 'srcset', 'ping', 'manifest', 'icon', 'longdesc', 'usemap', 'lowsrc', 'dynsrc']);
/** The URL forms the renderers may print: web and mail addresses, and anchors in the page. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|#)[^\s\u0000-\u001f\u007f-\u009f]*$/i;

/** Everything live (or foreign) in an HTML document or fragment, as messages; empty when it is clean. */
export function liveContent(html: string, o: LiveOptions): string[] {
  const problems: string[] = [];
  let styles = 0;
  let scripts = 0;
  const visit = (node: Node): void => {
    if ('tagName' in node) checkElement(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node && node.content) visit(node.content as Node);
  };
  const checkElement = (el: Element): void => {
    const tag = el.tagName.toLowerCase();
    const attr = (name: string): string | undefined => el.attrs.find((a) => a.name.toLowerCase() === name)?.value;
    if (tag === 'script') {
      scripts++;
      if (!o.nonce || attr('nonce') !== o.nonce || attr('src') !== undefined) problems.push(`a <script> that is not the page's own: ${serialiseStart(el)}`);
    } else if (tag === 'style') {
      styles++;
      if (o.nonce && attr('nonce') !== o.nonce) problems.push(`a <style> without the page's nonce`);
    } else if (tag === 'meta') {
      const equiv = attr('http-equiv')?.toLowerCase();
      if (equiv !== undefined && equiv !== 'content-security-policy') problems.push(`<meta http-equiv="${equiv}">`);
    } else if (FORBIDDEN.has(tag) || tag.includes(':')) problems.push(`a <${tag}> element`);
    for (const a of el.attrs) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`an event handler ${name}="${a.value}" on <${tag}>`);
      if (name === 'srcdoc' || name === 'formaction') problems.push(`${name} on <${tag}>`);
      if (URL_ATTRS.has(name) && !SAFE_URL.test(a.value.trim())) problems.push(`${name}="${a.value}" on <${tag}>`);
      if (name === 'style' && /url\s*\(|expression\s*\(|javascript:|@import|behavior\s*:/i.test(a.value)) problems.push(`style="${a.value}" on <${tag}>`);
      if (name === 'http-equiv' && a.value.toLowerCase() === 'refresh') problems.push('a refresh');
    }
  };
  visit(parse(html) as unknown as Node);
  if (styles !== o.styles) problems.push(`${styles} <style> elements, the renderer writes ${o.styles}`);
  if (scripts !== (o.scripts ?? 0)) problems.push(`${scripts} <script> elements, the page has ${o.scripts ?? 0}`);
  return problems;
}

function serialiseStart(el: Element): string {
  return `<${el.tagName}${el.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
}
