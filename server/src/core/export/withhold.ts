/**
 * Public copies of the minutes (docs/language.md#item-lines). An exempt item (`EXEMPT: n`,
 * a Schedule 12A paragraph) is withheld from public exports: it keeps its
 * number, title and paragraph, gains `withheld: true` and loses everything
 * else, its sub-items too. Its actions and risks leave the document-wide lists
 * as well, matched by the source lines the item covers, so that an item with
 * no number or a repeated number cannot take another item's rows with it.
 */
import type { ItemModel, MinutesModel } from '../model/types';

/** What a public export keeps of an exempt item. */
export interface WithheldItemModel {
  readonly number: string | null;
  readonly title: string;
  readonly exempt: number | null;
  readonly withheld: true;
}

/** An item in an export: in full, or withheld. */
export type ExportItem = ExportItemModel | WithheldItemModel;

/** An item in full whose sub-items may be withheld. */
export interface ExportItemModel extends Omit<ItemModel, 'items' | 'withheld'> {
  readonly items: readonly ExportItem[];
}

/** The model as an export sees it: the full model, or its public copy. */
export interface ExportModel extends Omit<MinutesModel, 'items'> {
  readonly items: readonly ExportItem[];
  /**
   * True for a confidential copy: exempt items printed in full, and the
   * document has one (confidential.ts); false for the public copy. Set by
   * exportModel; a model passed in without it is read as the public copy.
   */
  readonly confidential?: boolean;
}

/** True for an item that a public export has withheld. */
export function isWithheld(item: ExportItem): item is WithheldItemModel {
  return (item as Partial<WithheldItemModel>).withheld === true;
}

/**
 * Whether the clerk marked an item exempt. Any `EXEMPT:` line counts, even
 * one whose paragraph cannot be read (`EXEMPT: yes`, `EXEMPT: tbc`): that is
 * exempt-paragraph's error, and the export still goes ahead, so reading it as
 * "not exempt" would publish the private item in full.
 */
export function isExemptItem(item: Pick<ItemModel, 'exempt' | 'content'>): boolean {
  return item.exempt !== null || item.content.some((b) => b.kind === 'keyword' && b.keyword === 'EXEMPT');
}

/** What remains of an exempt item in a public export. */
export function withheldItem(item: Pick<ItemModel, 'number' | 'title' | 'exempt'>): WithheldItemModel {
  return { number: item.number, title: item.title, exempt: item.exempt, withheld: true };
}

/** The public copy of the minutes: every exempt item withheld, with its actions and risks. */
export function withholdExempt(model: MinutesModel): ExportModel {
  const hidden: { start: number; end: number }[] = [];
  const visit = (items: readonly ItemModel[]): ExportItem[] =>
    items.map((it) => {
      if (!isExemptItem(it)) return { ...it, items: visit(it.items) };
      hidden.push(it.range);
      return withheldItem(it);
    });
  const items = visit(model.items);
  const shown = (line: number): boolean => !hidden.some((r) => line >= r.start && line <= r.end);
  return {
    ...model,
    confidential: false,
    items,
    actions: model.actions.filter((a) => shown(a.line)),
    risks: model.risks.filter((r) => shown(r.line)),
  };
}

/** The model for an export: as it is when exempt items are included (marked confidential when it has one), else its public copy. */
export function exportModel(model: MinutesModel, includeExempt: boolean | undefined): ExportModel {
  return includeExempt ? { ...model, confidential: hasExemptItem(model.items) } : withholdExempt(model);
}

function hasExemptItem(items: readonly ItemModel[]): boolean {
  return items.some((it) => isExemptItem(it) || hasExemptItem(it.items));
}
