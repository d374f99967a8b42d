/** `minutes/stats` (docs/CONTRACTS.md): errors, warnings and actions of a document, for the status item. */
import { RequestType } from 'vscode-languageserver/node';
import { documentStats, type DocumentStats } from '../core/features/stats';
import type { ServerContext } from './context';

export const StatsRequest = new RequestType<{ uri: string }, DocumentStats | null, void>('minutes/stats');

export function registerStats(s: ServerContext): void {
  s.connection.onRequest(
    StatsRequest,
    s.guard('minutes/stats', async ({ uri }) => {
      const doc = await s.analysis(uri);
      return doc ? documentStats(doc.analysis) : null;
    }),
  );
}
