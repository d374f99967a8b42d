/**
 * Walks over the syntax tree that the model, the rules, the features and the
 * exports share: every item depth first, every block in source order, the
 * blocks of one keyword, an item's number as written and a keyword block's
 * text. They read the tree only, so they live beside it; what they return is
 * made once per tree (the tree is immutable) and shared, which spares each of
 * the twenty-odd readers its own pass over a long document.
 */
import type { Block, DocumentNode, ItemNode, Keyword, KeywordBlockNode } from './ast';
import { joinLines } from './join-lines';

const flatItems = new WeakMap<readonly ItemNode[], readonly ItemNode[]>();

/**
 * Every item and sub-item, depth first. The tree is immutable, so the list is
 * made once per tree and shared by the model and every rule that asks.
 */
export function flattenItems(items: readonly ItemNode[]): readonly ItemNode[] {
  let out = flatItems.get(items) as ItemNode[] | undefined;
  if (out) return out;
  out = [];
  const walk = (list: readonly ItemNode[]): void => {
    for (const it of list) {
      out!.push(it);
      walk(it.children);
    }
  };
  walk(items);
  flatItems.set(items, out);
  return out;
}

const blocksOf = new WeakMap<DocumentNode, readonly Block[]>();

/**
 * Every block of the document in source order: the preamble's, then each
 * item's (sub-items after their parent). Made once per tree and shared, which
 * spares each rule a copy of every block of a long document. Depth first is
 * source order: an item's own blocks all come before its first sub-item's
 * heading, since a block after that heading belongs to the sub-item.
 */
export function documentBlocks(ast: DocumentNode): readonly Block[] {
  let out = blocksOf.get(ast) as Block[] | undefined;
  if (out) return out;
  out = [...ast.preamble];
  for (const it of flattenItems(ast.items)) for (const b of it.blocks) out.push(b);
  blocksOf.set(ast, out);
  return out;
}

const byKeyword = new WeakMap<DocumentNode, ReadonlyMap<Keyword, readonly KeywordBlockNode[]>>();
const NONE: readonly KeywordBlockNode[] = Object.freeze([]);

/**
 * The document's blocks of one keyword (every ACTION, every RISKS), in source
 * order. The first call sorts every keyword block of the tree by keyword in
 * one pass; the rules that each want one keyword then share that pass.
 */
export function keywordBlocks(ast: DocumentNode, keyword: Keyword): readonly KeywordBlockNode[] {
  let index = byKeyword.get(ast);
  if (!index) {
    const groups = new Map<Keyword, KeywordBlockNode[]>();
    const blocks = documentBlocks(ast);
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind !== 'keyword') continue;
      const group = groups.get(b.keyword);
      if (group) group.push(b);
      else groups.set(b.keyword, [b]);
    }
    index = groups;
    byKeyword.set(ast, index);
  }
  return index.get(keyword) ?? NONE;
}

/** The item number as the model keeps it: as written, without a trailing dot. */
export function itemNumber(it: ItemNode): string | null {
  return it.number ? it.number.text.replace(/\.$/, '') : null;
}

/** The text of a keyword block: its inline text and body paragraphs and entries, one per line. */
export function blockText(b: KeywordBlockNode): string {
  const parts: string[] = [];
  if (b.inline) parts.push(b.inline.text);
  for (const x of b.body) {
    if (x.kind === 'paragraph') parts.push(joinLines(x.lines));
    else if (x.kind === 'list') for (const e of x.entries) parts.push(joinLines(e.lines));
  }
  return parts.join('\n');
}
