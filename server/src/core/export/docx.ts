/**
 * The Word export, built with the `docx` package (pure JavaScript; no IO).
 * The layout follows printed council minutes on A4: the committee as
 * Heading 1, items as Heading 2 and sub-items as Heading 3 with the item
 * number hanging in a margin column, resolutions numbered by their citation
 * (`48(2)`) on a hanging indent, actions and risks as Word tables (the risk
 * rating shaded with its band), withheld items as a note, and page numbers
 * in the footer. Text comes through the inline reader, so handles print as
 * names and only safe links become hyperlinks.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { MinutesConfig } from '../config';
import { ATTENDANCE_LISTS } from '../vocabulary';
import type { ContentBlock, KeywordContent } from '../model/types';
import { body, docxActions, docxList, docxResolved, docxRisks, docxTable, MARGIN, note, plain, runs } from './docx-blocks';
import { docxChange, docxEnd, docxMotion, docxPlacedDeclarations, docxVote, type DocxProceedingsContext } from './docx-proceedings';
import { placeDeclarations } from './placed-declarations';
import { attendanceRole, documentSubtitle, documentTitle, exemptNotice, groupContent, headerFields, keywordLabel, namesOf, withheldSentence } from './present';
import { isWithheld, type ExportItem, type ExportModel } from './withhold';
import { confidentialCopy, confidentialHeader, confidentialStatement, confidentialTitle, CONFIDENTIAL_MARK, type ConfidentialCopy } from './confidential';

type DocxContext = DocxProceedingsContext;

const FONT = 'Arial';

/** Renders an export model (see withhold.ts) as a .docx file. */
export async function renderDocx(model: ExportModel, config?: MinutesConfig): Promise<Uint8Array> {
  // Declarations made in an item print there, the rest at the head (placed-declarations.ts).
  const placed = placeDeclarations(model.declarations, model.items, (it) => (isWithheld(it) ? null : it));
  const ctx: DocxContext = {
    names: namesOf(model),
    matrix: String(model.meta.riskMatrix ?? config?.riskMatrix ?? ''),
    risk: config?.risk,
    content: (blocks) => content(blocks, ctx),
    placed,
  };
  const copy = confidentialCopy(model, model.confidential);
  const children: (Paragraph | Table)[] = [...confidentialBanner(copy), ...header(model, ctx), ...attendance(model, ctx), ...declarations(placed.heading, ctx), ...content(model.preamble, ctx)];
  for (const it of model.items) for (const v of item(it, 0, ctx)) children.push(v);
  for (const v of docxEnd(model)) children.push(v);
  const doc = new Document({
    creator: 'minutes',
    title: confidentialTitle(documentTitle(model), copy),
    description: documentSubtitle(model) ?? undefined,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 0, after: 80 } } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        ...(copy ? { headers: { default: confidentialPageHeader(copy) } } : {}),
        footers: { default: pageFooter(model) },
        children,
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}

const MARK_COLOUR = 'B10E1E';

/** The first page of a confidential copy opens with its mark and what it holds, boxed in red. */
function confidentialBanner(copy: ConfidentialCopy | null): Paragraph[] {
  if (!copy) return [];
  const side = { style: BorderStyle.SINGLE, size: 18, color: MARK_COLOUR, space: 6 };
  const border = { top: side, bottom: side, left: side, right: side };
  return [
    new Paragraph({ border, spacing: { after: 0 }, keepNext: true, children: [plain(CONFIDENTIAL_MARK, { bold: true, color: MARK_COLOUR })] }),
    new Paragraph({ border, spacing: { after: 240 }, children: [plain(confidentialStatement(copy))] }),
  ];
}

/** The mark in the header of every page of a confidential copy. */
function confidentialPageHeader(copy: ConfidentialCopy): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: confidentialHeader(copy), bold: true, size: 18, color: MARK_COLOUR })] })],
  });
}

function header(model: ExportModel, ctx: DocxContext): Paragraph[] {
  const out: Paragraph[] = [];
  if (model.meta.authority !== undefined) out.push(new Paragraph({ children: [plain(String(model.meta.authority), { bold: true, allCaps: true, color: '383F43' })] }));
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [plain(documentTitle(model))] }));
  const subtitle = documentSubtitle(model);
  if (subtitle) out.push(new Paragraph({ children: [plain(subtitle)] }));
  for (const f of headerFields(model)) out.push(labelled(f.label, [plain(f.text)], 0, { after: 40 }));
  const contact = model.meta.contact;
  if (typeof contact === 'string' && contact.trim()) out.push(labelled(keywordLabel('CONTACT'), runs(contact, ctx.names), 0, { after: 40 }));
  out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: '0B0C0C', space: 4 } }, spacing: { after: 240 }, children: [] }));
  return out;
}

/** `Label<TAB>text` with the text hanging at the margin column. */
function labelled(label: string, children: ParagraphChild[], indent = 0, spacing?: { after: number }): Paragraph {
  return new Paragraph({
    indent: { left: indent + MARGIN + 400, hanging: MARGIN + 400 },
    tabStops: [{ type: TabStopType.LEFT, position: indent + MARGIN + 400 }],
    spacing,
    children: [plain(label, { bold: true }), plain('\t'), ...children],
  });
}

function attendance(model: ExportModel, ctx: DocxContext): Paragraph[] {
  return ATTENDANCE_LISTS.filter(({ field }) => model.attendance[field].length).map(({ field, label }) => {
    const children: ParagraphChild[] = [];
    model.attendance[field].forEach((e, i) => {
      if (i) children.push(plain(', '));
      const role = attendanceRole(e, model);
      children.push(plain(e.name));
      if (role) for (const v of [plain(' – '), ...runs(role, ctx.names)]) children.push(v);
      if (e.note) for (const v of [plain(' ('), ...runs(e.note, ctx.names), plain(')')]) children.push(v);
    });
    return labelled(label, children, 0, { after: 60 });
  });
}

function declarations(list: ExportModel['declarations'], ctx: DocxContext): (Paragraph | Table)[] {
  if (!list.length) return [];
  const rows = list.map((d) => [ctx.names.get(d.person) ?? d.person, d.item ?? '', d.text]);
  return [
    new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [plain('Declarations of interest', { bold: true })] }),
    docxTable(['Member', 'Item', 'Interest'], rows, ctx, [25, 12, 63]),
  ];
}

function item(it: ExportItem, depth: number, parent: DocxContext): (Paragraph | Table)[] {
  const heading = new Paragraph({
    heading: depth === 0 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    indent: { left: MARGIN, hanging: MARGIN },
    tabStops: [{ type: TabStopType.LEFT, position: MARGIN }],
    border: depth === 0 ? { top: { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6', space: 8 } } : undefined,
    children: [...(it.number ? [plain(it.number), plain('\t')] : []), ...runs(it.title, parent.names)],
  });
  if (isWithheld(it)) return [heading, note(withheldSentence(it))];
  // The item's own motions and votes, for the heads of its motions and the labels of its votes.
  const ctx: DocxContext = { ...parent, item: it, content: (blocks) => content(blocks, ctx) };
  const out: (Paragraph | Table)[] = [heading];
  if (it.exempt !== null && !it.content.some((b) => b.kind === 'keyword' && b.keyword === 'EXEMPT')) out.push(note(exemptNotice(it.exempt)));
  for (const v of content(it.content, ctx)) out.push(v);
  for (const c of it.items) for (const v of item(c, depth + 1, ctx)) out.push(v);
  return out;
}

/** Content blocks in order. */
function content(blocks: readonly ContentBlock[], ctx: DocxContext): (Paragraph | Table)[] {
  return groupContent(blocks).flatMap((b): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'paragraph':
        return [body(runs(b.text, ctx.names))];
      case 'list':
        return docxList(b.entries, ctx);
      case 'table':
        return [docxTable(b.header && b.rows.length ? b.rows[0] : [], b.header ? b.rows.slice(1) : b.rows, ctx, undefined, b.align)];
      case 'actions':
        return docxActions(b.actions, ctx);
      case 'keyword':
        return keyword(b, ctx);
    }
  });
}

function keyword(b: KeywordContent, ctx: DocxContext): (Paragraph | Table)[] {
  const label = (t: string): TextRun => plain(`${t}: `, { bold: true });
  switch (b.keyword) {
    case 'EXEMPT':
      return [note(exemptNotice(b.text && /\d+/.test(b.text) ? Number(/\d+/.exec(b.text)![0]) : null))];
    case 'MINUTES':
      return [...(b.text ? [body(runs(b.text, ctx.names))] : []), ...content(b.body, ctx)];
    case 'VOTE':
      return docxVote(b, ctx);
    case 'MOTION':
    case 'AMENDMENT':
      return docxMotion(b, ctx);
    case 'ARRIVED':
    case 'LEFT':
    case 'RETURNED':
      return docxChange(b, ctx);
    case 'CLOSED':
      // Printed at the end of the minutes, from meta.closed.
      return [];
    case 'DECLARATIONS': {
      // An item's declarations as a table (placed-declarations.ts); `DECLARATIONS: none` and any text on the line as written.
      const placed = ctx.placed?.inItems.get(b);
      const lead = body([label(keywordLabel(b.keyword)), ...(b.text ? runs(b.text, ctx.names) : [])]);
      if (!placed || (!placed.declarations.length && !placed.others.length)) return [lead, ...content(b.body, ctx)];
      return [...(b.text ? [lead] : []), ...docxPlacedDeclarations(placed, ctx)];
    }
    case 'RESOLVED':
      return docxResolved(b, ctx);
    case 'RISKS':
      return docxRisks(b, ctx);
    default:
      return [body([label(keywordLabel(b.keyword)), ...(b.text ? runs(b.text, ctx.names) : [])]), ...content(b.body, ctx)];
  }
}

function pageFooter(model: ExportModel): Footer {
  const title = `${documentTitle(model)}${model.meta.date !== undefined ? `, ${String(model.meta.date)}` : ''}`;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `${title} — page `, size: 18, color: '505A5F' }), new TextRun({ children: [PageNumber.CURRENT], size: 18, color: '505A5F' }), new TextRun({ children: [' of ', PageNumber.TOTAL_PAGES], size: 18, color: '505A5F' })],
      }),
    ],
  });
}
