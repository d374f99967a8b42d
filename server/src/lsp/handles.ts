/**
 * @handles: definition, references, document highlight and rename, each the
 * matching function of the core's features/handles.ts on the cached analysis.
 */
import { DocumentHighlightKind, ResponseError, ErrorCodes } from 'vscode-languageserver';
import { definitionAt, highlightsAt, prepareRename, referencesAt, renameHandle } from '../core/features/index';
import type { ServerContext } from './context';
import { toOffset, toRange, toWorkspaceEdit } from './converters';

export function registerHandles(s: ServerContext): void {
  const { connection: c } = s;
  c.onDefinition(
    s.guard('definition', async ({ textDocument: { uri }, position }) => {
      const doc = await s.analysis(uri);
      const d = doc && definitionAt(doc.analysis, toOffset(doc.analysis, position));
      if (!d) return null;
      const [origin, line, target] = [d.origin, d.targetLine, d.target].map((x) => toRange(doc.analysis, x));
      return s.client.definitionLinks ? [{ originSelectionRange: origin, targetUri: uri, targetRange: line, targetSelectionRange: target }] : { uri, range: target };
    }),
  );
  c.onReferences(
    s.guard('references', async ({ textDocument: { uri }, position, context }) => {
      const doc = await s.analysis(uri);
      return doc ? referencesAt(doc.analysis, toOffset(doc.analysis, position), context.includeDeclaration).map((x) => ({ uri, range: toRange(doc.analysis, x) })) : null;
    }),
  );
  c.onDocumentHighlight(
    s.guard('documentHighlight', async ({ textDocument: { uri }, position }) => {
      const doc = await s.analysis(uri);
      const kind = { read: DocumentHighlightKind.Read, write: DocumentHighlightKind.Write };
      return doc ? highlightsAt(doc.analysis, toOffset(doc.analysis, position)).map((h) => ({ range: toRange(doc.analysis, h), kind: kind[h.kind] })) : null;
    }),
  );
  c.onPrepareRename(
    s.guard('prepareRename', async ({ textDocument: { uri }, position }) => {
      const doc = await s.analysis(uri);
      const t = doc && prepareRename(doc.analysis, toOffset(doc.analysis, position));
      return t ? { range: toRange(doc.analysis, t), placeholder: t.placeholder } : null;
    }),
  );
  c.onRenameRequest(
    s.guard('rename', async ({ textDocument: { uri }, position, newName }) => {
      const doc = await s.analysis(uri);
      if (!doc) return null;
      const result = renameHandle(doc.analysis, toOffset(doc.analysis, position), newName);
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error);
      return toWorkspaceEdit(doc.analysis, uri, result.edits);
    }),
  );
}
