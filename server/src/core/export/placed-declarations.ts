/**
 * Where each declaration of interest is printed. The model lists every
 * declaration in `declarations`, those written in the preamble's
 * DECLARATIONS block first and then those written inside an item, in
 * document order (model/build.ts); an item's DECLARATIONS block stays in the
 * item's content too. Each declaration is printed once: one made inside an
 * item where it was made, as the clerk placed it, and only the rest in the
 * table at the head of the minutes.
 *
 * The model gives a declaration no line, so the item's list entries are
 * paired with the declarations by what they say (the entry is the
 * declaration as written: `@pym (item 10): a trustee of …`), from the last
 * backwards, since the item's declarations are the end of the model's list.
 * An entry that is not a declaration (the parser reported it) pairs with
 * none and prints as a list entry. An item that the export withholds shows
 * none of its content, so its declarations stay in the table at the head.
 */
import type { ContentBlock, DeclarationModel, KeywordContent, ListEntryModel } from '../model/types';

/** What an in-item DECLARATIONS block prints: its declarations, and any entries that are not one. */
export interface PlacedBlock {
  readonly declarations: readonly { readonly declaration: DeclarationModel; readonly line: number }[];
  readonly others: readonly ListEntryModel[];
}

export interface PlacedDeclarations {
  /** The declarations for the table at the head of the minutes. */
  readonly heading: readonly DeclarationModel[];
  /** Each in-item DECLARATIONS block (by object) and what it prints. */
  readonly inItems: ReadonlyMap<KeywordContent, PlacedBlock>;
}

/** What the placement reads of an item the export shows in full: its content and sub-items. */
export interface ShownItem<T> {
  readonly content: readonly ContentBlock[];
  readonly items: readonly T[];
}

/**
 * Splits the declarations between the head of the minutes and the items.
 * `shown` gives an item's content and sub-items, or null for an item the
 * export withholds.
 */
export function placeDeclarations<T>(declarations: readonly DeclarationModel[], items: readonly T[], shown: (item: T) => ShownItem<T> | null): PlacedDeclarations {
  const blocks: KeywordContent[] = [];
  const walk = (list: readonly T[]): void => {
    for (const it of list) {
      const s = shown(it);
      if (!s) continue;
      for (const b of s.content) if (b.kind === 'keyword' && b.keyword === 'DECLARATIONS') blocks.push(b);
      walk(s.items);
    }
  };
  walk(items);
  const entries: { block: KeywordContent; entry: ListEntryModel }[] = [];
  for (const block of blocks) for (const x of block.body) if (x.kind === 'list') for (const entry of x.entries) entries.push({ block, entry });

  const paired = new Map<ListEntryModel, DeclarationModel>();
  let d = declarations.length - 1;
  for (let e = entries.length - 1; e >= 0 && d >= 0; e--) {
    if (!writes(entries[e].entry.text, declarations[d])) continue;
    paired.set(entries[e].entry, declarations[d]);
    d--;
  }
  const inItems = new Map<KeywordContent, PlacedBlock>();
  for (const block of blocks) {
    const placed: { declaration: DeclarationModel; line: number }[] = [];
    const others: ListEntryModel[] = [];
    for (const x of block.body)
      if (x.kind === 'list')
        for (const entry of x.entries) {
          const declaration = paired.get(entry);
          if (declaration) placed.push({ declaration, line: entry.line });
          else others.push(entry);
        }
    inItems.set(block, { declarations: placed, others });
  }
  return { heading: declarations.slice(0, d + 1), inItems };
}

/** True when a list entry is the declaration as written: its person first, its interest last. */
function writes(entry: string, d: DeclarationModel): boolean {
  const person = entry.startsWith(`@${d.person}`) ? `@${d.person}` : entry.startsWith(d.person) ? d.person : null;
  return person !== null && entry.endsWith(d.text) && /^[ \t]*[(:]/.test(entry.slice(person.length));
}
