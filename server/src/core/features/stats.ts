/**
 * The figures behind the `minutes/stats` request (docs/CONTRACTS.md): how
 * many errors and warnings the document has, and how many actions, of which
 * how many are still open (open or in progress). The VS Code status item
 * shows them.
 */
import type { Analysis } from '../index';
import { isOpen } from '../vocabulary';

export interface DocumentStats {
  readonly errors: number;
  readonly warnings: number;
  readonly actions: number;
  readonly openActions: number;
}

export function documentStats(a: Analysis): DocumentStats {
  return {
    errors: a.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: a.diagnostics.filter((d) => d.severity === 'warning').length,
    actions: a.model.actions.length,
    openActions: a.model.actions.filter((x) => isOpen(x.status)).length,
  };
}
