/**
 * The HTML export and the preview's body. Standalone, it is one accessible
 * page laid out like published UK council minutes: the header block
 * (authority, committee, date, time, venue, status), attendance,
 * declarations, then each item under its number, with a print stylesheet and
 * no scripts or remote resources. Not standalone, it is the body fragment the
 * VS Code preview puts in its own page (which brings the CSP and the theme).
 *
 * Every block element carries `data-line` (0-based source line) for scroll
 * sync (the attendance rows and declarations only when `preambleLines` gives
 * them, as the preview does), and the preview's diagnostics are marked on the
 * block that holds their line. Exempt items are withheld unless `includeExempt` is set.
 */
import type { MinutesConfig } from '../config';
import { ATTENDANCE_LISTS, headerValues } from '../vocabulary';
import type { AttendanceEntryModel, DeclarationModel, ItemModel, MinutesModel } from '../model/types';
import { dataLine, htmlContent, type HtmlContext } from './html-blocks';
import { markDiagnostics, type PreviewDiagnostic } from './html-diagnostics';
import { itemIds, type IdItem } from './html-ids';
import { htmlContact, htmlEnd } from './html-proceedings';
import { placeDeclarations } from './placed-declarations';
import type { PreambleLines } from './preamble-lines';
import { LAYOUT_CSS, PAGE_CSS } from './html-style';
import { labelAttr } from './html-cells';
import { escapeHtml, htmlInline } from './inline';
import { attendanceRole, documentSubtitle, documentTitle, exemptNotice, headerFields, namesOf, shortDate, withheldSentence } from './present';
import { isExemptItem, withheldItem } from './withhold';
import { confidentialCopy, confidentialHeader, confidentialStatement, confidentialTitle, CONFIDENTIAL_MARK, type ConfidentialCopy } from './confidential';

export type { PreviewDiagnostic } from './html-diagnostics';

export interface HtmlOptions {
  /** Print exempt items in full; by default they are withheld. */
  readonly includeExempt?: boolean;
  /** A whole page (export) rather than the preview's body fragment. */
  readonly standalone?: boolean;
  /** For the risk matrix default and the risk bands. */
  readonly config?: MinutesConfig;
  /** Problems to mark in place (the preview). */
  readonly diagnostics?: readonly PreviewDiagnostic[];
  /** Source lines of the attendance and declarations (preamble-lines.ts), for the preview's `data-line`. */
  readonly preambleLines?: PreambleLines;
}

/** Renders the minutes as HTML: a whole page when `standalone`, else the preview's body fragment. */
export function renderHtml(model: MinutesModel, options: HtmlOptions = {}): string {
  const includeExempt = !!options.includeExempt;
  // Declarations made in an item print there, the rest at the head (placed-declarations.ts); a withheld item shows none.
  const placed = placeDeclarations(model.declarations, model.items, (it) => (includeExempt || !isExemptItem(it) ? it : null));
  const ctx: HtmlContext = {
    names: namesOf(model),
    matrix: String(model.meta.riskMatrix ?? options.config?.riskMatrix ?? ''),
    risk: options.config?.risk,
    placed,
    sourceLines: options.preambleLines,
  };
  const ids = itemIds(model.items);
  const copy = confidentialCopy(model, includeExempt);
  const body =
    htmlConfidential(copy) +
    htmlHeader(model, ctx) +
    htmlAttendance(model, ctx, options.preambleLines) +
    htmlDeclarations(placed.heading, model, ctx, options.preambleLines) +
    htmlContent(model.preamble, ctx) +
    model.items.map((it) => htmlItem(it, 0, includeExempt, ctx, ids)).join('') +
    htmlEnd(model, options.preambleLines?.closed ?? null);
  const marked = options.diagnostics?.length ? markDiagnostics(body, options.diagnostics) : body;
  if (!options.standalone) return `<style>${LAYOUT_CSS}</style>\n<article class="minutes-document">\n${marked}</article>\n`;
  return page(model, marked, copy);
}

/**
 * A confidential copy's head says so to search engines (noindex) and to the
 * PDF printer (`minutes-confidential`, the running header server/src/pdf.ts
 * prints on every page); its title starts with the mark.
 */
function page(model: MinutesModel, body: string, copy: ConfidentialCopy | null): string {
  const date = model.meta.date !== undefined ? ` — ${shortDate(String(model.meta.date))}` : '';
  const title = confidentialTitle(`${documentTitle(model)}${date}`, copy);
  const marks = copy ? `<meta name="robots" content="noindex">\n<meta name="minutes-confidential" content="${escapeHtml(confidentialHeader(copy))}">\n` : '';
  return (
    `<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n${marks}<title>${escapeHtml(title)}</title>\n` +
    `<style>${LAYOUT_CSS}${PAGE_CSS}</style>\n</head>\n<body>\n<main class="minutes-document">\n${body}</main>\n</body>\n</html>\n`
  );
}

/** The banner at the top of a confidential copy (the preview's too, so the clerk sees what an export would hold). */
function htmlConfidential(copy: ConfidentialCopy | null): string {
  if (!copy) return '';
  return (
    `<div class="minutes-confidential" role="note" aria-label="Confidential copy">\n<p class="minutes-confidential-mark">${escapeHtml(CONFIDENTIAL_MARK)}</p>\n` +
    `<p>${escapeHtml(confidentialStatement(copy))}</p>\n</div>\n`
  );
}

function htmlHeader(model: MinutesModel, ctx: HtmlContext): string {
  const authority = model.meta.authority !== undefined ? `<p class="minutes-authority">${escapeHtml(String(model.meta.authority))}</p>\n` : '';
  const subtitle = documentSubtitle(model);
  const fields = headerFields(model)
    .map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.text)}</dd></div>\n`)
    .join('');
  const status = String(model.meta.status ?? '').toLowerCase();
  const cls = headerValues('status').includes(status) ? ` minutes-${status}` : '';
  return (
    `<header class="minutes-header${cls}"${dataLine(0)}>\n${authority}<h1>${escapeHtml(documentTitle(model))}</h1>\n` +
    (subtitle ? `<p class="minutes-subtitle">${escapeHtml(subtitle)}</p>\n` : '') +
    (fields ? `<dl class="minutes-meta">\n${fields}</dl>\n` : '') +
    htmlContact(model, ctx.names) +
    `</header>\n`
  );
}

function htmlAttendance(model: MinutesModel, ctx: HtmlContext, lines: PreambleLines | undefined): string {
  const rows = ATTENDANCE_LISTS.filter(({ field }) => model.attendance[field].length).map(({ field, label }) => {
    const entries = model.attendance[field].map((e) => attendanceEntry(e, model, ctx));
    return `<div${optionalLine(lines?.attendance[field])}><dt>${label}</dt><dd>${entries.join(', ')}</dd></div>\n`;
  });
  return rows.length ? `<section class="minutes-attendance" aria-label="Attendance">\n<dl>\n${rows.join('')}</dl>\n</section>\n` : '';
}

/** A name, the person's role (see attendanceRole), and the note as written (`(Chair)`). */
function attendanceEntry(e: AttendanceEntryModel, model: MinutesModel, ctx: HtmlContext): string {
  const role = attendanceRole(e, model);
  const name = `<span class="minutes-person">${escapeHtml(e.name)}</span>`;
  const roleText = role ? ` – ${htmlInline(role, ctx.names)}` : '';
  const note = e.note ? ` (${htmlInline(e.note, ctx.names)})` : '';
  return `${name}${roleText}${note}`;
}

function htmlDeclarations(decls: readonly DeclarationModel[], model: MinutesModel, ctx: HtmlContext, lines: PreambleLines | undefined): string {
  if (!decls.length) return '';
  const rows = decls.map((d, i) => {
    const person = model.people.find((p) => p.handle === d.person)?.name ?? d.person;
    return `<tr${optionalLine(lines?.declarationEntries[i])}><td${labelAttr('Member')}>${escapeHtml(person)}</td><td${labelAttr('Item')}>${escapeHtml(d.item ?? '')}</td><td${labelAttr('Interest')}>${htmlInline(d.text, ctx.names)}</td></tr>\n`;
  });
  return (
    `<table class="minutes-declarations"${optionalLine(lines?.declarations ?? undefined)}>\n<caption>Declarations of interest</caption>\n` +
    `<thead><tr><th scope="col">Member</th><th scope="col">Item</th><th scope="col">Interest</th></tr></thead>\n` +
    `<tbody>\n${rows.join('')}</tbody>\n</table>\n`
  );
}

/** ` data-line="N"` when the line is known (the preview), nothing otherwise (the export). */
function optionalLine(line: number | undefined): string {
  return line === undefined ? '' : dataLine(line);
}

function htmlItem(it: ItemModel, depth: number, includeExempt: boolean, parent: HtmlContext, ids: ReadonlyMap<IdItem, string>): string {
  const level = Math.min(2 + depth, 6);
  const id = ids.get(it) ?? 'item';
  // The item's own motions and votes, for the heads of its motions and the labels of its votes.
  const ctx: HtmlContext = { ...parent, item: it };
  const withheld = isExemptItem(it) && !includeExempt;
  const num = it.number ? `<span class="minutes-item-number">${escapeHtml(it.number)}</span> ` : '';
  const heading = `<h${level} id="${id}-title"${dataLine(it.range.start)}>${num}<span class="minutes-item-title">${htmlInline(it.title, ctx.names)}</span></h${level}>\n`;
  const cls = `minutes-item${depth ? ' minutes-subitem' : ''}${withheld ? ' minutes-withheld' : isExemptItem(it) ? ' minutes-exempt-item' : ''}`;
  const open = `<section class="${cls}" id="${id}" aria-labelledby="${id}-title"${dataLine(it.range.start)}>\n${heading}`;
  if (withheld) {
    const note = withheldSentence(withheldItem(it));
    return `${open}<p class="minutes-withheld-note" role="note"${dataLine(it.range.start)}>${escapeHtml(note)}</p>\n</section>\n`;
  }
  const exemptFirst = it.exempt !== null && !it.content.some((b) => b.kind === 'keyword' && b.keyword === 'EXEMPT');
  const notice = exemptFirst ? `<p class="minutes-exempt" role="note">${escapeHtml(exemptNotice(it.exempt))}</p>\n` : '';
  const children = it.items.map((c) => htmlItem(c, depth + 1, includeExempt, ctx, ids)).join('');
  return `${open}${notice}${htmlContent(it.content, ctx)}${children}</section>\n`;
}
