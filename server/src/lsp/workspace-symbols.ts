/**
 * workspace/symbol: items, resolutions, actions and people across every
 * `.minutes` file of the workspace, from the workspace index (open files
 * from their live analysis), and in every open document outside the
 * workspace folders.
 */
import type { ServerContext } from './context';

export function registerWorkspaceSymbols(s: ServerContext): void {
  s.connection.onWorkspaceSymbol(
    s.guard('workspaceSymbol', ({ query }, token) =>
      s.workspace.search(
        query,
        async (uri) => (await s.analysis(uri))?.analysis,
        token,
        s.documents.all().map((d) => d.uri),
      ),
    ),
  );
}
