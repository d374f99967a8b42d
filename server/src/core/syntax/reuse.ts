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
import type { IToken } from 'chevrotain';
import type { CommentNode, DocumentNode, HeaderNode, SyntaxProblem } from './ast';
import { parseTokens } from './parser';
import { assemble, readParts, type AstParts, type FlatEntry } from './to-ast';

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
  readonly segments: readonly Segment[];
}

/** The segments behind each error-free tree this module made, for the next version of its text. */
const reusable = new WeakMap<DocumentNode, Reusable>();

/** Remembers how `ast` (the error-free tree of `text`) splits into segments. */
export function rememberSegments(ast: DocumentNode, text: string, parts: AstParts): void {
  reusable.set(ast, { text, segments: splitParts(parts, text.length) });
}

/**
 * The tree of `text` built from the segments of `previous` where they are
 * unchanged; null when that cannot be done exactly (no segments known for
 * `previous`, or a segment that was parsed again reported an error), and
 * the caller then parses the whole text.
 */
export function parseReusing(text: string, tokens: readonly IToken[], previous: DocumentNode): { ast: DocumentNode; problems: SyntaxProblem[] } | null {
  const prior = reusable.get(previous);
  if (!prior) return null;
  const old = prior.text;
  const delta = text.length - old.length;
  const { prefix, suffix } = commonEnds(old, text);
  const byBounds = new Map(prior.segments.map((s) => [`${s.start}:${s.end}`, s]));

  const segments: Segment[] = [];
  for (const { start, end, from, to } of tokenSegments(tokens, text.length)) {
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
    const { cst, errors } = parseTokens(tokens.slice(from, to) as IToken[]);
    if (errors.length) return null;
    segments.push(fromParts(readParts(cst), start, end));
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
  const at = (offset: number): number => {
    let i = 0;
    while (i + 1 < segments.length && segments[i + 1].start <= offset) i++;
    return i;
  };
  for (const c of parts.comments) segments[at(c.span.start)].comments.push(c);
  for (const p of parts.problems) segments[at(p.span.start)].problems.push(p);
  return segments.map((s, i) => ({ ...s, header: i === 0 ? parts.header : null }));
}

/** Where the token vector splits into segments: at every heading line. */
function tokenSegments(tokens: readonly IToken[], textLength: number): { start: number; end: number; from: number; to: number }[] {
  // The first segment is what comes before the first heading, possibly nothing.
  const cuts: number[] = [0];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].tokenType.name === 'Heading') cuts.push(i);
  const out: { start: number; end: number; from: number; to: number }[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const from = cuts[i];
    const to = i + 1 < cuts.length ? cuts[i + 1] : tokens.length;
    const start = i === 0 ? 0 : tokens[from].startOffset;
    const end = i + 1 < cuts.length ? tokens[to].startOffset : textLength;
    out.push({ start, end, from, to });
  }
  return out;
}

function fromParts(parts: AstParts, start: number, end: number): Segment {
  return { start, end, header: parts.header, flat: parts.flat, comments: parts.comments, problems: parts.problems };
}

function joinSegments(segments: readonly Segment[]): AstParts {
  const flat: FlatEntry[] = [];
  const comments: CommentNode[] = [];
  const problems: SyntaxProblem[] = [];
  for (const s of segments) {
    flat.push(...s.flat);
    comments.push(...s.comments);
    problems.push(...s.problems);
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
