/**
 * The feature façade: every editor feature the core offers, listed once in
 * the `MinutesLanguageService` interface with what it takes and gives. Each
 * feature is a plain function of an Analysis (core/analysis.ts, made by
 * `analyze` in core/index.ts) and UTF-16 offsets or spans into its text, and
 * each lives in a file of its own in this folder; this module re-exports
 * them and their types, so a consumer (the language server, a test, another
 * editor's adapter) imports features from here and the rest of the core from
 * core/index.ts, and never reaches into the files behind them.
 *
 * `languageService` is the interface filled in with those functions: the
 * compiler checks that every feature listed here is offered with the
 * documented signature. The language server imports the functions by name.
 *
 * Not here: analysing, configuration, rules and the exports (the preview's
 * body included, `renderPreview`), which core/index.ts offers.
 */
import type { Analysis } from '../analysis';
import type { Span } from '../syntax/ast';
import type { LineIndex } from '../text/line-index';
import type { TextEdit } from '../validate/rule';
import { codeActionsFor, fixAll, type CodeActionEntry } from './code-actions';
import { completionsAt, type CompletionEntry } from './completion';
import { documentLinks, type DocumentLink } from './document-links';
import { documentSymbols, type OutlineSymbol } from './document-symbols';
import { foldingRanges, type FoldingRange } from './folding';
import { formatDocument, formatRange, formatText, type FormatOptions } from './format';
import { definitionAt, highlightsAt, prepareRename, referencesAt, renameHandle, type HandleDefinition, type HandleHighlight, type RenameResult, type RenameTarget } from './handles';
import { hoverAt, type HoverResult } from './hover';
import { selectionRangeAt, selectionRanges, type SelectionRange } from './selection-ranges';
import { encodeSemanticTokens, semanticTokens, type SemanticToken } from './semantic-tokens';
import { documentStats, type DocumentStats } from './stats';
import { matchesQuery, workspaceEntries, type WorkspaceEntry } from './workspace-symbols';

/**
 * Every editor feature of the core. Offsets are UTF-16 offsets into
 * `analysis.text`; spans are `{ start, end }` offsets. No feature parses
 * again, reads a file or throws on any analysed document.
 */
export interface MinutesLanguageService {
  /** The outline: the meeting, its items first with their motions (amendments, votes), resolutions, votes, actions and risks, then the people and attendance in one node (document-symbols.ts). */
  documentSymbols(analysis: Analysis): OutlineSymbol[];
  /** What may be typed at the cursor: keywords, header keys and values, people (movers, voters present, arrivals), dates, statuses, ratings, snippets; empty when nothing fits (completion.ts). */
  completionsAt(analysis: Analysis, offset: number): CompletionEntry[];
  /** Markdown on what the thing under the cursor means (a person, a rating, an item, a motion or a vote, a keyword, a diagnostic), or null (hover.ts). */
  hoverAt(analysis: Analysis, offset: number): HoverResult | null;
  /** Where the @handle under the cursor is declared in PEOPLE, or null (handles.ts). */
  definitionAt(analysis: Analysis, offset: number): HandleDefinition | null;
  /** Every mention of the @handle under the cursor, with its declaration when asked (handles.ts). */
  referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[];
  /** Every place the @handle under the cursor stands: its declaration as written, each mention as read (handles.ts). */
  highlightsAt(analysis: Analysis, offset: number): HandleHighlight[];
  /** The @handle a rename would change (without its `@`) and its current name, or null when none is under the cursor (handles.ts). */
  prepareRename(analysis: Analysis, offset: number): RenameTarget | null;
  /** The edits that rename a @handle everywhere, or the reason a new name is refused (handles.ts). */
  renameHandle(analysis: Analysis, offset: number, newName: string): RenameResult;
  /** Quick fixes for the diagnostics in a range (rule fixes, declare a person, disable a rule) and fix-all, filtered by kind as LSP does (code-actions.ts). */
  codeActionsFor(analysis: Analysis, range: Span, only?: readonly string[]): CodeActionEntry[];
  /** Every rule fix that does not overlap another, as one action, or null when there is nothing to fix (code-actions.ts). */
  fixAll(analysis: Analysis): CodeActionEntry | null;
  /** The document in its canonical form, without a word added, dropped or moved (format.ts). */
  formatText(analysis: Analysis, options?: FormatOptions): string;
  /** The edits that format the whole document (format.ts). */
  formatDocument(analysis: Analysis, options?: FormatOptions): TextEdit[];
  /** The edits that format the lines a range touches (format.ts). */
  formatRange(analysis: Analysis, range: Span, options?: FormatOptions): TextEdit[];
  /** The folding ranges of header, blocks, items, motions with their amendments and votes, recorded votes, lists, tables, paragraphs and comment runs, in 0-based lines (folding.ts). */
  foldingRanges(analysis: Analysis): FoldingRange[];
  /** "Expand selection" from one offset: each range holds the one before it, up to the whole document (selection-ranges.ts). */
  selectionRangeAt(analysis: Analysis, offset: number): SelectionRange;
  /** `selectionRangeAt` for several cursors at once (selection-ranges.ts). */
  selectionRanges(analysis: Analysis, offsets: readonly number[]): SelectionRange[];
  /** The meaning-aware colouring (keywords, handles, dates, ratings, statuses, ...), in source order, optionally within a range (semantic-tokens.ts). */
  semanticTokens(analysis: Analysis, range?: Span): SemanticToken[];
  /** Tokens in LSP's wire form, five integers each relative to the one before, by the legend SEMANTIC_TOKEN_LEGEND (semantic-tokens.ts). */
  encodeSemanticTokens(tokens: readonly SemanticToken[], lines: LineIndex): number[];
  /** The http, https and mailto links of the document, bare or in Markdown form (document-links.ts). */
  documentLinks(analysis: Analysis): DocumentLink[];
  /** One document's searchable entries for workspace symbols: items, resolutions, actions, people (workspace-symbols.ts). */
  workspaceEntries(analysis: Analysis): WorkspaceEntry[];
  /** Whether every word of a query occurs in a workspace symbol's name, case ignored (workspace-symbols.ts). */
  matchesQuery(name: string, query: string): boolean;
  /** Errors, warnings, actions and open actions, for the status item (`minutes/stats`, stats.ts). */
  documentStats(analysis: Analysis): DocumentStats;
}

/** The service: each feature of the interface, implemented by its file in this folder. */
export const languageService: MinutesLanguageService = {
  documentSymbols,
  completionsAt,
  hoverAt,
  definitionAt,
  referencesAt,
  highlightsAt,
  prepareRename,
  renameHandle,
  codeActionsFor,
  fixAll,
  formatText,
  formatDocument,
  formatRange,
  foldingRanges,
  selectionRangeAt,
  selectionRanges,
  semanticTokens,
  encodeSemanticTokens,
  documentLinks,
  workspaceEntries,
  matchesQuery,
  documentStats,
};

export { codeActionsFor, fixAll, FIX_ALL_KIND } from './code-actions';
export type { ActionKind, CodeActionEntry } from './code-actions';
export { completionsAt } from './completion';
export type { CompletionEntry, CompletionKind } from './completion';
export { documentLinks } from './document-links';
export type { DocumentLink } from './document-links';
export { documentSymbols } from './document-symbols';
export type { OutlineKind, OutlineSymbol } from './document-symbols';
export { foldingRanges } from './folding';
export type { FoldingRange } from './folding';
export { DEFAULT_TABLE_WIDTH, formatDocument, formatRange, formatText } from './format';
export type { FormatOptions } from './format';
export { definitionAt, highlightsAt, prepareRename, referencesAt, renameHandle } from './handles';
export type { HandleDefinition, HandleHighlight, RenameResult, RenameTarget } from './handles';
export { hoverAt } from './hover';
export type { HoverResult } from './hover';
export { selectionRangeAt, selectionRanges } from './selection-ranges';
export type { SelectionRange } from './selection-ranges';
export { encodeSemanticTokens, SEMANTIC_TOKEN_LEGEND, semanticTokens } from './semantic-tokens';
export type { SemanticToken, SemanticTokenModifier, SemanticTokenType } from './semantic-tokens';
export { documentStats } from './stats';
export type { DocumentStats } from './stats';
export { matchesQuery, workspaceEntries } from './workspace-symbols';
export type { WorkspaceEntry, WorkspaceSymbolKind } from './workspace-symbols';
