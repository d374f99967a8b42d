/**
 * The `id` of each item's section in the HTML export (and `<id>-title` of its
 * heading), unique in the page and stable: an item's id depends on the item
 * alone, not on how many items come before it, so a link to `#item-78-21-a`
 * or `#item-any-other-business` survives an item being added elsewhere.
 *
 * A numbered item's id is its number (`item-78-21-a`); those ids are reserved
 * for the numbered items before any is given out, so an unnumbered item,
 * whose id comes from its title (`item-apologies-for-absence`), can never
 * take `item-2` from item 2. Only a true repeat (two items 5, or two items
 * with one title) gets a suffix, `-2`, `-3`, in document order.
 */
import { flattenModelItems } from '../model/flatten-items';

/** What an id is made from: an item's number and title, and its sub-items. */
export interface IdItem {
  readonly number: string | null;
  readonly title: string;
  readonly items: readonly IdItem[];
}

/** The longest slug taken from a title; a whole sentence of a title makes a poor address. */
const TITLE_SLUG_MAX = 48;

/** Ids for every item of the tree, sub-items included, keyed by the item object. */
export function itemIds(items: readonly IdItem[]): ReadonlyMap<IdItem, string> {
  const all = flattenModelItems(items);
  // Every id a numbered item would take as its own, with its heading's id.
  const reserved = new Set<string>();
  for (const it of all) {
    if (it.number === null) continue;
    const id = numberedId(it.number);
    reserved.add(id);
    reserved.add(`${id}-title`);
  }
  const used = new Set<string>();
  // The next suffix to try for each base, so that the 1,000th repeat of a number does not try 2 to 999 again.
  const next = new Map<string, number>();
  const out = new Map<IdItem, string>();
  for (const it of all) {
    const base = it.number !== null ? numberedId(it.number) : titleId(it.title);
    // A numbered item takes its own number's id first; anything else must keep clear of the reserved ones.
    const free = (id: string, own: boolean): boolean => !used.has(id) && !used.has(`${id}-title`) && (own || !reserved.has(id));
    let id = base;
    if (!free(base, it.number !== null)) {
      let n = next.get(base) ?? 2;
      while (!free(`${base}-${n}`, false)) n++;
      next.set(base, n + 1);
      id = `${base}-${n}`;
    }
    used.add(id);
    used.add(`${id}-title`);
    out.set(it, id);
  }
  return out;
}

function numberedId(number: string): string {
  const slug = slugify(number);
  return slug ? `item-${slug}` : 'item';
}

function titleId(title: string): string {
  let slug = slugify(title.replace(/@([a-z0-9-]+)/g, '$1'));
  if (slug.length > TITLE_SLUG_MAX) {
    const cut = slug.lastIndexOf('-', TITLE_SLUG_MAX);
    slug = slug.slice(0, cut > 0 ? cut : TITLE_SLUG_MAX);
  }
  return slug ? `item-${slug}` : 'item';
}

/** Lower-case letters and digits joined by single hyphens; accents dropped (`Cofnodion’r Cyngor` as `cofnodionr-cyngor`). */
function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    // A trailing run is matched from its start only: -+$ alone rescans a run from each of its characters (quadratic).
    .replace(/^-+|(?<!-)-+$/g, '');
}
