/**
 * The CST visitor: builds the readonly AST from the parser's CST.
 *
 * The grammar groups lines; this file reads each group in source order and
 * gives it shape: header entries, paragraphs, lists and their entries, table
 * rows, keyword blocks with their parsed line parts (the roll of people,
 * attendance and declarations is read by roll-lines.ts). A group's tokens are
 * gathered by cst-tokens.ts, and the flat run of blocks is nested into agenda
 * items by heading level in nest-items.ts. Lines that cannot be read in their
 * place (a header line that is not `key: value`, a PEOPLE line without a
 * handle) are returned as syntax problems, so that nothing a clerk wrote is
 * silently dropped.
 */
import type { CstNode, IToken } from 'chevrotain';
import type {
  BodyBlock,
  CommentNode,
  DocumentNode,
  HeaderEntry,
  HeaderNode,
  Keyword,
  KeywordBlockNode,
  ListEntry,
  ListNode,
  Mutable,
  SyntaxProblem,
  TableRow,
  TextPiece,
} from './ast';
import { blockTokens, tokensOf } from './cst-tokens';
import { isSeparatorRow, joinPieces, linePiece, lineSpan, spanOf, splitCells, splitMarker, splitSegments, trimmedPiece } from './lines';
import { settleRomanLetters } from './list-kinds';
import { readMotionHead } from './motion-head';
import { nestItems, type FlatEntry } from './nest-items';
import { readAttendance, readDeclarations, readPeople } from './roll-lines';
import { KEYWORD_HEADS, KEYWORD_OF } from './tokens';
import { readVoteLines } from './vote-lines';

/** Builds the document tree; `problems` receives lines that could not be read. */
export function toAst(cst: CstNode, textLength: number, problems: SyntaxProblem[]): DocumentNode {
  const parts = readParts(cst);
  for (const v of parts.problems) problems.push(v);
  return assemble(parts, textLength);
}

/** What a CST says before nesting: the header, the blocks in order, the comments and the lines that could not be read. */
export interface AstParts {
  readonly header: HeaderNode | null;
  readonly flat: readonly FlatEntry[];
  readonly comments: readonly CommentNode[];
  readonly problems: readonly SyntaxProblem[];
}

/** Reads the header and the flat run of blocks of a CST, in source order. */
export function readParts(cst: CstNode): AstParts {
  const comments: CommentNode[] = [];
  const problems: SyntaxProblem[] = [];
  const ctx: Context = { comments, problems };
  const headerCst = cst.children.header?.[0] as CstNode | undefined;
  const header = headerCst ? readHeader(headerCst, ctx) : null;
  const flat: FlatEntry[] = [];
  for (const b of (cst.children.block ?? []) as CstNode[]) {
    const tokens = blockTokens(b);
    const first = tokens[0];
    if (!first) continue;
    const type = first.tokenType.name;
    if (type === 'Blank') continue;
    if (type === 'Heading') flat.push({ kind: 'heading', token: first });
    else if (b.children.keywordBlock) flat.push(readKeywordBlock(tokens, ctx));
    else for (const v of groupLines(tokens, ctx)) flat.push(v);
  }
  return { header, flat, comments, problems };
}

/** Nests the flat blocks into agenda items and makes the document node. */
export function assemble(parts: Omit<AstParts, 'problems'>, textLength: number): DocumentNode {
  const { preamble, items } = nestItems(parts.flat);
  return { kind: 'document', header: parts.header, preamble, items, comments: [...parts.comments], span: { start: 0, end: textLength } };
}

interface Context {
  readonly comments: CommentNode[];
  readonly problems: SyntaxProblem[];
}

function readHeader(node: CstNode, ctx: Context): HeaderNode {
  const tokens = tokensOf(node);
  const fences = tokens.filter((t) => t.tokenType.name === 'Fence');
  const entries: HeaderEntry[] = [];
  const invalidLines: TextPiece[] = [];
  for (const t of tokens) {
    const type = t.tokenType.name;
    if (type === 'Fence' || type === 'Blank') continue;
    if (type === 'Comment') {
      ctx.comments.push(comment(t));
      continue;
    }
    const line = linePiece(t);
    const m = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:/.exec(line.text);
    if (!m) {
      invalidLines.push(line);
      ctx.problems.push({ message: 'A header line is `key: value`, for example `date: 2021-06-08`.', span: line.span });
      continue;
    }
    const key = { text: m[1], span: { start: line.span.start, end: line.span.start + m[1].length } };
    const value = trimmedPiece(line.text.slice(m[0].length), line.span.start + m[0].length);
    entries.push({ key, value, span: line.span });
  }
  const closed = fences.length >= 2;
  const last = tokens[tokens.length - 1];
  const span = { start: tokens[0].startOffset, end: last ? lineSpan(last).end : tokens[0].startOffset };
  // An unclosed header is reported once, by the parser, where the `---` was expected.
  return { kind: 'header', entries, invalidLines, closed, span };
}

function comment(t: IToken): CommentNode {
  const span = lineSpan(t);
  return { kind: 'comment', text: linePiece(t, 2), span };
}

/**
 * Groups a run of line tokens into paragraphs, lists and tables. A list entry
 * takes the text lines after it; a blank line ends a paragraph; tables and
 * lists that the grammar let run across blank lines stay one block.
 */
function groupLines(tokens: readonly IToken[], ctx: Context): BodyBlock[] {
  const out: BodyBlock[] = [];
  let para: Mutable<{ lines: TextPiece[] }> | null = null;
  let list: ListEntry[] | null = null;
  let entry: Mutable<ListEntry> | null = null;
  let table: TableRow[] | null = null;
  const close = (keepList = false): void => {
    if (para) out.push({ kind: 'paragraph', lines: para.lines, span: spanOf(para.lines) });
    para = null;
    if (!keepList && list) {
      out.push(finishList(list));
      list = null;
      entry = null;
    }
    if (table) out.push({ kind: 'table', rows: table, span: { start: table[0].span.start, end: table[table.length - 1].span.end } });
    table = null;
  };
  for (const t of tokens) {
    const type = t.tokenType.name;
    if (type === 'Comment') {
      ctx.comments.push(comment(t));
      continue;
    }
    if (type === 'Blank') {
      if (para) close(true);
      entry = null;
      continue;
    }
    if (type === 'ListItem') {
      if (para || table) close(false);
      const parts = splitMarker(t);
      entry = {
        marker: parts.marker,
        style: parts.style,
        value: parts.value,
        indent: parts.indent,
        lines: parts.rest.text ? [parts.rest] : [],
        span: lineSpan(t),
      };
      (list ??= []).push(entry);
      continue;
    }
    if (type === 'TableRow') {
      if (!table) close(false);
      const cells = splitCells(t);
      (table ??= []).push({ cells, separator: isSeparatorRow(cells), span: lineSpan(t) });
      continue;
    }
    const piece = type === 'Escaped' ? linePiece(t, 1) : linePiece(t);
    if (entry) {
      entry.lines.push(piece);
      entry.span = { start: entry.span.start, end: piece.span.end };
      continue;
    }
    if (list || table) close(false);
    (para ??= { lines: [] }).lines.push(piece);
  }
  close(false);
  return out;
}

/**
 * An ARRIVED, LEFT or RETURNED line written as a sentence ends with a full
 * stop: `LEFT: @ferriby (having declared an interest).` The stop after a
 * closing bracket or a handle is dropped, so the note and the handle are
 * read; after a name it stays, as it may be an initial (`Collins J.`).
 */
function withoutFullStop(inline: TextPiece | null): TextPiece | null {
  if (!inline || !/(?:\)|@[a-z0-9][a-z0-9-]*)\.$/.test(inline.text)) return inline;
  return { text: inline.text.slice(0, -1), span: { start: inline.span.start, end: inline.span.end - 1 } };
}

/** A list node; whether its lone i, v and x are roman numerals is settled per run of siblings (list-kinds.ts). */
function finishList(entries: ListEntry[]): ListNode {
  const fixed = settleRomanLetters(entries);
  return { kind: 'list', entries: fixed, span: { start: fixed[0].span.start, end: fixed[fixed.length - 1].span.end } };
}

function readKeywordBlock(tokens: IToken[], ctx: Context): KeywordBlockNode {
  const head = tokens[0];
  const keyword = KEYWORD_OF.get(head.tokenType) as Keyword;
  const m = KEYWORD_HEADS.get(keyword)!.exec(head.image)!;
  const keywordText = { text: m[0], span: { start: head.startOffset, end: head.startOffset + m[0].length } };
  const legacy = m[0] !== `${keyword}:`;
  const rest = linePiece(head, m[0].length);
  const inline = rest.text ? rest : null;
  const continuation = tokens.slice(1);
  const node: Mutable<KeywordBlockNode> = { kind: 'keyword', keyword, keywordText, legacy, inline, body: [], span: lineSpan(head) };
  if (continuation.length) node.span = { start: node.span.start, end: lineSpan(continuation[continuation.length - 1]).end };
  switch (keyword) {
    case 'PRESENT':
    case 'APOLOGIES':
    case 'ABSENT':
    case 'IN ATTENDANCE':
      node.attendance = readAttendance([inline, ...continuation.map((t) => linePiece(t))]);
      break;
    case 'ARRIVED':
    case 'LEFT':
    case 'RETURNED':
      node.changes = readAttendance([withoutFullStop(inline)]);
      break;
    case 'CONTACT':
    case 'DOCUMENTS':
      node.inline = joinPieces([inline, ...continuation.map((t) => linePiece(t))]);
      break;
    case 'ACTION':
      node.action = inline ? splitSegments(inline) : { segments: [], separators: [] };
      break;
    case 'VOTE':
      // The FOR:/AGAINST:/ABSTAIN: lines the grammar took in under the VOTE line.
      if (continuation.length) node.voteLines = readVoteLines(continuation);
      break;
    default:
      node.body = groupLines(continuation, ctx);
  }
  if (keyword === 'PEOPLE') node.people = readPeople(node.body, ctx.problems);
  if (keyword === 'DECLARATIONS') node.declarations = readDeclarations(node.body, ctx.problems);
  if (keyword === 'MOTION' || keyword === 'AMENDMENT') node.motion = readMotionHead(inline);
  return node;
}
