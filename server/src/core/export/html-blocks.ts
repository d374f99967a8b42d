/**
 * HTML for the content of an item (and the preamble): paragraphs, lists,
 * tables and the keyword blocks, each element tagged with `data-line` (the
 * 0-based source line) for the preview's scroll sync. Resolutions print with
 * their citation (`48(2)`) in a margin column, consecutive actions as one
 * table, risks as a table whose rating shows its band. All text goes through
 * the inline renderer, which escapes it.
 */
import type { RiskScaleNames } from '../config';
import type { ActionModel, ColumnAlign, ContentBlock, KeywordContent, ListEntryModel, ResolutionModel, RiskModel, TableContent } from '../model/types';
import { escapeHtml, htmlInline, type Names } from './inline';
import { isNumbered, listLevels, listResolutions, type ListLevel } from './list-tree';
import { statusLabel } from '../vocabulary';
import { dueLabel, exemptNotice, groupContent, riskColumns, type RenderBlock, type RiskColumns } from './present';
import { riskBand } from '../model/risk-band';
import { htmlChange, htmlMotion, htmlPlacedDeclarations, htmlVote, type ProceedingsContext } from './html-proceedings';
import { htmlLabel, labelAttr } from './html-cells';

/** What block rendering needs besides the blocks. */
export interface HtmlContext extends ProceedingsContext {
  readonly names: Names;
  /** The document's risk matrix, e.g. `A-F x 1-4`. */
  readonly matrix: string | undefined;
  readonly risk: RiskScaleNames | undefined;
}

/** ` data-line="N"`. */
export function dataLine(line: number): string {
  return ` data-line="${line}"`;
}

/** Renders content blocks in order. */
export function htmlContent(blocks: readonly ContentBlock[], ctx: HtmlContext): string {
  return groupContent(blocks)
    .map((b) => htmlBlock(b, ctx))
    .join('');
}

function htmlBlock(b: RenderBlock, ctx: HtmlContext): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p${dataLine(b.line)}>${htmlInline(b.text, ctx.names)}</p>\n`;
    case 'list':
      return htmlList(b.entries, b.line, ctx);
    case 'table':
      return htmlTable(b, ctx);
    case 'actions':
      return htmlActions(b.actions, b.line, ctx);
    case 'keyword':
      return htmlKeyword(b, ctx);
  }
}

/** A list, each nested level inside the entry it is indented under; a numbered level prints its markers as written. */
function htmlList(entries: readonly ListEntryModel[], line: number, ctx: HtmlContext): string {
  return htmlListLevel(listLevels(entries), line, ctx);
}

function htmlListLevel(level: ListLevel<ListEntryModel>, line: number, ctx: HtmlContext): string {
  const ordered = isNumbered(level);
  const items = level.entries.map(({ entry: e, sub }) => {
    const text = htmlInline(e.text, ctx.names);
    // A numbered entry is a two-column grid (marker, text): the text goes in one element, or each
    // run of text and each <strong>, <em> or <a> in it would take a grid cell of its own.
    const body = ordered ? `<span class="minutes-marker">${escapeHtml(e.marker)}</span> <span class="minutes-entry-text">${text}</span>` : text;
    const nested = sub ? `\n${htmlListLevel(sub, sub.entries[0].entry.line, ctx)}` : '';
    return `<li${dataLine(e.line)}>${body}${nested}</li>\n`;
  });
  const width = Math.min(8, level.entries.reduce((w, b) => Math.max(w, b.entry.marker.length), 1));
  return ordered
    ? `<ol class="minutes-list minutes-markers-${width}"${dataLine(line)}>\n${items.join('')}</ol>\n`
    : `<ul class="minutes-list"${dataLine(line)}>\n${items.join('')}</ul>\n`;
}

const ALIGN_CLASS = { left: 'minutes-align-left', right: 'minutes-align-right', center: 'minutes-align-center' } as const;

/** The stylesheet's class for a column's alignment, or none. */
function alignClass(a: ColumnAlign | undefined): string {
  return a ? ALIGN_CLASS[a] : '';
}

/** ` class="..."` of the non-empty names, or nothing. */
function classAttr(...names: string[]): string {
  const list = names.filter(Boolean).join(' ');
  return list ? ` class="${list}"` : '';
}

/**
 * A table; a column the separator row aligns (`---:`) gets a class the
 * stylesheet aligns, not a style attribute, which a strict page policy may refuse.
 */
function htmlTable({ rows, header, align, line }: TableContent, ctx: HtmlContext): string {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const cls = (i: number): string => classAttr(alignClass(align?.[i]));
  const headed = header && rows.length > 0;
  // A table with a header row reflows on a phone, each cell under its column's heading (html-cells.ts).
  const label = (i: number): string => (headed ? labelAttr(rows[0][i] ?? '', ctx.names) : '');
  const cells = (r: readonly string[], tag: 'td' | 'th'): string =>
    Array.from({ length: width }, (_, i) => `<${tag}${tag === 'th' ? ' scope="col"' : label(i)}${cls(i)}>${htmlInline(r[i] ?? '', ctx.names)}</${tag}>`).join('');
  const head = headed ? `<thead><tr>${cells(rows[0], 'th')}</tr></thead>\n` : '';
  const body = (header ? rows.slice(1) : rows).map((r) => `<tr>${cells(r, 'td')}</tr>\n`).join('');
  return `<table class="minutes-table"${dataLine(line)}>\n${head}<tbody>\n${body}</tbody>\n</table>\n`;
}

function htmlKeyword(b: KeywordContent, ctx: HtmlContext): string {
  const inline = b.text ? htmlInline(b.text, ctx.names) : '';
  switch (b.keyword) {
    case 'REPORT':
    case 'CONTACT':
    case 'URGENT':
    case 'DOCUMENTS':
      return `<p class="minutes-field minutes-${b.keyword.toLowerCase()}"${dataLine(b.line)}><span class="minutes-label">${escapeHtml(htmlLabel(b.keyword))}:</span> ${inline}</p>\n${htmlContent(b.body, ctx)}`;
    case 'EXEMPT':
      return `<p class="minutes-exempt" role="note"${dataLine(b.line)}>${escapeHtml(exemptNotice(exemptParagraph(b.text)))}</p>\n`;
    case 'MINUTES':
      return (inline ? `<p${dataLine(b.line)}>${inline}</p>\n` : '') + htmlContent(b.body, ctx);
    case 'VOTE':
      return htmlVote(b, ctx);
    case 'MOTION':
    case 'AMENDMENT':
      return htmlMotion(b, ctx, htmlContent(b.body, ctx));
    case 'ARRIVED':
    case 'LEFT':
    case 'RETURNED':
      return htmlChange(b, ctx);
    case 'CLOSED':
      // Printed at the end of the minutes, from meta.closed.
      return '';
    case 'DECLARATIONS': {
      // An item's declarations as a table (placed-declarations.ts); `DECLARATIONS: none` and any text on the line as written.
      const placed = ctx.placed?.inItems.get(b);
      if (!placed || (!placed.declarations.length && !placed.others.length)) return htmlLabelled(b, ctx);
      return (b.text ? htmlLabelled({ ...b, body: [] }, ctx) : '') + htmlPlacedDeclarations(b, placed, ctx);
    }
    case 'RESOLVED':
      return htmlResolved(b, ctx);
    case 'RISKS':
      return htmlRisks(b, ctx);
    default:
      return htmlLabelled(b, ctx);
  }
}

function exemptParagraph(text: string | null): number | null {
  const m = text ? /\d+/.exec(text) : null;
  return m ? Number(m[0]) : null;
}

/** RECOMMENDED, NOTED and any other block: a label, then its text and body. */
function htmlLabelled(b: KeywordContent, ctx: HtmlContext): string {
  const cls = `minutes-block minutes-${b.keyword.toLowerCase().replace(/\s+/g, '-')}`;
  const label = `<span class="minutes-label">${escapeHtml(htmlLabel(b.keyword))}:</span>`;
  const first = b.text
    ? `<p${dataLine(b.line)}>${label} ${htmlInline(b.text, ctx.names)}</p>\n`
    : `<p class="minutes-block-label"${dataLine(b.line)}>${label}</p>\n`;
  return `<div class="${cls}"${dataLine(b.line)}>\n${first}${htmlContent(b.body, ctx)}</div>\n`;
}

/**
 * RESOLVED: a lead-in (the keyword line's text or paragraphs before a list),
 * then each resolution with its citation in the margin. A RESOLVED without a
 * list is one resolution, its paragraphs kept apart.
 */
function htmlResolved(b: KeywordContent, ctx: HtmlContext): string {
  const resolutions = b.resolutions ?? [];
  const hasList = b.body.some((x) => x.kind === 'list');
  const parts: string[] = [`<p class="minutes-block-label"${dataLine(b.line)}><span class="minutes-label">${escapeHtml(htmlLabel('RESOLVED'))}:</span></p>\n`];
  if (!hasList) {
    const [r] = resolutions;
    if (r) parts.push(`<ol class="minutes-resolutions"${dataLine(r.line)}>\n${htmlResolution(r, '', ctx)}</ol>\n`);
  } else {
    if (b.text) parts.push(`<p${dataLine(b.line)}>${htmlInline(b.text, ctx.names)}</p>\n`);
    for (const x of b.body) {
      if (x.kind !== 'list') {
        parts.push(htmlContent([x], ctx));
        continue;
      }
      parts.push(htmlResolutionLevel(listResolutions(x, resolutions), x.line, ctx));
    }
  }
  return `<div class="minutes-block minutes-resolved"${dataLine(b.line)}>\n${parts.join('')}</div>\n`;
}

/** A level of resolutions; sub-resolutions (32(1)(a)) in a list of their own inside their parent's entry. */
function htmlResolutionLevel(level: ListLevel<ResolutionModel>, line: number, ctx: HtmlContext): string {
  const rows = level.entries.map(({ entry, sub }) => htmlResolution(entry, sub ? htmlResolutionLevel(sub, sub.entries[0].entry.line, ctx) : '', ctx));
  return `<ol class="minutes-resolutions"${dataLine(line)}>\n${rows.join('')}</ol>\n`;
}

function htmlResolution(r: ResolutionModel, nested: string, ctx: HtmlContext): string {
  const paras = r.text
    .split('\n')
    .map((t) => `<p${dataLine(r.line)}>${htmlInline(t, ctx.names)}</p>`)
    .join('');
  return `<li class="minutes-resolution"${dataLine(r.line)}><span class="minutes-resolution-id">${escapeHtml(r.id)}</span><div class="minutes-resolution-text"${dataLine(r.line)}>${paras}</div>${nested ? `\n${nested}` : ''}</li>\n`;
}

function htmlActions(actions: readonly ActionModel[], line: number, ctx: HtmlContext): string {
  const rows = actions.map((a) => {
    const status = `<span class="minutes-status minutes-status-${a.status.replace(/\s+/g, '-')}">${escapeHtml(statusLabel(a.status))}</span>`;
    return (
      `<tr${dataLine(a.line)}><td${labelAttr('Owner')}>${htmlInline(a.owner, ctx.names)}</td><td${labelAttr('Action')}>${htmlInline(a.task ?? '', ctx.names)}</td>` +
      `<td${labelAttr('Due')} class="minutes-due">${escapeHtml(dueLabel(a))}</td><td${labelAttr('Status')}>${status}</td></tr>\n`
    );
  });
  return (
    `<table class="minutes-actions"${dataLine(line)}>\n<caption>Actions</caption>\n` +
    `<thead><tr><th scope="col">Owner</th><th scope="col">Action</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>\n` +
    `<tbody>\n${rows.join('')}</tbody>\n</table>\n`
  );
}

/** RISKS: its text, then the risk rows (continuations merged) in place of the raw table. */
function htmlRisks(b: KeywordContent, ctx: HtmlContext): string {
  const parts: string[] = [];
  if (b.text) parts.push(`<p${dataLine(b.line)}>${htmlInline(b.text, ctx.names)}</p>\n`);
  let tableDone = false;
  for (const x of b.body) {
    if (x.kind === 'table' && !tableDone) {
      parts.push(htmlRiskTable(b, x.line, ctx));
      tableDone = true;
    } else if (x.kind !== 'table') parts.push(htmlContent([x], ctx));
  }
  return `<div class="minutes-block minutes-risks"${dataLine(b.line)}>\n${parts.join('')}</div>\n`;
}

function htmlRiskTable(b: KeywordContent, line: number, ctx: HtmlContext): string {
  const cols = riskColumns(b);
  const th = (t: string, i: number): string => `<th scope="col"${classAttr(alignClass(cols.align[i]))}>${htmlInline(t, ctx.names)}</th>`;
  const head = [cols.risk, cols.description, cols.mitigation, ...cols.extra, cols.rating].map(th).join('');
  const rows = (b.risks ?? []).map((r) => htmlRiskRow(r, cols, ctx));
  return `<table class="minutes-risk-table"${dataLine(line)}>\n<caption>Risks</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('')}</tbody>\n</table>\n`;
}

function htmlRiskRow(r: RiskModel, cols: RiskColumns, ctx: HtmlContext): string {
  const at = (i: number): string => alignClass(cols.align[i]);
  const headings = [cols.risk, cols.description, cols.mitigation, ...cols.extra, cols.rating];
  const td = (t: string, i: number): string => `<td${labelAttr(headings[i], ctx.names)}${classAttr(at(i))}>${htmlInline(t, ctx.names)}</td>`;
  const rating = cols.align.length - 1;
  return (
    `<tr${dataLine(r.line)}><th scope="row"${labelAttr(cols.risk, ctx.names)}${classAttr(at(0))}>${htmlInline(r.risk, ctx.names)}</th>${td(r.description, 1)}${td(r.mitigation, 2)}` +
    `${cols.extra.map((k, i) => td(r.extra[k] ?? '', 3 + i)).join('')}<td${labelAttr(cols.rating, ctx.names)}${classAttr('minutes-rating', at(rating))}>${htmlRating(r.rating, ctx)}</td></tr>\n`
  );
}

/** A rating and, when it fits the matrix, its band as a coloured label. */
export function htmlRating(rating: string, ctx: HtmlContext): string {
  const band = riskBand(rating, ctx.matrix, ctx.risk);
  const value = `<span class="minutes-rating-value">${escapeHtml(rating)}</span>`;
  if (!band) return value;
  const style = `background:${band.color};color:${band.textColor}`;
  return `${value} <span class="minutes-band" style="${escapeHtml(style)}">${escapeHtml(band.name)}</span>`;
}
