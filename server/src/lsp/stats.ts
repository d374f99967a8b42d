/** `minutes/stats` (docs/CONTRACTS.md): errors, warnings and actions of a document, for the status item. */
import { RequestType } from 'vscode-languageserver/node';
import { documentStats, type DocumentStats } from '../core/features/index';
import { notFound, type ServerContext } from './context';

export const StatsRequest = new RequestType<{ uri: string }, DocumentStats, void>('minutes/stats');

export function registerStats(s: ServerContext): void {
  s.connection.onRequest(
    StatsRequest,
    s.guard('minutes/stats', async ({ uri }) => {
      const doc = await s.documents.analysisOrFile(uri);
      if (!doc) throw notFound(uri);
      return documentStats(doc.analysis);
    }),
  );
}
