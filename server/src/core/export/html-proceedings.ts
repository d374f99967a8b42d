/**
 * HTML for the v2 proceedings (html-blocks.ts calls these for their blocks):
 * a motion or an amendment under its head (who moved and seconded it, and
 * its outcome), a vote's label and its recorded names as a table with row
 * headers, an arrival or a departure as a sentence where it happened, the
 * declarations made in an item as a table in that item, the meeting's
 * contact under the heading block, and the end of the minutes (the closing
 * time and the signature block). Everything the document wrote goes through
 * the inline renderer or escapeHtml.
 */
import type { KeywordContent, MinutesModel, VoteModel } from '../model/types';
import { labelAttr } from './html-cells';
import { escapeHtml, htmlInline, type Names } from './inline';
import type { PlacedBlock, PlacedDeclarations } from './placed-declarations';
import type { PreambleLines } from './preamble-lines';
import { changeSentence, meetingEnd, motionHead, outcomeLabel, recordedCaption, recordedRows, SIGNATURE_BLANK, voteLabel, VOTE_SIDE_LABELS, type ProceedingsItem } from './proceedings';
import { keywordLabel, voteSentence } from './present';

/** What these renderers need: display names, the item around the block, and where declarations go. */
export interface ProceedingsContext {
  readonly names: Names;
  /** The item whose content is being rendered (its motions and votes); none in the preamble. */
  readonly item?: ProceedingsItem;
  /** Where each declaration prints (placed-declarations.ts). */
  readonly placed?: PlacedDeclarations;
  /** The preview's source lines of what the model gives none (preamble-lines.ts): here, a recorded vote's lines. */
  readonly sourceLines?: PreambleLines;
}

/** ` data-line="N"`, the attribute html-blocks.ts puts on every block (imported from there it would make a circle). */
function at(line: number): string {
  return ` data-line="${line}"`;
}

/** A MOTION or AMENDMENT block: its head, then its text (`body` is its rendered body). */
export function htmlMotion(b: KeywordContent, ctx: ProceedingsContext, body: string): string {
  const head = motionHead(b, ctx.item);
  const kind = b.keyword === 'AMENDMENT' ? 'amendment' : 'motion';
  const outcome = head.outcome ? ` minutes-outcome-${head.outcome}` : '';
  const moved = head.moved ? ` <span class="minutes-moved">${escapeHtml(head.moved)}.</span>` : '';
  const result = head.outcome ? ` <span class="minutes-outcome">${escapeHtml(outcomeLabel(head.outcome))}.</span>` : '';
  const text = b.text ? `<p${at(b.line)}>${htmlInline(b.text, ctx.names)}</p>\n` : '';
  return (
    `<div class="minutes-block minutes-${kind}${outcome}"${at(b.line)}>\n` +
    `<p class="minutes-motion-head"${at(b.line)}><span class="minutes-label">${escapeHtml(head.label)}:</span>${moved}${result}</p>\n` +
    `${text}${body}</div>\n`
  );
}

/** A VOTE: its label (`Vote on the amendment`) and sentence, then the names of a recorded vote. */
export function htmlVote(b: KeywordContent, ctx: ProceedingsContext): string {
  const vote = b.vote;
  const sentence = vote ? voteSentence(vote) : null;
  const text = sentence !== null ? escapeHtml(sentence) : htmlInline(b.text ?? '', ctx.names);
  const outcome = vote?.outcome ? ` minutes-vote-${vote.outcome}` : '';
  const label = vote ? voteLabel(vote, ctx.item) : keywordLabel('VOTE');
  const line = `<p class="minutes-vote${outcome}"${at(b.line)}><span class="minutes-label">${escapeHtml(label)}:</span> ${text}</p>\n`;
  return vote?.recorded ? line + htmlRecorded(vote, label, b.line, ctx) : line;
}

/**
 * The names of a recorded vote: a row per side, its header the side and
 * count, the names in one cell. A row points at its FOR:/AGAINST:/ABSTAIN:
 * line where the preview knows it, else at the VOTE line.
 */
function htmlRecorded(vote: VoteModel, label: string, line: number, ctx: ProceedingsContext): string {
  const sides = ctx.sourceLines?.voteLines?.get(line);
  const rows = recordedRows(vote.recorded!, VOTE_SIDE_LABELS).map(
    (r) =>
      `<tr${at(sides?.[r.side] ?? line)}><th scope="row">${escapeHtml(r.label)}</th><td>${r.names.length ? r.names.map((n) => `<span class="minutes-person">${escapeHtml(n)}</span>`).join(', ') : 'None'}</td></tr>\n`,
  );
  const caption = recordedCaption(label);
  return `<table class="minutes-recorded-vote"${at(line)}>\n<caption>${escapeHtml(caption)}</caption>\n<tbody>\n${rows.join('')}</tbody>\n</table>\n`;
}

/** ARRIVED, LEFT or RETURNED: who came or went, a sentence for each person the line names, where it happened. */
export function htmlChange(b: KeywordContent, ctx: ProceedingsContext): string {
  const changes = b.changes ?? [];
  if (!changes.length) return `<p class="minutes-attendance-change"${at(b.line)}><span class="minutes-label">${escapeHtml(keywordLabel(b.keyword))}:</span> ${htmlInline(b.text ?? '', ctx.names)}</p>\n`;
  const sentences = changes.map((c) => {
    const { text, note } = changeSentence(c);
    return `${escapeHtml(text)}${note ? ` (${htmlInline(note, ctx.names)})` : ''}.`;
  });
  return `<p class="minutes-attendance-change minutes-${changes[0].kind}"${at(b.line)}>${sentences.join(' ')}</p>\n`;
}

/** The declarations made in an item, as a table like the one at the head of the minutes; entries that are not one as a list. */
export function htmlPlacedDeclarations(b: KeywordContent, placed: PlacedBlock, ctx: ProceedingsContext): string {
  const rows = placed.declarations.map(({ declaration: d, line }) => {
    const person = ctx.names.get(d.person) ?? d.person;
    return `<tr${at(line)}><td${labelAttr('Member')}>${escapeHtml(person)}</td><td${labelAttr('Item')}>${escapeHtml(d.item ?? '')}</td><td${labelAttr('Interest')}>${htmlInline(d.text, ctx.names)}</td></tr>\n`;
  });
  const table = rows.length
    ? `<table class="minutes-declarations"${at(b.line)}>\n<caption>Declarations of interest</caption>\n` +
      `<thead><tr><th scope="col">Member</th><th scope="col">Item</th><th scope="col">Interest</th></tr></thead>\n<tbody>\n${rows.join('')}</tbody>\n</table>\n`
    : '';
  const others = placed.others.length
    ? `<ul class="minutes-list"${at(placed.others[0].line)}>\n${placed.others.map((e) => `<li${at(e.line)}>${htmlInline(e.text, ctx.names)}</li>\n`).join('')}</ul>\n`
    : '';
  return table + others;
}

/** The meeting's contact (header `contact:`), under the heading block. */
export function htmlContact(model: Pick<MinutesModel, 'meta'>, names: Names): string {
  const contact = model.meta.contact;
  if (typeof contact !== 'string' || !contact.trim()) return '';
  return `<p class="minutes-meeting-contact"><span class="minutes-label">${escapeHtml(keywordLabel('CONTACT'))}:</span> ${htmlInline(contact, names)}</p>\n`;
}

/** The end of the minutes: the closing time, then the signature block or the confirmation. Nothing for a report. */
export function htmlEnd(model: Pick<MinutesModel, 'meta'>, closedLine: number | null): string {
  const end = meetingEnd(model);
  if (!end) return '';
  const closed = end.closed ? `<p class="minutes-closed"${closedLine !== null ? at(closedLine) : ''}>${escapeHtml(end.closed)}</p>\n` : '';
  const sign = end.sign
    ? `<p class="minutes-signature"><span class="minutes-signature-part">${escapeHtml(end.sign.chair)} <span class="minutes-signature-blank">${SIGNATURE_BLANK}</span></span> ` +
      `<span class="minutes-signature-part">${escapeHtml(end.sign.date)} <span class="minutes-signature-blank">${SIGNATURE_BLANK}</span></span></p>\n`
    : end.confirmed
      ? `<p class="minutes-confirmed">${escapeHtml(end.confirmed)}</p>\n`
      : '';
  return `<footer class="minutes-end">\n${closed}${sign}</footer>\n`;
}
