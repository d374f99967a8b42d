/**
 * The grammar: how classified lines group into a header and blocks.
 *
 * The grammar holds no semantics. It decides which lines belong together (a
 * paragraph, a list and its continuation lines, a table, a keyword and its
 * body) and leaves every value to to-ast.ts and the model. Headings are blocks
 * like any other here; to-ast.ts nests them into items by level. Recovery is
 * on, so a line that fits nowhere costs one diagnostic, not the document.
 */
import { CstParser, type CstNode, type DSLMethodOptsWithErr, type IOrAlt, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import {
  ALL_TOKENS,
  Blank,
  BodyLine,
  RunOnLine,
  BodyKeyword,
  OneLineKeyword,
  WrappingKeyword,
  Comment,
  Escaped,
  Fence,
  Heading,
  Indented,
  KEYWORD_TOKENS,
  ListItem,
  TableRow,
  TextLine,
  VoteLabelLine,
} from './tokens';
import { isHeadOnly } from './motion-head';


// A vote label line is an Indented line here too: only under a VOTE does it mean more.
const BODY_START = new Set<TokenType>([TextLine, Indented, VoteLabelLine, Escaped, ListItem, TableRow]);

/**
 * Every line token outside the header is filed under this one CST label, so
 * a node lists its lines in source order and the CST visitor reads them
 * without sorting. Labels name CST children only; they change neither what
 * the grammar accepts nor how it recovers.
 */
export const LINE = { LABEL: 'line' } as const;

export class MinutesParser extends CstParser {
  /**
   * Alternatives and gated loops, made once and reused (Chevrotain's advice
   * for hot rules): written inline, every block would allocate its rule's
   * alternatives and their closures afresh.
   */
  private readonly alts: Partial<Record<'block' | 'paragraph' | 'tableRow' | 'keywordBlock', IOrAlt<unknown>[]>> = {};
  private readonly loops: Partial<Record<'list' | 'table' | 'bodyStart' | 'bodyRun' | 'voteLines', DSLMethodOptsWithErr<unknown>>> = {};

  /**
   * Chevrotain's grammar checks (ambiguities, left recursion, ...) take about
   * a third of building the parser, at every start of the CLI and the server,
   * and find nothing in a grammar that does not change at run time; a test
   * builds the parser with them (`validate: true`), as Chevrotain advises.
   */
  constructor(options: { readonly validate?: boolean } = {}) {
    super(ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 2, skipValidations: !options.validate });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', () => {
    this.OPTION({ GATE: () => this.LA(1).tokenType === Fence, DEF: () => this.SUBRULE(this.header) });
    this.MANY(() => this.SUBRULE(this.block));
  });

  private header = this.RULE('header', () => {
    this.CONSUME(Fence);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(TextLine) },
        { ALT: () => this.CONSUME(Indented) },
        { ALT: () => this.CONSUME(Blank) },
        { ALT: () => this.CONSUME(Comment) },
      ]),
    );
    this.CONSUME2(Fence);
  });

  private block = this.RULE('block', () => {
    this.OR(
      (this.alts.block ??= [
        { ALT: () => this.CONSUME(Blank, LINE) },
        { ALT: () => this.CONSUME(Comment, LINE) },
        { ALT: () => this.CONSUME(Heading, LINE) },
        { ALT: () => this.SUBRULE(this.paragraph) },
        { ALT: () => this.SUBRULE(this.list) },
        { ALT: () => this.SUBRULE(this.table) },
        { ALT: () => this.SUBRULE(this.keywordBlock) },
      ]),
    );
  });

  private paragraph = this.RULE('paragraph', () => {
    this.OR(
      (this.alts.paragraph ??= [
        { ALT: () => this.CONSUME(TextLine, LINE) },
        { ALT: () => this.CONSUME(Indented, LINE) },
        { ALT: () => this.CONSUME(Escaped, LINE) },
        { ALT: () => this.CONSUME(Fence, LINE) },
      ]),
    );
    this.MANY(() => this.CONSUME(RunOnLine, LINE));
  });

  /** A list keeps going across blank lines while the next non-blank line is another entry. */
  private list = this.RULE('list', () => {
    this.SUBRULE(this.listEntry);
    this.MANY(
      (this.loops.list ??= {
        GATE: () => this.LA(1).tokenType === ListItem || this.nextAfterBlanks() === ListItem,
        DEF: () => {
          this.MANY2(() => this.CONSUME(Blank, LINE));
          this.SUBRULE2(this.listEntry);
        },
      }),
    );
  });

  private listEntry = this.RULE('listEntry', () => {
    this.CONSUME(ListItem, LINE);
    this.MANY(() => this.CONSUME(RunOnLine, LINE));
  });

  /** A table, like a list, runs on across blank lines (a page break in the source). */
  private table = this.RULE('table', () => {
    this.CONSUME(TableRow, LINE);
    this.MANY(
      (this.loops.table ??= {
        GATE: () => this.LA(1).tokenType === TableRow || this.nextAfterBlanks() === TableRow,
        DEF: () => {
          this.MANY2(() => this.CONSUME(Blank, LINE));
          this.OR((this.alts.tableRow ??= [{ ALT: () => this.CONSUME2(TableRow, LINE) }, { ALT: () => this.CONSUME(Comment, LINE) }]));
        },
      }),
    );
  });

  private keywordBlock = this.RULE('keywordBlock', () => {
    this.OR(
      (this.alts.keywordBlock ??= [
        {
          ALT: () => {
            this.CONSUME(OneLineKeyword, LINE);
            // A recorded vote: the FOR:/AGAINST:/ABSTAIN: lines indented under a VOTE, each with
            // the indented lines that wrap it. Only a label line right under the VOTE opens them, so
            // an indented line there that is no label keeps its v1 meaning (a paragraph).
            this.MANY2(
              (this.loops.voteLines ??= {
                GATE: () => this.voteLineAhead(),
                DEF: () => this.CONSUME2(Indented, LINE),
              }),
            );
          },
        },
        {
          ALT: () => {
            this.CONSUME(WrappingKeyword, LINE);
            this.MANY(() => this.CONSUME(Indented, LINE));
          },
        },
        {
          ALT: () => {
            this.CONSUME(BodyKeyword, LINE);
            this.SUBRULE(this.keywordBody);
          },
        },
      ]),
    );
  });

  /**
   * The body of RESOLVED, RECOMMENDED, NOTED, PEOPLE, DECLARATIONS and RISKS:
   * lines up to a blank line, a keyword line or a heading. Two extensions
   * keep a clerk's layout meaningful: after a keyword line with nothing else
   * on it, blank lines before the body are skipped; and a list or table goes
   * on across blank lines while the next non-blank line continues it. The
   * body lines are consumed here, as one category, rather than through a
   * rule of their own, so that a long body costs no CST node per line.
   */
  private keywordBody = this.RULE('keywordBody', () => {
    this.OPTION(
      (this.loops.bodyStart ??= {
        GATE: () => this.LA(1).tokenType === Blank && this.keywordLineIsBare() && BODY_START.has(this.nextAfterBlanks()!),
        DEF: () => this.AT_LEAST_ONE(() => this.CONSUME(Blank, LINE)),
      }),
    );
    this.MANY(() => this.CONSUME(BodyLine, LINE));
    this.MANY2(
      (this.loops.bodyRun ??= {
        GATE: () => this.LA(1).tokenType === Blank && this.runContinuesAfterBlanks(),
        DEF: () => {
          this.AT_LEAST_ONE2(() => this.CONSUME2(Blank, LINE));
          this.AT_LEAST_ONE3(() => this.CONSUME2(BodyLine, LINE));
        },
      }),
    );
  });

  /** The type of the first token after a run of blank lines. */
  private nextAfterBlanks(): TokenType | undefined {
    let i = 1;
    while (this.LA(i).tokenType === Blank) i++;
    return i > 1 ? this.LA(i).tokenType : undefined;
  }

  /**
   * True when the keyword line just consumed has nothing after its keyword,
   * or is a MOTION or AMENDMENT line that only names its mover and seconder.
   */
  private keywordLineIsBare(): boolean {
    const t = this.LA(0);
    if (/[-\u2013\u2014:]\s*$/.test(t.image)) return true;
    return MOTION_TOKENS.has(t.tokenType) && isHeadOnly(t.image, KEYWORD_HEAD_LENGTH(t.image));
  }

  /**
   * True when the next line belongs to the vote just consumed: a vote label
   * line right under the VOTE line, or, once one is taken, any indented line
   * (another label, or a wrapped line of names).
   */
  private voteLineAhead(): boolean {
    const next = this.LA(1).tokenType;
    if (next !== VoteLabelLine && next !== Indented) return false;
    const last = this.LA(0).tokenType;
    if (last === VOTE_TOKEN) return next === VoteLabelLine;
    return last === VoteLabelLine || last === Indented;
  }

  /** True when the blank lines ahead sit inside a list or table that goes on after them. */
  private runContinuesAfterBlanks(): boolean {
    const next = this.nextAfterBlanks();
    if (next === TableRow) return this.LA(0).tokenType === TableRow;
    if (next !== ListItem) return false;
    // The run just consumed (back to the last blank or keyword) must hold a list entry.
    for (let i = 0; ; i--) {
      const t = this.LA(i).tokenType;
      if (t === ListItem) return true;
      if (t === Blank || t === Heading || KEYWORD_OF_SET.has(t) || t.name === 'EOF') return false;
    }
  }
}

const KEYWORD_OF_SET = new Set<TokenType>(KEYWORD_TOKENS.values());
const VOTE_TOKEN = KEYWORD_TOKENS.get('VOTE')!;
const MOTION_TOKENS = new Set<TokenType>([KEYWORD_TOKENS.get('MOTION')!, KEYWORD_TOKENS.get('AMENDMENT')!]);
/** The length of `MOTION:` or `AMENDMENT:` at the start of a line (neither has a legacy spelling). */
const KEYWORD_HEAD_LENGTH = (image: string): number => image.indexOf(':') + 1;


/**
 * The one parser instance, built on the first parse and reused: building a
 * Chevrotain parser is the expensive part (~10-20 ms), which a language server
 * need not spend before it answers `initialize`.
 */
let minutesParser: MinutesParser | undefined;

/** Parses a token vector into a CST; errors are collected, never thrown. */
export function parseTokens(tokens: IToken[]): { cst: CstNode; errors: IRecognitionException[] } {
  const parser = (minutesParser ??= new MinutesParser());
  parser.input = tokens;
  const cst = parser.document();
  const errors = parser.errors;
  // Let go of the token vector: the shared parser would otherwise keep the
  // last document's tokens alive until the next parse.
  parser.input = [];
  return { cst, errors };
}
