/**
 * Reusing the unchanged parts of the previous parse of a document, so that a
 * keystroke in a long document re-parses the stretch it touched, not the
 * whole file.
 *
 * A document splits into segments at its heading lines: the first segment
 * runs from the top to the first heading, each other from a heading to the
 * next. No block spans a heading, and a segment parses the same alone as
 * within the document: the grammar's look-ahead and look-behind stop at a
 * heading, and what follows a segment (a heading, or the end) looks the same
 * to every rule. Only the header can make the parser report an error, and a
 * parse with errors is never reused. So the tree of a document can be put
 * together from the trees of its segments: those before the edit are taken
 * as they were, those after it are copied with their offsets moved by the
 * change in length, and only the segments in between are parsed again. The
 * result is the tree a full parse gives, object for object equal.
 */
import type { CommentNode, DocumentNode, HeaderNode, SyntaxProblem } from './ast';
import type { FlatEntry } from './nest-items';
import { parseTokens } from './parser';
import { assemble, readParts, type AstParts } from './to-ast';
import { minutesLexer } from './tokens';

/** What one segment contributed to the tree. */
interface Segment {
  readonly start: number;
  readonly end: number;
  readonly header: HeaderNode | null;
  readonly flat: readonly FlatEntry[];
  readonly comments: readonly CommentNode[];
  readonly problems: readonly SyntaxProblem[];
}

interface Reusable {
  readonly text: string;
  /** The segments, or the whole parse's parts until the first reuse cuts them (most trees are never reused). */
  segments: readonly Segment[] | AstParts;
}

/** The segments behind each error-free tree this module made, for the next version of its text. */
const reusable = new WeakMap<DocumentNode, Reusable>();

/** Remembers how `ast` (the error-free tree of `text`) splits into segments. */
export function rememberSegments(ast: DocumentNode, text: string, parts: AstParts): void {
  reusable.set(ast, { text, segments: parts });
}

/**
 * The tree of `text` built from the segments of `previous` where they are
 * unchanged; null when that cannot be done exactly (no segments known for
 * `previous`, or a segment that was parsed again reported an error), and
 * the caller then parses the whole text.
 */
export function parseReusing(text: string, previous: DocumentNode): { ast: DocumentNode; problems: SyntaxProblem[] } | null {
  const prior = reusable.get(previous);
  if (!prior) return null;
  const old = prior.text;
  if (!Array.isArray(prior.segments)) prior.segments = splitParts(prior.segments as AstParts, old.length);
  const delta = text.length - old.length;
  const { prefix, suffix } = commonEnds(old, text);
  const byBounds = new Map((prior.segments as readonly Segment[]).map((s) => [`${s.start}:${s.end}`, s]));

  const segments: Segment[] = [];
  for (const { start, end } of segmentBounds(text)) {
    if (end <= prefix) {
      const same = byBounds.get(`${start}:${end}`);
      if (same) {
        segments.push(same);
        continue;
      }
    } else if (start >= text.length - suffix) {
      const moved = byBounds.get(`${start - delta}:${end - delta}`);
      if (moved) {
        segments.push(shiftSegment(moved, delta));
        continue;
      }
    }
    const fresh = parseSegment(text, start, end);
    if (!fresh) return null;
    segments.push(fresh);
  }
  const parts = joinSegments(segments);
  const ast = assemble(parts, text.length);
  reusable.set(ast, { text, segments });
  return { ast, problems: [...parts.problems] };
}

const CHUNK = 2048;

/** The lengths of the longest common prefix and suffix of two texts (not overlapping); compared a chunk at a time first. */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const limit = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix + CHUNK <= limit && a.substr(prefix, CHUNK) === b.substr(prefix, CHUNK)) prefix += CHUNK;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = limit - prefix;
  let suffix = 0;
  while (suffix + CHUNK <= room && a.substr(a.length - suffix - CHUNK, CHUNK) === b.substr(b.length - suffix - CHUNK, CHUNK)) suffix += CHUNK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/** The parts of a whole document, cut at its headings. */
function splitParts(parts: AstParts, textLength: number): Segment[] {
  const starts = [0];
  for (const f of parts.flat) if (f.kind === 'heading') starts.push(f.token.startOffset);
  const segments: { start: number; end: number; flat: FlatEntry[]; comments: CommentNode[]; problems: SyntaxProblem[] }[] = starts.map((start, i) => ({
    start,
    end: i + 1 < starts.length ? starts[i + 1] : textLength,
    flat: [],
    comments: [],
    problems: [],
  }));
  let k = 0;
  for (const f of parts.flat) {
    if (f.kind === 'heading') k++;
    segments[k].flat.push(f);
  }
  // The last segment starting at or before the offset, by bisection (a scan per comment was quadratic).
  const at = (offset: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const c of parts.comments) segments[at(c.span.start)].comments.push(c);
  for (const p of parts.problems) segments[at(p.span.start)].problems.push(p);
  return segments.map((s, i) => ({ ...s, header: i === 0 ? parts.header : null }));
}

/** A heading line: what the lexer takes as a Heading token at the start of a line. */
const HEADING_LINE = /\n#{1,6}[ \t]/g;

/**
 * Where a text splits into segments: the first runs from the top to the first
 * heading line (possibly empty), each other from a heading line to the next.
 */
function segmentBounds(text: string): { start: number; end: number }[] {
  const starts = [0];
  // The first line is a heading too when it opens the text (after a BOM, if any).
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (/^#{1,6}[ \t]/.test(text.slice(first, first + 8))) starts.push(first);
  HEADING_LINE.lastIndex = 0;
  for (let m = HEADING_LINE.exec(text); m; m = HEADING_LINE.exec(text)) starts.push(m.index + 1);
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
}

/**
 * Parses one segment on its own, from a copy of its text: the tree's strings
 * are slices of the text they were read from, and a slice of the whole
 * document would keep every version of it alive for as long as the segment
 * is reused. Null when the segment has a lexing or parsing error.
 */
function parseSegment(text: string, start: number, end: number): Segment | null {
  const own = (text.slice(start, end) + '\n').slice(0, -1);
  const lexed = minutesLexer.tokenize(own);
  if (lexed.errors.length) return null;
  const { cst, errors } = parseTokens(lexed.tokens);
  if (errors.length) return null;
  const parts = readParts(cst);
  const segment: Segment = { start: 0, end: end - start, header: parts.header, flat: parts.flat, comments: parts.comments, problems: parts.problems };
  return start === 0 ? segment : shiftSegment(segment, start);
}

function joinSegments(segments: readonly Segment[]): AstParts {
  const flat: FlatEntry[] = [];
  const comments: CommentNode[] = [];
  const problems: SyntaxProblem[] = [];
  for (const s of segments) {
    for (const v of s.flat) flat.push(v);
    for (const v of s.comments) comments.push(v);
    for (const v of s.problems) problems.push(v);
  }
  return { header: segments[0]?.header ?? null, flat, comments, problems };
}

function shiftSegment(s: Segment, delta: number): Segment {
  return {
    start: s.start + delta,
    end: s.end + delta,
    header: shifted(s.header, delta),
    flat: shifted(s.flat, delta),
    comments: shifted(s.comments, delta),
    problems: shifted(s.problems, delta),
  };
}

/**
 * A copy of a piece of tree with every offset moved by `delta`: the start
 * and end of each span, and the offsets of the heading tokens. Keys keep
 * their order, so the copy prints exactly as a fresh parse would.
 */
function shifted<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = shifted(value[i], delta);
    return copy as T;
  }
  const source = value as Record<string, unknown>;
  if ('tokenType' in source) return { ...source, startOffset: (source.startOffset as number) + delta, endOffset: (source.endOffset as number) + delta } as T;
  const span = isSpan(source);
  const out: Record<string, unknown> = {};
  for (const key in source) out[key] = span ? (source[key] as number) + delta : shifted(source[key], delta);
  return out as T;
}

/** True for a `{ start, end }` span and nothing else. */
function isSpan(o: Record<string, unknown>): boolean {
  if (typeof o.start !== 'number' || typeof o.end !== 'number') return false;
  let keys = 0;
  for (const key in o) if (++keys > 2 || (key !== 'start' && key !== 'end')) return false;
  return keys === 2;
}
