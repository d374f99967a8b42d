/**
 * The Markdown export: minutes that read well as plain text and render well
 * on GitHub. Items are `##` headings (sub-items `###`), resolutions are
 * paragraphs led by their bold citation, actions and risks are pipe tables
 * (pipes in cells escaped), and every piece of minutes text is escaped so
 * that nothing in it becomes markup, HTML or a link it did not ask to be.
 */
import type { MinutesConfig } from '../config';
import type { ActionModel, ContentBlock, KeywordContent, ListEntryModel, ResolutionModel } from '../model/types';
import { ATTENDANCE_LISTS, isBulletMarker, statusLabel } from '../vocabulary';
import { escapeMarkdown, markdownInline, type Names } from './inline';
import { isNumbered, listLevels, listResolutions, type ListLevel } from './list-tree';
import {
  attendanceRole,
  documentSubtitle,
  documentTitle,
  dueLabel,
  exemptNotice,
  groupContent,
  headerFields,
  keywordLabel,
  namesOf,
  riskColumns,
  withheldSentence,
  type RenderBlock,
} from './present';
import { riskBand } from '../model/risk-band';
import { isWithheld, type ExportItem, type ExportModel } from './withhold';
import { guardStart, pipeTable } from './markdown-parts';
import { mdChange, mdContact, mdEnd, mdMotion, mdPlacedDeclarations, mdVote, type MdProceedingsContext } from './markdown-proceedings';
import { placeDeclarations } from './placed-declarations';
import { confidentialCopy, confidentialStatement, CONFIDENTIAL_MARK } from './confidential';

interface MdContext extends MdProceedingsContext {
  readonly names: Names;
  readonly matrix: string;
  readonly config: MinutesConfig | undefined;
}

/** Renders an export model (see withhold.ts) as Markdown. */
export function renderMarkdown(model: ExportModel, config?: MinutesConfig): string {
  // Declarations made in an item print there, the rest at the head (placed-declarations.ts).
  const placed = placeDeclarations(model.declarations, model.items, (it) => (isWithheld(it) ? null : it));
  const ctx: MdContext = { names: namesOf(model), matrix: String(model.meta.riskMatrix ?? config?.riskMatrix ?? ''), config, placed };
  const parts: string[] = [];
  // A confidential copy opens with its mark, before anything else (confidential.ts).
  const copy = confidentialCopy(model, model.confidential);
  if (copy) parts.push(`> **${escapeMarkdown(CONFIDENTIAL_MARK)}**\n>\n> ${escapeMarkdown(confidentialStatement(copy))}`);
  if (model.meta.authority !== undefined) parts.push(`**${escapeMarkdown(String(model.meta.authority))}**`);
  parts.push(`# ${escapeMarkdown(documentTitle(model))}`);
  const subtitle = documentSubtitle(model);
  if (subtitle) parts.push(escapeMarkdown(subtitle));
  const fields = headerFields(model).map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.text)}`);
  if (fields.length) parts.push(fields.join('\n'));
  for (const v of mdContact(model, ctx.names)) parts.push(v);
  for (const v of attendance(model, ctx)) parts.push(v);
  if (placed.heading.length) parts.push(declarations(placed.heading, ctx));
  for (const v of content(model.preamble, ctx)) parts.push(v);
  for (const it of model.items) for (const v of item(it, 2, ctx)) parts.push(v);
  for (const v of mdEnd(model)) parts.push(v);
  return parts.filter(Boolean).join('\n\n') + '\n';
}

function attendance(model: ExportModel, ctx: MdContext): string[] {
  return ATTENDANCE_LISTS.filter(({ field }) => model.attendance[field].length).map(({ field, label }) => {
    const entries = model.attendance[field].map((e) => {
      const role = attendanceRole(e, model);
      return escapeMarkdown(e.name) + (role ? ` – ${markdownInline(role, ctx.names)}` : '') + (e.note ? ` (${markdownInline(e.note, ctx.names)})` : '');
    });
    return `**${label}:** ${entries.join(', ')}`;
  });
}

function declarations(list: ExportModel['declarations'], ctx: MdContext): string {
  const rows = list.map((d) => [
    escapeMarkdown(ctx.names.get(d.person) ?? d.person),
    escapeMarkdown(d.item ?? ''),
    markdownInline(d.text, ctx.names),
  ]);
  return `**Declarations of interest**\n\n${pipeTable(['Member', 'Item', 'Interest'], rows)}`;
}

function item(it: ExportItem, level: number, parent: MdContext): string[] {
  const hashes = '#'.repeat(Math.min(level, 6));
  const title = `${it.number ? `${escapeMarkdown(it.number)} ` : ''}${markdownInline(it.title, parent.names)}`;
  const heading = `${hashes} ${title.replace(/#/g, '\\#')}`;
  if (isWithheld(it)) return [heading, `*${escapeMarkdown(withheldSentence(it))}*`];
  // The item's own motions and votes, for the heads of its motions and the labels of its votes.
  const ctx: MdContext = { ...parent, item: it };
  const out = [heading];
  if (it.exempt !== null && !it.content.some((b) => b.kind === 'keyword' && b.keyword === 'EXEMPT')) out.push(`> ${escapeMarkdown(exemptNotice(it.exempt))}`);
  for (const v of content(it.content, ctx)) out.push(v);
  for (const c of it.items) for (const v of item(c, level + 1, ctx)) out.push(v);
  return out;
}

function content(blocks: readonly ContentBlock[], ctx: MdContext): string[] {
  return groupContent(blocks).flatMap((b) => block(b, ctx));
}

function block(b: RenderBlock, ctx: MdContext): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [paragraph(b.text, ctx)];
    case 'list':
      return [list(b.entries, ctx)];
    case 'table': {
      const rows = b.rows.map((r) => r.map((c) => markdownInline(c, ctx.names)));
      return [b.header && rows.length ? pipeTable(rows[0], rows.slice(1), b.align) : pipeTable(rows[0]?.map(() => '') ?? [], rows, b.align)];
    }
    case 'actions':
      return [actions(b.actions, ctx)];
    case 'keyword':
      return keyword(b, ctx);
  }
}

/** A paragraph, guarded against reading as a heading, list or quote at its start. */
function paragraph(text: string, ctx: MdContext): string {
  return guardStart(markdownInline(text, ctx.names));
}

/**
 * A list keeps the clerk's markers: a numbered list is lines of one paragraph
 * (a Markdown list would renumber `(a)` as `1.`), bullets a Markdown list.
 * Entries indented under another follow it as a bullet list that keeps their
 * markers, two spaces in per level. CommonMark nests a list only inside a list
 * item, so a numbered paragraph stops after an entry with a sub-list and goes
 * on after it.
 */
function list(entries: readonly ListEntryModel[], ctx: MdContext): string {
  const top = listLevels(entries);
  const item = (e: ListEntryModel): string =>
    guardStart(isBulletMarker(e.marker) ? markdownInline(e.text, ctx.names) : `${escapeMarkdown(e.marker)} ${markdownInline(e.text, ctx.names)}`);
  if (!isNumbered(top)) return bulletList(top, item);
  const out: string[] = [];
  let lines: string[] = [];
  for (const { entry: e, sub } of top.entries) {
    lines.push(guardStart(`${escapeMarkdown(e.marker)} ${markdownInline(e.text, ctx.names)}`));
    if (!sub) continue;
    out.push(lines.join('\\\n'), bulletList(sub, item));
    lines = [];
  }
  if (lines.length) out.push(lines.join('\\\n'));
  return out.join('\n\n');
}

/** A level as a Markdown bullet list, each entry's sub-level nested under it two spaces further in. */
function bulletList<T>(level: ListLevel<T>, item: (entry: T) => string, indent = ''): string {
  return level.entries.map(({ entry, sub }) => `${indent}- ${item(entry)}` + (sub ? `\n${bulletList(sub, item, `${indent}  `)}` : '')).join('\n');
}

function keyword(b: KeywordContent, ctx: MdContext): string[] {
  const text = b.text ? markdownInline(b.text, ctx.names) : '';
  const label = `**${escapeMarkdown(keywordLabel(b.keyword))}:**`;
  switch (b.keyword) {
    case 'EXEMPT':
      return [`> ${escapeMarkdown(exemptNotice(b.text && /\d+/.test(b.text) ? Number(/\d+/.exec(b.text)![0]) : null))}`];
    case 'MINUTES':
      return [...(text ? [guardStart(text)] : []), ...content(b.body, ctx)];
    case 'VOTE':
      return mdVote(b, ctx);
    case 'MOTION':
    case 'AMENDMENT':
      return mdMotion(b, ctx, content(b.body, ctx));
    case 'ARRIVED':
    case 'LEFT':
    case 'RETURNED':
      return mdChange(b, ctx);
    case 'CLOSED':
      // Printed at the end of the minutes, from meta.closed.
      return [];
    case 'DECLARATIONS': {
      // An item's declarations as a table (placed-declarations.ts); `DECLARATIONS: none` and any text on the line as written.
      const placed = ctx.placed?.inItems.get(b);
      if (!placed || (!placed.declarations.length && !placed.others.length)) return [text ? `${label} ${text}` : label, ...content(b.body, ctx)];
      return [...(text ? [`${label} ${text}`] : []), ...mdPlacedDeclarations(placed, ctx)];
    }
    case 'RESOLVED':
      return resolved(b, ctx);
    case 'RISKS':
      return risks(b, ctx);
    default:
      return [text ? `${label} ${text}` : label, ...content(b.body, ctx)];
  }
}

function resolved(b: KeywordContent, ctx: MdContext): string[] {
  const resolutions = b.resolutions ?? [];
  const out = ['**RESOLVED:**'];
  if (!b.body.some((x) => x.kind === 'list')) return [...out, ...resolutions.slice(0, 1).map((r) => resolution(r, ctx))];
  if (b.text) out.push(paragraph(b.text, ctx));
  for (const x of b.body) {
    if (x.kind !== 'list') {
      for (const v of content([x], ctx)) out.push(v);
      continue;
    }
    for (const { entry, sub } of listResolutions(x, resolutions).entries) {
      out.push(resolution(entry, ctx));
      // Resolutions cited through this one (32(1)(a)) as a bullet list under it, nested as written.
      if (sub) out.push(bulletList(sub, (r) => `**${escapeMarkdown(r.id)}** ${markdownInline(r.text, ctx.names)}`));
    }
  }
  return out;
}

function resolution(r: ResolutionModel, ctx: MdContext): string {
  return r.text
    .split('\n')
    .map((t, i) => (i === 0 ? `**${escapeMarkdown(r.id)}** ${markdownInline(t, ctx.names)}` : paragraph(t, ctx)))
    .join('\n\n');
}

function actions(list: readonly ActionModel[], ctx: MdContext): string {
  const rows = list.map((a) => [markdownInline(a.owner, ctx.names), markdownInline(a.task ?? '', ctx.names), escapeMarkdown(dueLabel(a)), statusLabel(a.status)]);
  return `**Actions**\n\n${pipeTable(['Owner', 'Action', 'Due', 'Status'], rows)}`;
}

function risks(b: KeywordContent, ctx: MdContext): string[] {
  const out: string[] = [];
  if (b.text) out.push(paragraph(b.text, ctx));
  const cols = riskColumns(b);
  const head = [cols.risk, cols.description, cols.mitigation, ...cols.extra, cols.rating].map((h) => markdownInline(h, ctx.names));
  const rows = (b.risks ?? []).map((r) => {
    const band = riskBand(r.rating, ctx.matrix, ctx.config?.risk);
    const rating = escapeMarkdown(r.rating) + (band ? ` (${escapeMarkdown(band.name)})` : '');
    const cells = [r.risk, r.description, r.mitigation, ...cols.extra.map((k) => r.extra[k] ?? '')];
    return [...cells.map((c) => markdownInline(c, ctx.names)), rating];
  });
  let tableDone = false;
  for (const x of b.body) {
    if (x.kind === 'table' && !tableDone) {
      out.push(pipeTable(head, rows, cols.align));
      tableDone = true;
    } else if (x.kind !== 'table') for (const v of content([x], ctx)) out.push(v);
  }
  return out;
}
