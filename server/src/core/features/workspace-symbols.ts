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
  return out;
}

/**
 * True when every character of the query appears in the name in order, case
 * ignored (the usual fuzzy match of symbol pickers); an empty query matches all.
 */
export function matchesQuery(name: string, query: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let i = 0;
  for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}
