/**
 * The Word export's v2 proceedings (docx.ts calls these for their blocks),
 * in the same words as the HTML and Markdown exports (proceedings.ts): a
 * motion's or an amendment's head, a vote's label and its recorded names as
 * a table, an arrival or a departure where it happened, the declarations
 * made in an item as a table there, and the end of the minutes (the closing
 * time, then the lines to sign or the confirmation).
 */
import { Paragraph, type Table } from 'docx';
import type { KeywordContent, MinutesModel } from '../model/types';
import { body, docxTable, MARGIN, plain, runs, type DocxContext } from './docx-blocks';
import type { PlacedBlock, PlacedDeclarations } from './placed-declarations';
import { keywordLabel, voteSentence } from './present';
import { changeSentence, meetingEnd, motionHead, outcomeLabel, recordedCaption, recordedRows, voteLabel, VOTE_SIDE_LABELS, type ProceedingsItem } from './proceedings';

/** The Word export's context with the item around the block and where declarations go. */
export interface DocxProceedingsContext extends DocxContext {
  readonly item?: ProceedingsItem;
  readonly placed?: PlacedDeclarations;
}

/** A MOTION or AMENDMENT: its head (kept with the text under it), then its text and body. */
export function docxMotion(b: KeywordContent, ctx: DocxProceedingsContext): (Paragraph | Table)[] {
  const head = motionHead(b, ctx.item);
  const children = [plain(`${head.label}: `, { bold: true })];
  if (head.moved) children.push(plain(`${head.moved}.${head.outcome ? ' ' : ''}`));
  if (head.outcome) children.push(plain(`${outcomeLabel(head.outcome)}.`, { bold: true }));
  const first = new Paragraph({ indent: { left: MARGIN }, keepNext: true, children });
  return [first, ...(b.text ? [body(runs(b.text, ctx.names))] : []), ...ctx.content(b.body)];
}

/** A VOTE: its label and sentence; a recorded vote's names follow as a table, a row per side. */
export function docxVote(b: KeywordContent, ctx: DocxProceedingsContext): (Paragraph | Table)[] {
  const vote = b.vote;
  const sentence = vote ? voteSentence(vote) : null;
  const label = vote ? voteLabel(vote, ctx.item) : keywordLabel('VOTE');
  const line = body([plain(`${label}: `, { bold: true }), ...(sentence !== null ? [plain(sentence, { italics: true })] : runs(b.text ?? '', ctx.names, { italics: true }))]);
  if (!vote?.recorded) return [line];
  // The names are plain text, not markup: the table writes each cell as one run, never read for ** or links.
  const rows = recordedRows(vote.recorded, VOTE_SIDE_LABELS).map((r) => [r.label, r.names.length ? r.names.join(', ') : 'None']);
  return [
    line,
    new Paragraph({ indent: { left: MARGIN }, spacing: { before: 120, after: 60 }, keepNext: true, children: [plain(recordedCaption(label), { bold: true })] }),
    docxTable(['Voted', 'Members'], rows, ctx, [20, 80], undefined, true),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
  ];
}

/** ARRIVED, LEFT or RETURNED: a sentence for each person the line names, in italics, where it happened. */
export function docxChange(b: KeywordContent, ctx: DocxProceedingsContext): Paragraph[] {
  const changes = b.changes ?? [];
  if (!changes.length) return [body([plain(`${keywordLabel(b.keyword)}: `, { bold: true }), ...runs(b.text ?? '', ctx.names)])];
  const children = changes.flatMap((c, i) => {
    const { text, note } = changeSentence(c);
    return [
      plain(`${i ? ' ' : ''}${text}`, { italics: true }),
      ...(note ? [plain(' (', { italics: true }), ...runs(note, ctx.names, { italics: true }), plain(')', { italics: true })] : []),
      plain('.', { italics: true }),
    ];
  });
  return [body(children)];
}

/** The declarations made in an item, as a table there; entries that are not one as paragraphs. */
export function docxPlacedDeclarations(placed: PlacedBlock, ctx: DocxProceedingsContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (placed.declarations.length) {
    const rows = placed.declarations.map(({ declaration: d }) => [ctx.names.get(d.person) ?? d.person, d.item ?? '', d.text]);
    out.push(new Paragraph({ indent: { left: MARGIN }, spacing: { before: 120, after: 60 }, keepNext: true, children: [plain('Declarations of interest', { bold: true })] }));
    out.push(docxTable(['Member', 'Item', 'Interest'], rows, ctx, [25, 12, 63]), new Paragraph({ spacing: { after: 0 }, children: [] }));
  }
  for (const e of placed.others) out.push(body(runs(e.text, ctx.names)));
  return out;
}

/** The end of the minutes: the closing time, then the lines to sign (with room above them) or the confirmation. */
export function docxEnd(model: Pick<MinutesModel, 'meta'>): Paragraph[] {
  const end = meetingEnd(model);
  if (!end) return [];
  const out: Paragraph[] = [];
  if (end.closed) out.push(new Paragraph({ spacing: { before: 480 }, keepNext: true, children: [plain(end.closed)] }));
  if (end.sign) out.push(new Paragraph({ spacing: { before: end.closed ? 720 : 960 }, children: [plain(end.sign.line)] }));
  else if (end.confirmed) out.push(new Paragraph({ spacing: { before: end.closed ? 240 : 480 }, children: [plain(end.confirmed, { italics: true })] }));
  return out;
}
