/**
 * Every item of the model's item tree (or any tree shaped like it, such as
 * the exports' and the import's), depth first: an item, then its sub-items,
 * then the next item. The syntax tree has its own walker beside it
 * (syntax/walk.ts); this is the same walk over the model, so that the
 * readers of `items[].items` share one rather than each writing its own.
 */

/** The items and their sub-items at any depth, in document order. */
export function flattenModelItems<T extends { readonly items: readonly T[] }>(items: readonly T[]): T[] {
  const out: T[] = [];
  const walk = (list: readonly T[]): void => {
    for (const it of list) {
      out.push(it);
      walk(it.items);
    }
  };
  walk(items);
  return out;
}
