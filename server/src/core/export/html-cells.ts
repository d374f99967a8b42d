/**
 * Labelled table cells, for tables that reflow on a narrow screen: each
 * cell carries its column's heading as `data-label`, and below 40rem the
 * stylesheet (html-style.ts, REFLOW_CSS) lays each row out as a block with
 * the heading printed before each cell, so a phone shows a risk's rating or
 * an action's status under its label instead of off the side of the screen.
 * Also the labels of blocks, cased alike.
 */
import { plainInline, escapeHtml, type Names } from './inline';
import { keywordLabel } from './present';

/** ` data-label="Owner"`: the column heading as plain text (markup dropped, handles as names), or nothing for a heading that is empty. */
export function labelAttr(heading: string, names: Names = new Map()): string {
  const text = plainInline(heading, names).trim();
  return text ? ` data-label="${escapeHtml(text)}"` : '';
}

/**
 * A block's label as the HTML prints it: the vocabulary's label in sentence
 * case, like every other label of the page (`Resolved`, `Noted`, as
 * `Recommended` and `Vote`), where the vocabulary keeps RESOLVED and NOTED
 * in capitals for the other formats.
 */
export function htmlLabel(keyword: string): string {
  const label = keywordLabel(keyword);
  return label === label.toUpperCase() ? label.charAt(0) + label.slice(1).toLowerCase() : label;
}
