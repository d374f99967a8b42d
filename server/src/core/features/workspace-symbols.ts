/**
 * Workspace symbols: what a clerk searches for across every `.minutes` file
 * of the workspace — agenda items, resolutions (by their citation ids, so
 * "48(2)" finds resolution 2 of item 48), actions and people. This file
 * lists one document's entries and matches them against a query; the server
 * reads the files and keeps one list per file.
 */
import type { Analysis } from '../index';
import type { Span } from '../syntax/ast';
import { documentSymbols, type OutlineSymbol } from './document-symbols';

export type WorkspaceSymbolKind = 'item' | 'resolution' | 'action' | 'person';

export interface WorkspaceEntry {
  readonly name: string;
  readonly kind: WorkspaceSymbolKind;
  /** Where it sits: the item for resolutions and actions, the meeting for the rest. */
  readonly container: string;
  readonly span: Span;
}

const SEARCHABLE: ReadonlySet<string> = new Set<WorkspaceSymbolKind>(['item', 'resolution', 'action', 'person']);

/** The searchable entries of one document, in source order. */
export function workspaceEntries(a: Analysis): WorkspaceEntry[] {
  const out: WorkspaceEntry[] = [];
  const walk = (symbols: readonly OutlineSymbol[], container: string): void => {
    for (const s of symbols) {
      if (SEARCHABLE.has(s.kind)) {
        const name = s.kind === 'resolution' ? `${s.name} ${s.detail}` : s.kind === 'person' ? `${s.name} ${s.detail}` : s.name;
        out.push({ name, kind: s.kind as WorkspaceSymbolKind, container, span: s.span });
      }
      walk(s.children, s.kind === 'item' ? s.name : container);
    }
  };
  for (const meeting of documentSymbols(a)) {
    const label = [meeting.name, meeting.detail.split(',')[0]].filter(Boolean).join(' ');
    walk(meeting.children, label);
  }
  // The outline puts the roll after the items; the entries keep source order (people first).
  return out.sort((x, y) => x.span.start - y.span.start);
}

/**
 * True when every word of the query occurs in the name, case ignored, so
 * "ofsted report" finds "1. Ofsted Report" and "48(2)" finds resolution
 * 48(2); an empty query matches everything. The editor ranks and filters
 * further on its side.
 */
export function matchesQuery(name: string, query: string): boolean {
  const n = name.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => n.includes(word));
}
