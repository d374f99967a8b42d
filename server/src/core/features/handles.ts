/**
 * Go to definition, find references, document highlight and rename for
 * @handles, all read from the reference side table (`analysis.references`),
 * never by parsing again. A cursor anywhere on a handle, from just before its
 * `@` to just after its last character, selects it, whether it stands in
 * PEOPLE or in text.
 *
 * Signatures (offsets are UTF-16 offsets into `analysis.text`):
 *   definitionAt(analysis: Analysis, offset: number): HandleDefinition | null
 *   referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[]
 *   highlightsAt(analysis: Analysis, offset: number): HandleHighlight[]
 *   prepareRename(analysis: Analysis, offset: number): { start, end, placeholder } | null
 *   renameHandle(analysis: Analysis, offset: number, newName: string): { edits: TextEdit[] } | { error: string }
 */
import type { Analysis } from '../index';
import type { HandleReference } from '../model/references';
import type { Span } from '../syntax/ast';
import type { TextEdit } from '../validate/rule';

/** Where a handle is declared, and the reference the cursor was on. */
export interface HandleDefinition {
  /** The handle under the cursor (covers the `@`). */
  readonly origin: Span;
  /** The declared handle in PEOPLE (covers the `@`). */
  readonly target: Span;
  /** The whole PEOPLE line of the declaration, for a location link's full range. */
  readonly targetLine: Span;
}

/** A highlight: the declaration is written, every use is read. */
export interface HandleHighlight extends Span {
  readonly kind: 'read' | 'write';
}

/** What a rename would change: the handle without its `@`. */
export interface RenameTarget extends Span {
  readonly placeholder: string;
}

export type RenameResult = { readonly edits: readonly TextEdit[] } | { readonly error: string };

/** A valid handle name, without the `@`: the same shape the reference scanner finds. */
const HANDLE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The handle reference under an offset, or null. Both ends of a handle count as on it. */
export function handleAt(analysis: Analysis, offset: number): HandleReference | null {
  for (const r of analysis.references) {
    if (r.span.start > offset) break;
    if (offset <= r.span.end) return r;
  }
  return null;
}

/** The declaration of the handle under the cursor in PEOPLE; null off a handle or for an undeclared one. */
export function definitionAt(analysis: Analysis, offset: number): HandleDefinition | null {
  const ref = handleAt(analysis, offset);
  if (!ref) return null;
  const decl = declarationOf(analysis, ref.handle);
  if (!decl) return null;
  const line = analysis.lines.positionAt(decl.span.start).line;
  return {
    origin: ref.span,
    target: decl.span,
    targetLine: { start: analysis.lines.lineStart(line), end: analysis.lines.lineEnd(line) },
  };
}

/** Every place the handle under the cursor stands, in source order; empty off a handle. */
export function referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const ref = handleAt(analysis, offset);
  if (!ref) return [];
  return sameHandle(analysis, ref.handle)
    .filter((r) => includeDeclaration || !r.declaration)
    .map((r) => r.span);
}

/** The handle under the cursor and its other occurrences: declarations as writes, uses as reads. */
export function highlightsAt(analysis: Analysis, offset: number): HandleHighlight[] {
  const ref = handleAt(analysis, offset);
  if (!ref) return [];
  return sameHandle(analysis, ref.handle).map((r) => ({ ...r.span, kind: r.declaration ? 'write' : 'read' }));
}

/** The part of the handle a rename replaces (after the `@`), or null when the cursor is not on a handle. */
export function prepareRename(analysis: Analysis, offset: number): RenameTarget | null {
  const ref = handleAt(analysis, offset);
  if (!ref) return null;
  return { start: ref.span.start + 1, end: ref.span.end, placeholder: ref.handle };
}

/**
 * Renames the handle under the cursor in its PEOPLE declaration and at every
 * use. `newName` may be written with or without its `@`. Refuses, with a
 * message for the clerk, a name that is not a handle or that another person
 * already has (declared, or only used); renaming a handle to itself changes
 * nothing.
 */
export function renameHandle(analysis: Analysis, offset: number, newName: string): RenameResult {
  const ref = handleAt(analysis, offset);
  if (!ref) return { error: 'Place the cursor on an @handle to rename it.' };
  const name = newName.trim().replace(/^@/, '');
  if (!HANDLE_NAME.test(name))
    return {
      error: `"${newName}" is not a handle: use lower-case letters, digits and single hyphens between them, such as @ross-shaw.`,
    };
  if (name === ref.handle) return { edits: [] };
  if (declarationOf(analysis, name)) return { error: `@${name} is already declared in PEOPLE: choose another handle.` };
  // An undeclared handle in use is someone too (a person-unknown the clerk
  // has yet to declare): renaming onto it would make those mentions mean this
  // person, and renaming back could not tell the two apart.
  if (sameHandle(analysis, name).length)
    return { error: `@${name} is already used in these minutes (not declared in PEOPLE): choose another handle.` };
  const edits = sameHandle(analysis, ref.handle).map((r) => ({ start: r.span.start + 1, end: r.span.end, newText: name }));
  return { edits };
}

function sameHandle(analysis: Analysis, handle: string): HandleReference[] {
  return analysis.references.filter((r) => r.handle === handle);
}

function declarationOf(analysis: Analysis, handle: string): HandleReference | undefined {
  return analysis.references.find((r) => r.declaration && r.handle === handle);
}
