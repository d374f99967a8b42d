/**
 * What one entry of the outline holds, shared by the outline's builders
 * (document-symbols.ts for the meeting, the roll and the items,
 * outline-motions.ts for the motions) and re-exported by the façade.
 */
import type { Span } from '../syntax/ast';

/** What an outline entry stands for, for the editor's icon. */
export type OutlineKind =
  | 'meeting'
  | 'roll'
  | 'people'
  | 'person'
  | 'attendance'
  | 'change'
  | 'declarations'
  | 'item'
  | 'motion'
  | 'amendment'
  | 'resolution'
  | 'vote'
  | 'action'
  | 'risk';

/** One entry of the outline; `selection` (the name's own text) lies inside `span`. */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  readonly span: Span;
  readonly selection: Span;
  readonly children: readonly OutlineSymbol[];
}
