/**
 * The lexer: one token per line.
 *
 * Every construct of the language starts at the beginning of a line, so the
 * lexer classifies whole lines (line text plus its "\n") by how they start:
 * a keyword, a heading, a list marker, a table pipe, a comment, a blank line
 * or plain text. What a line says inside is read later (to-ast.ts, the model
 * and the rules), which keeps the token count at one per line and the lexer
 * at one sticky regex test per line. Lexer modes would buy nothing here: no
 * token spans lines, and the header is told apart by the parser from its
 * position at the top of the file.
 *
 * Order matters: Chevrotain takes the first pattern that matches, so the more
 * specific line classes come before plain text.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { BULLETS, KEYWORD_WORDS, keywordWord, LIST_MARKER_SOURCE, VOTE_LABEL_SOURCE, type Keyword, type KeywordLineKind } from '../vocabulary';

/** Start characters for a pattern that can start with anything but "\n". */
const ANY_BUT_NEWLINE: number[] = (() => {
  const codes: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (c !== 10) codes.push(c);
  return codes;
})();

export const Bom = createToken({ name: 'Bom', pattern: /\uFEFF/, group: Lexer.SKIPPED });

/**
 * Two categories of line, for the grammar's long runs: a line that runs on a
 * paragraph or a list entry, and a line of a keyword's body. Consuming a
 * category costs the parser one match per line instead of a choice among
 * four or six alternatives; the lines accepted are exactly the same.
 */
export const RunOnLine = createToken({ name: 'RunOnLine', pattern: Lexer.NA });
export const BodyLine = createToken({ name: 'BodyLine', pattern: Lexer.NA });

export const Blank = createToken({
  name: 'Blank',
  pattern: /[ \t\r\f\v\u00A0]*\n|[ \t\r\f\v\u00A0]+$/,
  start_chars_hint: [' ', '\t', '\r', '\f', '\v', '\u00A0', '\n'],
  line_breaks: true,
});

export const Comment = createToken({
  name: 'Comment',
  categories: [RunOnLine, BodyLine],
  pattern: /\/\/[^\n]*\n?/,
  start_chars_hint: ['/'],
  line_breaks: true,
});

export const Escaped = createToken({
  name: 'Escaped',
  categories: [RunOnLine, BodyLine],
  pattern: /\\[^\n]*\n?/,
  start_chars_hint: ['\\'],
  line_breaks: true,
});

export const Fence = createToken({
  name: 'Fence',
  pattern: /---[ \t\r]*(?:\n|$)/,
  start_chars_hint: ['-'],
  line_breaks: true,
});

export const Heading = createToken({
  name: 'Heading',
  pattern: /#{1,6}[ \t][^\n]*\n?/,
  start_chars_hint: ['#'],
  line_breaks: true,
});

/** The category every keyword line belongs to. */
export const KeywordLine = createToken({ name: 'KeywordLine', pattern: Lexer.NA });
/** Keywords that take exactly their own line. */
export const OneLineKeyword = createToken({ name: 'OneLineKeyword', pattern: Lexer.NA, categories: [KeywordLine] });
/** Keywords whose line may wrap onto indented continuation lines. */
export const WrappingKeyword = createToken({ name: 'WrappingKeyword', pattern: Lexer.NA, categories: [KeywordLine] });
/** Keywords followed by a body of lines, lists or a table. */
export const BodyKeyword = createToken({ name: 'BodyKeyword', pattern: Lexer.NA, categories: [KeywordLine] });

const CATEGORY: Readonly<Record<KeywordLineKind, TokenType>> = {
  'one-line': OneLineKeyword,
  wrapping: WrappingKeyword,
  body: BodyKeyword,
};

function categoryOf(keyword: Keyword): TokenType {
  return CATEGORY[keywordWord(keyword).line];
}

/** The head of a keyword line (the keyword and its punctuation), canonical or legacy. */
function keywordHead(keyword: Keyword): string {
  const canonical = keyword.replace(' ', '[ \\t]') + ':';
  const legacy = keywordWord(keyword).legacy;
  return legacy ? `(?:${legacy}|${canonical})` : canonical;
}

/** Anchored regexes that match just the keyword part of a keyword line. */
export const KEYWORD_HEADS: ReadonlyMap<Keyword, RegExp> = new Map(
  KEYWORD_WORDS.map((k) => [k, new RegExp(`^${keywordHead(k)}`)]),
);

function keywordToken(keyword: Keyword): TokenType {
  const legacy = keywordWord(keyword).legacy;
  const head = keywordHead(keyword);
  const starts = new Set<string>([keyword[0]]);
  if (legacy) for (const alt of legacy.split('|')) starts.add(alt.replace(/^\(\?:/, '')[0]);
  return createToken({
    name: keyword.replace(' ', '_'),
    pattern: new RegExp(`${head}[^\\n]*\\n?`),
    categories: [categoryOf(keyword)],
    start_chars_hint: [...starts],
    line_breaks: true,
  });
}

/** Keyword token types by canonical keyword. */
export const KEYWORD_TOKENS: ReadonlyMap<Keyword, TokenType> = new Map(
  KEYWORD_WORDS.map((k) => [k, keywordToken(k)]),
);

/** The keyword a token type stands for, the reverse of KEYWORD_TOKENS. */
export const KEYWORD_OF: ReadonlyMap<TokenType, Keyword> = new Map(
  [...KEYWORD_TOKENS].map(([k, t]) => [t, k]),
);

/** The canonical keywords, in the order the lexer tries them (the vocabulary's order). */
export const ALL_KEYWORDS = KEYWORD_WORDS;

export const TableRow = createToken({
  name: 'TableRow',
  categories: [BodyLine],
  pattern: /[ \t]*\|[^\n]*\n?/,
  start_chars_hint: [' ', '\t', '|'],
  line_breaks: true,
});

/**
 * A list entry: a marker of the vocabulary (`1.` `1)` `(1)` `a)` `(a)` `a.`
 * `(i)` `3.1.` `3.1` and the bullets `-` `*` `•` `·`), followed by white
 * space or the end of the line.
 */
export const ListItem = createToken({
  name: 'ListItem',
  categories: [BodyLine],
  pattern: new RegExp(`[ \\t]*(?:${LIST_MARKER_SOURCE})(?:[ \\t][^\\n]*)?(?:\\n|$)`),
  start_chars_hint: [' ', '\t', '(', ...BULLETS, ...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  line_breaks: true,
});

export const Indented = createToken({
  name: 'Indented',
  categories: [RunOnLine, BodyLine],
  pattern: /[ \t\u00A0]+[^\n]*\n?/,
  start_chars_hint: [' ', '\t', '\u00A0'],
  line_breaks: true,
});

/**
 * An indented line that starts with a recorded vote's label (`  FOR: @ali,
 * @benn`, `  In favour:`, any case; the vocabulary's labels). It is an
 * Indented line to every rule but one: under a VOTE line the grammar takes
 * it, and the indented lines that wrap it, into the vote (parser.ts). Anywhere
 * else it is read exactly as the indented text line it is.
 */
export const VoteLabelLine = createToken({
  name: 'VoteLabelLine',
  categories: [Indented, RunOnLine, BodyLine],
  pattern: new RegExp(`[ \\t\u00A0]+(?:${VOTE_LABEL_SOURCE})(?![A-Za-z])[ \\t]*(?:\\(\\d+\\)[ \\t]*)?:[^\\n]*\\n?`, 'i'),
  start_chars_hint: [' ', '\t', '\u00A0'],
  line_breaks: true,
});

export const TextLine = createToken({
  name: 'TextLine',
  categories: [RunOnLine, BodyLine],
  pattern: /[^\n]+\n?/,
  start_chars_hint: ANY_BUT_NEWLINE,
  line_breaks: true,
});

/** All token types in lexing order. */
export const ALL_TOKENS: TokenType[] = [
  RunOnLine,
  BodyLine,
  Bom,
  Blank,
  Comment,
  Escaped,
  Fence,
  Heading,
  KeywordLine,
  OneLineKeyword,
  WrappingKeyword,
  BodyKeyword,
  ...KEYWORD_TOKENS.values(),
  TableRow,
  ListItem,
  VoteLabelLine,
  Indented,
  TextLine,
];

let lexer: Lexer | undefined;

/**
 * The one lexer, built on the first tokenize (Chevrotain lexers are stateless
 * between calls). Building it analyses the first characters of every pattern,
 * ~5-10 ms that a language server need not spend before it answers
 * `initialize`.
 */
export const minutesLexer: Pick<Lexer, 'tokenize'> = {
  tokenize: (text, initialMode) =>
    (lexer ??= new Lexer(ALL_TOKENS, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: true })).tokenize(text, initialMode),
};
