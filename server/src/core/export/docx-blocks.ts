/**
 * Building blocks of the Word export: text runs from inline markup, body
 * paragraphs in the column right of the item numbers, notes, and the tables
 * (plain, actions, risks) and resolutions. docx.ts lays the document out
 * with them.
 */
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { RiskScaleNames } from '../config';
import type { ActionModel, ColumnAlign, ContentBlock, KeywordContent, ListEntryModel, ResolutionModel } from '../model/types';
import { parseInline, type Inline, type Names } from './inline';
import { isNumbered, listLevels, listResolutions, type ListLevel } from './list-tree';
import { statusLabel } from '../vocabulary';
import { dueLabel, riskColumns } from './present';
import { riskBand } from '../model/risk-band';

/** Width of the margin column that holds item numbers, in twentieths of a point (2.5 cm). */
export const MARGIN = 1418;
/** Width of the citation column of resolutions (3 cm). */
const CITATION = 1701;
/** Width of the text on an A4 page with 2 cm margins. */
export const TEXT_WIDTH = 9638;

export interface DocxContext {
  readonly names: Names;
  readonly matrix: string;
  readonly risk: RiskScaleNames | undefined;
  /** Renders nested content blocks (docx.ts supplies it). */
  readonly content: (blocks: readonly ContentBlock[]) => (Paragraph | Table)[];
}

interface RunFormat {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly style?: string;
}

/** Runs for minutes text: bold, italic, hyperlinks, handles as names. */
export function runs(text: string, names: Names, base: RunFormat = {}): ParagraphChild[] {
  return inlineRuns(parseInline(text, names), base);
}

function inlineRuns(nodes: readonly Inline[], f: RunFormat): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    switch (n.kind) {
      case 'text':
        return [new TextRun({ text: n.text, ...f })];
      case 'person':
        return [new TextRun({ text: n.name, ...f })];
      case 'strong':
        return inlineRuns(n.children, { ...f, bold: true });
      case 'em':
        return inlineRuns(n.children, { ...f, italics: true });
      case 'link':
        return [new ExternalHyperlink({ link: n.href, children: inlineRuns(n.children, { ...f, style: 'Hyperlink' }) })];
    }
  });
}

/** A run of plain text. */
export function plain(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; allCaps?: boolean; color?: string } = {}): TextRun {
  return new TextRun({ text, ...opts });
}

/** A body paragraph in the column right of the item numbers; `hanging` and `tab` make a marker column. */
export function body(children: ParagraphChild[], extra: { indent?: number; hanging?: number; tab?: number } = {}): Paragraph {
  return new Paragraph({
    indent: { left: MARGIN + (extra.indent ?? 0), hanging: extra.hanging },
    tabStops: extra.tab !== undefined ? [{ type: TabStopType.LEFT, position: extra.tab }] : undefined,
    children,
  });
}

/** An italic note in the body column, ruled on the left (withheld items, exempt notices). */
export function note(text: string): Paragraph {
  return new Paragraph({
    indent: { left: MARGIN },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: '1D70B8', space: 8 } },
    children: [plain(text, { italics: true })],
  });
}

/**
 * A list, each entry's marker on a hanging indent. Entries indented under
 * another are indented to its text, where their own markers hang, so each
 * level lines up under the text of the entry it belongs to.
 */
export function docxList(entries: readonly ListEntryModel[], ctx: DocxContext): Paragraph[] {
  return listLevel(listLevels(entries), 0, ctx);
}

function listLevel(level: ListLevel<ListEntryModel>, at: number, ctx: DocxContext): Paragraph[] {
  const ordered = isNumbered(level);
  // The marker column fits the longest marker (`3.10.`), at least 1 cm.
  const w = ordered ? Math.max(567, 130 * level.entries.reduce((w, b) => Math.max(w, b.entry.marker.length), 0) + 120) : 567;
  return level.entries.flatMap(({ entry: e, sub }) => [
    body([plain(ordered ? e.marker : '•'), plain('\t'), ...runs(e.text, ctx.names)], { indent: at + w, hanging: w, tab: MARGIN + at + w }),
    ...(sub ? listLevel(sub, at + w, ctx) : []),
  ]);
}

/** RESOLVED: the label, a lead-in, then each resolution with its citation on a hanging indent. */
export function docxResolved(b: KeywordContent, ctx: DocxContext): (Paragraph | Table)[] {
  const resolutions = b.resolutions ?? [];
  const out: (Paragraph | Table)[] = [new Paragraph({ indent: { left: MARGIN }, keepNext: true, children: [plain('RESOLVED:', { bold: true })] })];
  if (!b.body.some((x) => x.kind === 'list')) return [...out, ...resolutions.slice(0, 1).flatMap((r) => resolution(r, ctx))];
  if (b.text) out.push(body(runs(b.text, ctx.names)));
  for (const x of b.body) {
    if (x.kind !== 'list') {
      for (const v of ctx.content([x])) out.push(v);
      continue;
    }
    for (const v of resolutionLevel(listResolutions(x, resolutions), 0, ctx)) out.push(v);
  }
  return out;
}

/** A level of resolutions; those cited through one (32(1)(a)) are indented to its text and hang their citations there. */
function resolutionLevel(level: ListLevel<ResolutionModel>, at: number, ctx: DocxContext): Paragraph[] {
  return level.entries.flatMap(({ entry, sub }) => [...resolution(entry, ctx, at), ...(sub ? resolutionLevel(sub, at + CITATION, ctx) : [])]);
}

function resolution(r: ResolutionModel, ctx: DocxContext, at = 0): Paragraph[] {
  return r.text.split('\n').map((t, i) =>
    i === 0
      ? body([plain(r.id, { bold: true }), plain('\t'), ...runs(t, ctx.names)], { indent: at + CITATION, hanging: CITATION, tab: MARGIN + at + CITATION })
      : body(runs(t, ctx.names), { indent: at + CITATION }),
  );
}

const HEAD_FILL = 'F3F2F1';

/**
 * A column's alignment in Word's terms. A function rather than a lookup table:
 * a top-level use of docx would keep the library in the bundles that never
 * export (see esbuild.mjs).
 */
function alignment(a: ColumnAlign | undefined): (typeof AlignmentType)[keyof typeof AlignmentType] | undefined {
  return a === 'left' ? AlignmentType.LEFT : a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : undefined;
}

function cell(children: ParagraphChild[], opts: { head?: boolean; fill?: string; width?: number; align?: ColumnAlign } = {}): TableCell {
  const fill = opts.fill ?? (opts.head ? HEAD_FILL : undefined);
  return new TableCell({
    children: [new Paragraph({ spacing: { after: 0 }, alignment: alignment(opts.align), children })],
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    width: opts.width !== undefined ? { size: opts.width, type: WidthType.DXA } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function table(
  head: readonly string[],
  rows: readonly TableCell[][],
  ctx: DocxContext,
  percents?: readonly number[],
  longRows = false,
  align?: readonly ColumnAlign[],
): Table {
  const n = rows.reduce((w, r) => Math.max(w, r.length), Math.max(head.length, 1));
  const widths = Array.from({ length: n }, (_, i) => Math.round(((percents?.[i] ?? 100 / n) / 100) * TEXT_WIDTH));
  const headRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: head.map((h, i) => cell(runs(h, ctx.names, { bold: true }), { head: true, width: widths[i], align: align?.[i] })),
  });
  // Long rows (risks) may run over a page break, as in printed reports; short ones stay whole.
  const bodyRows = rows.map((r) => new TableRow({ cantSplit: !longRows, children: r }));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: head.length ? [headRow, ...bodyRows] : bodyRows,
  });
}

/**
 * A table of minutes text; `head` may be empty; `align` aligns the text in
 * each column's cells. With `asText` the cells are plain text (names, say),
 * not read for inline markup.
 */
export function docxTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  ctx: DocxContext,
  widths?: readonly number[],
  align?: readonly ColumnAlign[],
  asText = false,
): Table {
  const width = rows.reduce((w, r) => Math.max(w, r.length), Math.max(head.length, 1));
  const text = (t: string): ParagraphChild[] => (asText ? [plain(t)] : runs(t, ctx.names));
  const cells = rows.map((r) => Array.from({ length: width }, (_, i) => cell(text(r[i] ?? ''), { align: align?.[i] })));
  return table(head, cells, ctx, widths, false, align);
}

/** Consecutive actions as one table: owner, action, due, status. */
export function docxActions(actions: readonly ActionModel[], ctx: DocxContext): (Paragraph | Table)[] {
  const rows = actions.map((a) => [
    cell(runs(a.owner, ctx.names)),
    cell(runs(a.task ?? '', ctx.names)),
    cell([plain(dueLabel(a))]),
    cell([plain(statusLabel(a.status))]),
  ]);
  return [
    new Paragraph({ spacing: { before: 160, after: 60 }, keepNext: true, children: [plain('Actions', { bold: true })] }),
    table(['Owner', 'Action', 'Due', 'Status'], rows, ctx, [24, 42, 20, 14]),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
  ];
}

/** RISKS: its text, then the risk rows as a table, the rating cell shaded with its band. */
export function docxRisks(b: KeywordContent, ctx: DocxContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (b.text) out.push(body(runs(b.text, ctx.names)));
  let tableDone = false;
  for (const x of b.body) {
    if (x.kind === 'table' && !tableDone) {
      out.push(new Paragraph({ spacing: { before: 160, after: 60 }, keepNext: true, children: [plain('Risks', { bold: true })] }), riskTable(b, ctx));
      out.push(new Paragraph({ spacing: { after: 0 }, children: [] }));
      tableDone = true;
    } else if (x.kind !== 'table') for (const v of ctx.content([x])) out.push(v);
  }
  return out;
}

function riskTable(b: KeywordContent, ctx: DocxContext): Table {
  const cols = riskColumns(b);
  const head = [cols.risk, cols.description, cols.mitigation, ...cols.extra, cols.rating];
  const rows = (b.risks ?? []).map((r) => {
    const band = riskBand(r.rating, ctx.matrix, ctx.risk);
    const fill = band && /^#[0-9a-f]{6}$/i.test(band.color) ? band.color.slice(1).toUpperCase() : undefined;
    const align = cols.align[cols.align.length - 1];
    const rating = band
      ? cell([plain(r.rating, { bold: true, color: fill ? band.textColor.slice(1) : undefined }), plain(` ${band.name}`, { color: fill ? band.textColor.slice(1) : undefined })], { fill, align })
      : cell([plain(r.rating)], { align });
    const texts = [r.risk, r.description, r.mitigation, ...cols.extra.map((k) => r.extra[k] ?? '')];
    return [...texts.map((t, i) => cell(runs(t, ctx.names, i === 0 ? { bold: true } : {}), { align: cols.align[i] })), rating];
  });
  const extra = Math.min(16, 40 / Math.max(1, cols.extra.length));
  const rest = (100 - 17 - 11 - extra * cols.extra.length) / 2;
  return table(head, rows, ctx, [17, rest, rest, ...cols.extra.map(() => extra), 11], true, cols.align);
}
