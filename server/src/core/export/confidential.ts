/**
 * Confidential copies: an export that prints exempt items in full
 * (`includeExempt`) must never pass for the public copy. Such a copy is
 * marked "CONFIDENTIAL — NOT FOR PUBLICATION" with the Schedule 12A
 * paragraphs its exempt items were taken under: on the first page, in every
 * page header, in the document's title, and in JSON as `"confidential": true`.
 * This file works out whether a copy is confidential and words the marks;
 * each renderer places and escapes them its own way.
 *
 * A copy asked to include exempt items when the document has none holds
 * nothing confidential, so it is not marked: it is the public copy.
 */
import type { ItemModel } from '../model/types';
import { isExemptItem, isWithheld, type ExportItem } from './withhold';

/** The words every mark of a confidential copy starts with. */
export const CONFIDENTIAL_MARK = 'CONFIDENTIAL — NOT FOR PUBLICATION';

/** What a confidential copy says of itself. */
export interface ConfidentialCopy {
  /** The Schedule 12A paragraphs of its exempt items, each once, in order. */
  readonly paragraphs: readonly number[];
  /** True when an exempt item's `EXEMPT:` line gives no paragraph that can be read (`EXEMPT: tbc`). */
  readonly unstated: boolean;
}

/**
 * The confidential copy's facts, or null for a public copy: one that
 * withholds exempt items, or a document with no exempt item to include.
 */
export function confidentialCopy(model: { readonly items: readonly (ItemModel | ExportItem)[] }, includeExempt: boolean | undefined): ConfidentialCopy | null {
  if (!includeExempt) return null;
  const paragraphs = new Set<number>();
  let exempt = 0;
  let unstated = false;
  const visit = (items: readonly (ItemModel | ExportItem)[]): void => {
    for (const it of items) {
      // A withheld item is from a public copy, which has nothing of it to mark.
      if (isWithheld(it)) continue;
      if (isExemptItem(it)) {
        exempt++;
        const n = it.exempt ?? writtenParagraph(it);
        if (n === null) unstated = true;
        else paragraphs.add(n);
      }
      visit(it.items);
    }
  };
  visit(model.items);
  return exempt ? { paragraphs: [...paragraphs].sort((a, b) => a - b), unstated } : null;
}

/** The paragraph an `EXEMPT:` line writes when the model could not read one (`EXEMPT: 9` is read as 9 by the rules, not the model). */
function writtenParagraph(it: Pick<ItemModel, 'content'>): number | null {
  for (const b of it.content) {
    if (b.kind !== 'keyword' || b.keyword !== 'EXEMPT' || !b.text) continue;
    const m = /\d+/.exec(b.text);
    if (m) return Number(m[0]);
  }
  return null;
}

/** `paragraph 3`, `paragraphs 1, 3 and 5`, or null when none can be read. */
function paragraphWords(copy: ConfidentialCopy): string | null {
  const p = copy.paragraphs;
  if (!p.length) return null;
  if (p.length === 1) return `paragraph ${p[0]}`;
  return `paragraphs ${p.slice(0, -1).join(', ')} and ${p[p.length - 1]}`;
}

/**
 * The statement on the first page: `This copy includes exempt information
 * under paragraphs 3 and 5 of Part 1 of Schedule 12A to the Local
 * Government Act 1972. It must not be published.`
 */
export function confidentialStatement(copy: ConfidentialCopy): string {
  const words = paragraphWords(copy);
  const which = words ? `${words}${copy.unstated ? ' (and a paragraph not stated)' : ''} of ` : '';
  return `This copy includes exempt information under ${which}Part 1 of Schedule 12A to the Local Government Act 1972. It must not be published.`;
}

/** The running page header: `CONFIDENTIAL — NOT FOR PUBLICATION · Schedule 12A, paragraphs 3 and 5`. */
export function confidentialHeader(copy: ConfidentialCopy): string {
  const words = paragraphWords(copy);
  return `${CONFIDENTIAL_MARK} · Schedule 12A${words ? `, ${words}` : ''}`;
}

/** The document's title with the mark in front: `CONFIDENTIAL — NOT FOR PUBLICATION: Planning Committee — 16 November 2021`. */
export function confidentialTitle(title: string, copy: ConfidentialCopy | null): string {
  return copy ? `${CONFIDENTIAL_MARK}: ${title}` : title;
}
