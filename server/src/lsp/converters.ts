/**
 * Core values to LSP values and back. The core speaks in UTF-16 offsets of
 * the analysed text; LSP in 0-based lines and UTF-16 columns. Every
 * conversion goes through the Analysis's own line index, so positions are
 * right for CRLF files and for text full of em dashes and pound signs.
 * Nothing here decides anything: it only changes shape.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { ruleDocsUrl, type Analysis, type MinutesDiagnostic, type Span, type TextEdit as CoreEdit } from '../core/index';
import type { CodeActionEntry, CompletionEntry, CompletionKind, OutlineKind, OutlineSymbol, WorkspaceSymbolKind } from '../core/features/index';

/** The offset of an LSP position in the analysed text. */
export function toOffset(a: Analysis, p: Position): number {
  return a.lines.offsetAt(p);
}

export function toRange(a: Analysis, span: Span): Range {
  return { start: a.lines.positionAt(span.start), end: a.lines.positionAt(span.end) };
}

export function toSpan(a: Analysis, range: Range): Span {
  return { start: toOffset(a, range.start), end: toOffset(a, range.end) };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** A core diagnostic as LSP shows it: rule id as code, a link to the rule's docs, source "minutes". */
export function toDiagnostic(a: Analysis, uri: string, d: MinutesDiagnostic): Diagnostic {
  const out: Diagnostic = {
    range: toRange(a, d),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    codeDescription: { href: ruleDocsUrl(d.ruleId) },
    source: 'minutes',
    message: d.message,
  };
  if (d.related?.length) out.relatedInformation = d.related.map((r) => ({ location: { uri, range: toRange(a, r.span) }, message: r.message }));
  return out;
}

export function toTextEdits(a: Analysis, edits: readonly CoreEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(a, e), newText: e.newText }));
}

export function toWorkspaceEdit(a: Analysis, uri: string, edits: readonly CoreEdit[]): WorkspaceEdit {
  return { changes: { [uri]: toTextEdits(a, edits) } };
}

export function toCodeAction(a: Analysis, uri: string, x: CodeActionEntry): CodeAction {
  return {
    title: x.title,
    kind: x.kind === 'quickfix' ? CodeActionKind.QuickFix : x.kind,
    diagnostics: x.diagnostics.map((d) => toDiagnostic(a, uri, d)),
    edit: toWorkspaceEdit(a, uri, x.edits),
    ...(x.preferred ? { isPreferred: true } : {}),
  };
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  person: CompletionItemKind.Variable,
  date: CompletionItemKind.Constant,
  status: CompletionItemKind.EnumMember,
  rating: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletionItem(a: Analysis, c: CompletionEntry): CompletionItem {
  const item: CompletionItem = {
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    textEdit: { range: toRange(a, c.replace), newText: c.insertText },
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (c.detail) item.detail = c.detail;
  if (c.documentation) item.documentation = { kind: 'markdown', value: c.documentation };
  if (c.sortText) item.sortText = c.sortText;
  if (c.filterText) item.filterText = c.filterText;
  if (c.retrigger) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return item;
}

/**
 * Outline kinds as LSP symbol kinds, chosen for the icons editors show: the
 * meeting a namespace, items modules (sections holding the rest), the roll,
 * people and persons structures and fields (an arrival or departure a field
 * too), motions and amendments objects (they hold their votes), resolutions
 * events (what happened),
 * votes numbers, actions functions (something to do), risks constants.
 */
const SYMBOL_KIND: Record<OutlineKind | WorkspaceSymbolKind, SymbolKind> = {
  meeting: SymbolKind.Namespace,
  roll: SymbolKind.Struct,
  people: SymbolKind.Struct,
  person: SymbolKind.Field,
  attendance: SymbolKind.Array,
  change: SymbolKind.Field,
  declarations: SymbolKind.Array,
  item: SymbolKind.Module,
  motion: SymbolKind.Object,
  amendment: SymbolKind.Object,
  resolution: SymbolKind.Event,
  vote: SymbolKind.Number,
  action: SymbolKind.Function,
  risk: SymbolKind.Constant,
};

export function toSymbolKind(kind: OutlineKind | WorkspaceSymbolKind): SymbolKind {
  return SYMBOL_KIND[kind];
}

export function toDocumentSymbol(a: Analysis, s: OutlineSymbol): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: s.name,
    kind: SYMBOL_KIND[s.kind],
    range: toRange(a, s.span),
    selectionRange: toRange(a, s.selection),
    children: s.children.map((c) => toDocumentSymbol(a, c)),
  };
  if (s.detail) symbol.detail = s.detail;
  return symbol;
}
