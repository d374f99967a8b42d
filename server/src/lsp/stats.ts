/** `minutes/stats` (docs/CONTRACTS.md): errors, warnings and actions of a document, for the status item; null for a document the server does not know. */
import { documentStats } from '../core/features/index';
import { StatsRequest, UNKNOWN_DOCUMENT } from '../protocol/custom-requests';
import type { ServerContext } from './context';

export function registerStats(s: ServerContext): void {
  s.connection.onRequest(
    StatsRequest,
    s.guard(StatsRequest.method, async ({ uri }) => {
      const doc = await s.documents.analysisOrFile(uri);
      return doc ? documentStats(doc.analysis) : UNKNOWN_DOCUMENT;
    }),
  );
}
