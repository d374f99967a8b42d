/**
 * Markdown for the v2 proceedings (markdown.ts calls these for their
 * blocks), in the same words as the HTML and Word exports (proceedings.ts):
 * a motion's or an amendment's head, a vote's label and its recorded names
 * as a pipe table, an arrival or a departure where it happened, the
 * declarations made in an item as a table there, the meeting's contact
 * under the heading block, and the end of the minutes. Everything the
 * document wrote is escaped or goes through the inline renderer.
 */
import type { KeywordContent, MinutesModel } from '../model/types';
import { escapeMarkdown, markdownInline, type Names } from './inline';
import { guardStart, pipeTable } from './markdown-parts';
import type { PlacedBlock, PlacedDeclarations } from './placed-declarations';
import { keywordLabel, voteSentence } from './present';
import { changeSentence, meetingEnd, motionHead, outcomeLabel, recordedCaption, recordedRows, voteLabel, VOTE_SIDE_LABELS, type ProceedingsItem } from './proceedings';

/** What these renderers need: display names, the item around the block, and where declarations go. */
export interface MdProceedingsContext {
  readonly names: Names;
  readonly item?: ProceedingsItem;
  readonly placed?: PlacedDeclarations;
}

/** A MOTION or AMENDMENT: its head (`**Amendment 2:** Moved by …, seconded by …. **Lost.**`), then its text and `body`. */
export function mdMotion(b: KeywordContent, ctx: MdProceedingsContext, body: readonly string[]): string[] {
  const head = motionHead(b, ctx.item);
  const parts = [`**${escapeMarkdown(head.label)}:**`];
  if (head.moved) parts.push(`${escapeMarkdown(head.moved)}.`);
  if (head.outcome) parts.push(`**${outcomeLabel(head.outcome)}.**`);
  return [parts.join(' '), ...(b.text ? [guardStart(markdownInline(b.text, ctx.names))] : []), ...body];
}

/** A VOTE: `*Vote on the amendment:* Lost: for 8, against 14`, then a recorded vote's names as a table. */
export function mdVote(b: KeywordContent, ctx: MdProceedingsContext): string[] {
  const vote = b.vote;
  const sentence = vote ? voteSentence(vote) : null;
  const text = sentence !== null ? escapeMarkdown(sentence) : b.text ? markdownInline(b.text, ctx.names) : '';
  const label = vote ? voteLabel(vote, ctx.item) : keywordLabel('VOTE');
  const line = `*${escapeMarkdown(label)}:* ${text}`;
  if (!vote?.recorded) return [line];
  const rows = recordedRows(vote.recorded, VOTE_SIDE_LABELS).map((r) => [escapeMarkdown(r.label), r.names.length ? r.names.map(escapeMarkdown).join(', ') : 'None']);
  const caption = recordedCaption(label);
  return [line, `**${escapeMarkdown(caption)}**\n\n${pipeTable(['Voted', 'Members'], rows)}`];
}

/** ARRIVED, LEFT or RETURNED as sentences, one for each person the line names: `Councillor Quayle arrived (7.20 pm).` */
export function mdChange(b: KeywordContent, ctx: MdProceedingsContext): string[] {
  const changes = b.changes ?? [];
  if (!changes.length) return [`**${escapeMarkdown(keywordLabel(b.keyword))}:** ${b.text ? markdownInline(b.text, ctx.names) : ''}`];
  const sentences = changes.map((c) => {
    const { text, note } = changeSentence(c);
    return `${escapeMarkdown(text)}${note ? ` (${markdownInline(note, ctx.names)})` : ''}.`;
  });
  return [guardStart(sentences.join(' '))];
}

/** The declarations made in an item, as a table there; entries that are not one as a list. */
export function mdPlacedDeclarations(placed: PlacedBlock, ctx: MdProceedingsContext): string[] {
  const out: string[] = [];
  if (placed.declarations.length) {
    const rows = placed.declarations.map(({ declaration: d }) => [
      escapeMarkdown(ctx.names.get(d.person) ?? d.person),
      escapeMarkdown(d.item ?? ''),
      markdownInline(d.text, ctx.names),
    ]);
    out.push(`**Declarations of interest**\n\n${pipeTable(['Member', 'Item', 'Interest'], rows)}`);
  }
  if (placed.others.length) out.push(placed.others.map((e) => `- ${guardStart(markdownInline(e.text, ctx.names))}`).join('\n'));
  return out;
}

/** `**Contact:** …` from the header's `contact:`, or nothing. */
export function mdContact(model: Pick<MinutesModel, 'meta'>, names: Names): string[] {
  const contact = model.meta.contact;
  if (typeof contact !== 'string' || !contact.trim()) return [];
  return [`**${escapeMarkdown(keywordLabel('CONTACT'))}:** ${markdownInline(contact, names)}`];
}

/** The end of the minutes: the closing time, then the lines to sign or the confirmation. Nothing for a report. */
export function mdEnd(model: Pick<MinutesModel, 'meta'>): string[] {
  const end = meetingEnd(model);
  if (!end) return [];
  // `Chair ________ Date ________`: a run of underscores with a space or the line's end on each side is plain text to CommonMark.
  const last = end.sign ? [end.sign.line] : end.confirmed ? [`*${escapeMarkdown(end.confirmed)}*`] : [];
  return [...(end.closed ? [escapeMarkdown(end.closed)] : []), ...last];
}
