/**
 * Semantic tokens: the meaning-aware colouring on top of the TextMate
 * grammar. Only what the tree, the model and the side tables know is
 * coloured: block keywords (legacy spellings marked deprecated), @handles
 * (their PEOPLE declaration marked as one), ISO dates anywhere outside
 * comments (header, text, `due`), ratings in the rating column of RISKS
 * tables, ACTION statuses, VOTE outcomes, item numbers, header keys and
 * comments; in the proceedings, the labels of a recorded vote's lines
 * (`FOR:`), a motion's final `withdrawn` and the time of `CLOSED:`.
 *
 * Signatures:
 *   SEMANTIC_TOKEN_LEGEND: { tokenTypes: string[]; tokenModifiers: string[] }
 *   semanticTokens(analysis: Analysis, range?: Span): SemanticToken[]
 *   encodeSemanticTokens(tokens: readonly SemanticToken[], lines: LineIndex): number[]
 * Only standard LSP token types and modifiers are used, so every theme
 * colours them without the client declaring new ones. The encoder is the one
 * piece of LSP wire format in the core: it is plain integer data, and it
 * needs nothing but the line index.
 */
import type { Analysis } from '../index';
import { readRiskTable } from '../model/risks';
import type { Block, ItemNode, KeywordBlockNode, Span } from '../syntax/ast';
import type { LineIndex } from '../text/line-index';
import { readStatus } from '../vocabulary';

export type SemanticTokenType = 'keyword' | 'variable' | 'number' | 'enumMember' | 'property' | 'comment';
export type SemanticTokenModifier = 'declaration' | 'deprecated';

/** The legend the server announces; token type and modifier indices refer to it. */
export const SEMANTIC_TOKEN_LEGEND: {
  readonly tokenTypes: readonly SemanticTokenType[];
  readonly tokenModifiers: readonly SemanticTokenModifier[];
} = {
  tokenTypes: ['keyword', 'variable', 'number', 'enumMember', 'property', 'comment'],
  tokenModifiers: ['declaration', 'deprecated'],
};

/**
 * One coloured piece of text. What each construct is coloured as:
 * keyword: block keywords; variable: @handles; number: ISO dates and item
 * numbers; enumMember: ratings, ACTION statuses, VOTE outcomes; property:
 * header keys; comment: `//` comments.
 */
export interface SemanticToken {
  readonly offset: number;
  readonly length: number;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

/** Every token of the document (or of those intersecting `range`), in source order, never overlapping. */
export function semanticTokens(analysis: Analysis, range?: Span): SemanticToken[] {
  const out: SemanticToken[] = [];
  const push = (span: Span, type: SemanticTokenType, modifiers: SemanticTokenModifier[] = []): void => {
    if (span.end > span.start) out.push({ offset: span.start, length: span.end - span.start, type, modifiers });
  };
  const { ast } = analysis;
  for (const e of ast.header?.entries ?? []) push(e.key.span, 'property');
  for (const c of ast.comments) push(c.span, 'comment');
  for (const r of analysis.references) push(r.span, 'variable', r.declaration ? ['declaration'] : []);
  const block = (b: Block): void => {
    if (b.kind === 'keyword') keywordTokens(b, push);
  };
  const item = (it: ItemNode): void => {
    if (it.number) push(it.number.span, 'number');
    it.blocks.forEach(block);
    it.children.forEach(item);
  };
  ast.preamble.forEach(block);
  ast.items.forEach(item);
  dateTokens(analysis, push);
  const sorted = removeOverlaps(out.sort((a, b) => a.offset - b.offset || b.length - a.length));
  if (!range) return sorted;
  return sorted.filter((t) => t.offset < range.end && t.offset + t.length > range.start);
}

/**
 * The LSP wire form: five integers per token (line delta, start delta, length,
 * type index, modifier bits), relative to the token before. A token that runs
 * over a line break is split at it, as the protocol needs one line per token.
 */
export function encodeSemanticTokens(tokens: readonly SemanticToken[], lines: LineIndex): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens) {
    const typeIndex = SEMANTIC_TOKEN_LEGEND.tokenTypes.indexOf(t.type);
    const bits = t.modifiers.reduce((acc, m) => acc | (1 << SEMANTIC_TOKEN_LEGEND.tokenModifiers.indexOf(m)), 0);
    for (const piece of perLine(t.offset, t.offset + t.length, lines)) {
      const deltaLine = piece.line - prevLine;
      data.push(deltaLine, deltaLine === 0 ? piece.character - prevChar : piece.character, piece.length, typeIndex, bits);
      prevLine = piece.line;
      prevChar = piece.character;
    }
  }
  return data;
}

type Push = (span: Span, type: SemanticTokenType, modifiers?: SemanticTokenModifier[]) => void;

const OUTCOME = /\b(?:not carried|carried|lost|fell|defeated|unanimous(?:ly)?)\b|\bnem\.?\s*con\b\.?/gi;

function keywordTokens(b: KeywordBlockNode, push: Push): void {
  push(b.keywordText.span, 'keyword', b.legacy ? ['deprecated'] : []);
  if (b.action) for (const s of b.action.segments.slice(1)) if (readStatus(s.text)) push(s.span, 'enumMember');
  if (b.keyword === 'VOTE' && b.inline) {
    for (const m of b.inline.text.matchAll(OUTCOME)) {
      const start = b.inline.span.start + m.index!;
      push({ start, end: start + m[0].length }, 'enumMember');
    }
  }
  if (b.keyword === 'RISKS') for (const t of b.body) if (t.kind === 'table') ratingTokens(t, push);
  // A recorded vote's labels are keywords of the vote (the names are handles, coloured as references).
  for (const l of b.voteLines ?? []) push(l.label.span, 'keyword');
  if (b.motion?.withdrawn) push(b.motion.withdrawn.span, 'enumMember');
  if (b.keyword === 'CLOSED' && b.inline) {
    const time = /^\d{1,2}:\d{2}(?!\d)/.exec(b.inline.text);
    if (time) push({ start: b.inline.span.start, end: b.inline.span.start + time[0].length }, 'number');
  }
}

/** The rating cell of every risk row, continuation rows included; the header row is not a rating. */
function ratingTokens(table: Parameters<typeof readRiskTable>[0], push: Push): void {
  const shape = readRiskTable(table);
  if (shape.ratingColumn < 0) return;
  for (const row of shape.rows) {
    for (const source of row.sources) {
      const cell = source.cells[shape.ratingColumn];
      if (cell) push(cell.span, 'enumMember');
    }
  }
}

const ISO_DATE = /(?<![\p{L}\p{N}_-])\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}_-])/gu;

/** ISO-shaped dates on every line that is not a comment. */
function dateTokens(analysis: Analysis, push: Push): void {
  const { text, lines } = analysis;
  const commentLines = new Set(analysis.ast.comments.map((c) => lines.positionAt(c.span.start).line));
  if (!/\d{4}-\d{2}-\d{2}/.test(text)) return;
  for (let line = 0; line < lines.lineCount; line++) {
    if (commentLines.has(line)) continue;
    const lineText = lines.lineText(line);
    if (!lineText.includes('-')) continue;
    const start = lines.lineStart(line);
    for (const m of lineText.matchAll(ISO_DATE)) push({ start: start + m.index!, end: start + m.index! + m[0].length }, 'number');
  }
}

/** Keeps the first of overlapping tokens (the longest, as they are sorted by offset then length). */
function removeOverlaps(sorted: SemanticToken[]): SemanticToken[] {
  const out: SemanticToken[] = [];
  let end = -1;
  for (const t of sorted) {
    if (t.offset < end) continue;
    out.push(t);
    end = t.offset + t.length;
  }
  return out;
}

function perLine(start: number, end: number, lines: LineIndex): { line: number; character: number; length: number }[] {
  const out: { line: number; character: number; length: number }[] = [];
  const first = lines.positionAt(start).line;
  const last = lines.positionAt(end).line;
  for (let line = first; line <= last; line++) {
    const from = Math.max(start, lines.lineStart(line));
    const to = Math.min(end, lines.lineEnd(line));
    if (to > from) out.push({ line, character: from - lines.lineStart(line), length: to - from });
  }
  return out;
}
