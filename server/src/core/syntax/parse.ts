/**
 * parse(): text in, tree and syntax problems out. It never throws: the lexer
 * has a class for every line, the parser recovers, and anything unexpected is
 * turned into a problem on the first line rather than an exception.
 */
import type { DocumentNode, SyntaxProblem } from './ast';
import { parseTokens } from './parser';
import { parseReusing, rememberSegments } from './reuse';
import { assemble, readParts } from './to-ast';
import { minutesLexer } from './tokens';

export interface ParseResult {
  readonly ast: DocumentNode;
  readonly problems: readonly SyntaxProblem[];
}

/**
 * Parses a document. With the tree of an earlier version of the same
 * document (`previous`), the stretches that did not change are taken from it
 * instead of being parsed again (reuse.ts); the result is the same either way.
 */
export function parse(text: string, previous?: DocumentNode | null): ParseResult {
  const problems: SyntaxProblem[] = [];
  try {
    if (previous) {
      const reused = tryReusing(text, previous);
      if (reused) return reused;
    }
    const lexed = minutesLexer.tokenize(text);
    for (const e of lexed.errors) problems.push({ message: e.message, span: { start: e.offset, end: e.offset + e.length } });
    const { cst, errors } = parseTokens(lexed.tokens);
    for (const e of errors) {
      const t = e.token;
      const start = Number.isNaN(t.startOffset) ? text.length : t.startOffset;
      const end = Number.isNaN(t.startOffset) ? text.length : start + t.image.replace(/\r?\n$/, '').length;
      problems.push({ message: friendlyMessage(e.message), span: { start, end } });
    }
    const parts = readParts(cst);
    for (const v of parts.problems) problems.push(v);
    const ast = assemble(parts, text.length);
    // Only an error-free parse is cut into segments for the next version to reuse.
    if (problems.length === parts.problems.length) rememberSegments(ast, text, parts);
    return { ast, problems };
  } catch (err) {
    // A bug in the parser must not take the editor or the CI run down with it.
    problems.push({ message: `Internal parser error: ${(err as Error).message}`, span: { start: 0, end: 0 } });
    return {
      ast: { kind: 'document', header: null, preamble: [], items: [], comments: [], span: { start: 0, end: text.length } },
      problems,
    };
  }
}

/** The reusing parse, or null when it cannot be used; a failure in it falls back to a full parse. */
function tryReusing(text: string, previous: DocumentNode): ParseResult | null {
  try {
    return parseReusing(text, previous);
  } catch {
    return null;
  }
}

function friendlyMessage(message: string): string {
  if (/Fence/.test(message)) return 'The header is not closed: add a line `---` after its last key.';
  return `This line cannot be placed here (${message.replace(/\s+/g, ' ').slice(0, 120)}).`;
}
