/**
 * Reading single lines: turning a line token into a trimmed text piece, and
 * splitting the few line shapes whose parts the tree keeps (list markers,
 * table cells, headings, ACTION segments). Pure string work with offsets.
 */
import type { IToken } from 'chevrotain';
import { actionSeparatorPattern, isBulletMarker, LIST_MARKER_SOURCE } from '../vocabulary';
import type { MarkerStyle, Span, TableCell, TextPiece } from './ast';

/** A piece of text trimmed of surrounding white space, with its span. */
export function trimmedPiece(text: string, start: number): TextPiece {
  let a = 0;
  let b = text.length;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { text: text.slice(a, b), span: { start: start + a, end: start + b } };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 12 || c === 11;
}

/** The text of a line token from `skip` on, without its line break and surrounding white space. */
export function linePiece(token: IToken, skip = 0): TextPiece {
  // trimmedPiece(image.slice(skip), ...) without the intermediate copy: this runs once per line.
  const image = token.image;
  let a = skip;
  let b = image.length;
  if (b < a) b = a;
  while (a < b && isSpace(image.charCodeAt(a))) a++;
  while (b > a && isSpace(image.charCodeAt(b - 1))) b--;
  return { text: image.slice(a, b), span: { start: token.startOffset + a, end: token.startOffset + b } };
}

/** The span of a whole line token without its line break. */
export function lineSpan(token: IToken): Span {
  let end = token.image.length;
  if (token.image.charCodeAt(end - 1) === 10) end--;
  if (token.image.charCodeAt(end - 1) === 13) end--;
  return { start: token.startOffset, end: token.startOffset + end };
}

/** A list line's indentation and marker (the vocabulary's markers), followed by white space or the end. */
const MARKER = new RegExp(`^([ \\t]*)(${LIST_MARKER_SOURCE})(?=[ \\t\\n]|$)`);

export interface MarkerParts {
  readonly indent: number;
  readonly marker: TextPiece;
  readonly style: MarkerStyle;
  readonly value: string;
  readonly rest: TextPiece;
}

// Made once, not on every list line (a literal in the function is a new object per call).
const MARKER_PUNCTUATION = /[().]/g;
const MULTILEVEL = /^\d+\.\d/;
const DIGIT = /\d/;
const ROMAN = /^[ivxlcdm]{2,}$/;
const UPPER = /^[A-Z]$/;

/** Splits a list line into its marker and text. The style of a lone i, v or x is settled per list later. */
export function splitMarker(token: IToken): MarkerParts {
  const m = MARKER.exec(token.image)!;
  const indent = m[1].length;
  const raw = m[2];
  const start = token.startOffset + indent;
  // A bullet has no value; the others lose their brackets and dots (no dot is left for /\.$/).
  const bullet = isBulletMarker(raw);
  const value = bullet ? raw : raw.replace(MARKER_PUNCTUATION, '');
  let style: MarkerStyle;
  if (bullet) style = 'bullet';
  else if (MULTILEVEL.test(raw)) style = 'multilevel';
  else if (DIGIT.test(raw)) style = 'decimal';
  else if (ROMAN.test(value)) style = 'lower-roman';
  else if (UPPER.test(value)) style = 'upper-alpha';
  else style = 'lower-alpha';
  const multilevel = style === 'multilevel' ? raw.replace(/\.$/, '') : value;
  return {
    indent,
    marker: { text: raw, span: { start, end: start + raw.length } },
    style,
    value: style === 'bullet' ? '' : multilevel,
    rest: linePiece(token, indent + raw.length),
  };
}

/** Splits a pipe-table line into trimmed cells; `\|` stays inside a cell. */
export function splitCells(token: IToken): TableCell[] {
  const { start, end } = lineSpan(token);
  const line = token.image.slice(0, end - start);
  let i = line.indexOf('|') + 1;
  let last = line.length;
  // A closing pipe ends the row; without one, the row runs to the end of the line.
  let trimmedEnd = line.length;
  while (trimmedEnd > 0 && (line[trimmedEnd - 1] === ' ' || line[trimmedEnd - 1] === '\t')) trimmedEnd--;
  if (trimmedEnd > i && line[trimmedEnd - 1] === '|' && line[trimmedEnd - 2] !== '\\') last = trimmedEnd - 1;
  const cells: TableCell[] = [];
  let cellStart = i;
  for (; i <= last; i++) {
    if (i === last || (line[i] === '|' && line[i - 1] !== '\\')) {
      const piece = trimmedPiece(line.slice(cellStart, i), start + cellStart);
      cells.push({ text: piece.text.replace(/\\\|/g, '|'), span: piece.span });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** True for a `|---|:---:|` separator row. */
export function isSeparatorRow(cells: readonly TableCell[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c.text));
}

/**
 * Item numbers: `1.` `12` `4(a)` `77/21` `78/21(a)` `3.1` `5.1.`; the longest
 * form wins because the pattern is greedy and must be followed by a space.
 * Boards print minute references with a letter prefix (`BoD/24/061`,
 * `TB23/045`) and councils letter their sub-items `4a`, `064a`. The prefix is
 * only taken before a slashed number, so a title that starts with a road
 * (`A1 Ring Road`, `B4337 speed limit`) is still a title; the suffix is one
 * lower-case letter, so `3D printing` and `1st` stay titles too. Planning
 * schedules number their applications with a capital and digits, `A1.`,
 * `B12.` (docs/language.md#agenda-items): with the dot that is a number,
 * without it (`A1 Ring Road`) a title as before.
 */
const ITEM_NUMBER =
  /^([A-Z]\d{1,4}\.|(?:[A-Za-z]{1,6}\/?(?=\d+[a-z]?\/\d))?\d+[a-z]?(?:\/\d+[a-z]?)?(?:\.\d+)*(?:\([a-zA-Z0-9]{1,4}\))*\.?)(?=[ \t]|$)/;

export interface HeadingParts {
  readonly level: number;
  readonly marker: TextPiece;
  readonly number: TextPiece | null;
  readonly title: TextPiece;
}

export function splitHeading(token: IToken): HeadingParts {
  const level = /^#+/.exec(token.image)![0].length;
  const marker = { text: token.image.slice(0, level), span: { start: token.startOffset, end: token.startOffset + level } };
  const rest = linePiece(token, level);
  const m = ITEM_NUMBER.exec(rest.text);
  if (!m) return { level, marker, number: null, title: rest };
  const number = { text: m[1], span: { start: rest.span.start, end: rest.span.start + m[1].length } };
  const title = trimmedPiece(rest.text.slice(m[1].length), rest.span.start + m[1].length);
  return { level, marker, number, title };
}

/** ACTION segment separators (the vocabulary's): an em dash, an en dash or `--`, with white space around. */
const SEPARATOR = actionSeparatorPattern();

/** Splits a piece on the ACTION separators, keeping spans of both parts. */
export function splitSegments(piece: TextPiece): { segments: TextPiece[]; separators: TextPiece[] } {
  const segments: TextPiece[] = [];
  const separators: TextPiece[] = [];
  let from = 0;
  // exec on the one global pattern, not matchAll: matchAll clones the pattern and makes an
  // iterator for every ACTION line. Nothing between the reset and the loop's end uses SEPARATOR.
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(piece.text); m; m = SEPARATOR.exec(piece.text)) {
    segments.push(trimmedPiece(piece.text.slice(from, m.index), piece.span.start + from));
    separators.push({ text: m[0], span: { start: piece.span.start + m.index, end: piece.span.start + m.index + m[0].length } });
    from = m.index + m[0].length;
  }
  segments.push(trimmedPiece(piece.text.slice(from), piece.span.start + from));
  return { segments, separators };
}

/** The span from the first piece's start to the last one's end. */
export function spanOf(pieces: readonly { span: Span }[]): Span {
  return { start: pieces[0].span.start, end: pieces[pieces.length - 1].span.end };
}

/** Joins wrapped line pieces into one piece spanning them all, with single spaces. */
export function joinPieces(pieces: (TextPiece | null)[]): TextPiece | null {
  const real = pieces.filter((p): p is TextPiece => !!p && p.text.length > 0);
  if (!real.length) return null;
  return { text: real.map((p) => p.text).join(' '), span: spanOf(real) };
}
