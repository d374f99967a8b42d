/** textDocument/codeAction: the core's codeActionsFor on the cached analysis (quick fixes and fix-all). */
import { CodeActionKind } from 'vscode-languageserver';
import { codeActionsFor, FIX_ALL_KIND } from '../core/features/index';
import type { ServerContext } from './context';
import { toCodeAction, toSpan } from './converters';

/** The kinds the server announces. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND];

export function registerCodeActions(s: ServerContext): void {
  s.connection.onCodeAction(
    s.guard('codeAction', async ({ textDocument, range, context }) => {
      const doc = await s.analysis(textDocument.uri);
      if (!doc) return null;
      const actions = codeActionsFor(doc.analysis, toSpan(doc.analysis, range), context.only);
      return actions.map((x) => toCodeAction(doc.analysis, textDocument.uri, x));
    }),
  );
}
