/**
 * Reading line tokens back out of the parser's CST, for the visitor
 * (to-ast.ts). The grammar only groups lines; what a group says is read from
 * its tokens in source order, so this file gathers them: the lines of one
 * block, or every token under a node. Tokens that error recovery made up are
 * left out, as they stand for no text the clerk wrote.
 */
import type { CstNode, IToken } from 'chevrotain';

/**
 * The line tokens of one block, in source order. The grammar files every line
 * token under the label `line`, so each node's lines are already in order and
 * a block's lines are its node's lines followed by those of its sub-nodes
 * (a list's entries, a keyword's body). The blank lines between list entries
 * are left out: a list entry ends at the next entry anyway.
 */
export function blockTokens(block: CstNode): IToken[] {
  const c = block.children;
  if (c.line) return realTokens(c.line as IToken[]);
  const node = ((c.paragraph ?? c.table ?? c.keywordBlock ?? c.list) as CstNode[] | undefined)?.[0];
  if (!node) return [];
  const own = (node.children.line ?? []) as IToken[];
  const subs = (node.children.keywordBody ?? node.children.listEntry ?? []) as CstNode[];
  if (!subs.length) return c.list ? [] : realTokens(own);
  const out = c.list ? [] : own.filter(isReal);
  for (const sub of subs) for (const t of (sub.children.line ?? []) as IToken[]) if (isReal(t)) out.push(t);
  return out;
}

/** The tokens without recovery inserts; the same array when there are none (the usual case). */
function realTokens(tokens: IToken[]): IToken[] {
  if (tokens.every(isReal)) return tokens;
  const out: IToken[] = [];
  for (const t of tokens) if (isReal(t)) out.push(t);
  return out;
}

/** False for the tokens that error recovery made up. */
function isReal(t: IToken): boolean {
  return !t.isInsertedInRecovery && !Number.isNaN(t.startOffset);
}

/** All real tokens under a CST node, in source order (recovery inserts are dropped). */
export function tokensOf(node: CstNode): IToken[] {
  const out: IToken[] = [];
  const walk = (n: CstNode): void => {
    for (const list of Object.values(n.children)) {
      for (const c of list) {
        if ('children' in c) walk(c);
        else if (!c.isInsertedInRecovery && !Number.isNaN(c.startOffset)) out.push(c);
      }
    }
  };
  walk(node);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}
