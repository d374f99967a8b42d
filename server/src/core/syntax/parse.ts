/**
 * parse(): text in, tree and syntax problems out. It never throws: the lexer
 * has a class for every line, the parser recovers, and anything unexpected is
 * turned into a problem on the first line rather than an exception.
 */
import type { DocumentNode, SyntaxProblem } from './ast';
import { parseTokens } from './parser';
import { toAst } from './to-ast';
import { minutesLexer } from './tokens';

export interface ParseResult {
  readonly ast: DocumentNode;
  readonly problems: readonly SyntaxProblem[];
}

export function parse(text: string): ParseResult {
  const problems: SyntaxProblem[] = [];
  try {
    const lexed = minutesLexer.tokenize(text);
    for (const e of lexed.errors) problems.push({ message: e.message, span: { start: e.offset, end: e.offset + e.length } });
    const { cst, errors } = parseTokens(lexed.tokens);
    for (const e of errors) {
      const t = e.token;
      const start = Number.isNaN(t.startOffset) ? text.length : t.startOffset;
      const end = Number.isNaN(t.startOffset) ? text.length : start + t.image.replace(/\r?\n$/, '').length;
      problems.push({ message: friendlyMessage(e.message), span: { start, end } });
    }
    return { ast: toAst(cst, text.length, problems), problems };
  } catch (err) {
    // A bug in the parser must not take the editor or the CI run down with it.
    problems.push({ message: `Internal parser error: ${(err as Error).message}`, span: { start: 0, end: 0 } });
    return {
      ast: { kind: 'document', header: null, preamble: [], items: [], comments: [], span: { start: 0, end: text.length } },
      problems,
    };
  }
}

function friendlyMessage(message: string): string {
  if (/Fence/.test(message)) return 'The header is not closed: add a line `---` after its last key.';
  return `This line cannot be placed here (${message.replace(/\s+/g, ' ').slice(0, 120)}).`;
}
