/**
 * Diagnostics, pushed or pulled.
 *
 * Push (clients without pull support): every edit schedules a validation
 * through the coalescing scheduler; when it runs, the latest version is
 * analysed (once, cached) and published with its version number. Pull
 * (clients that send textDocument/diagnostic): the answer comes from the
 * same cache, with a result id so an unchanged document answers
 * "unchanged". A client that pulls is not also pushed to, so no diagnostic
 * is shown twice.
 */
import { DocumentDiagnosticReportKind, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { toDiagnostic } from './converters';
import { CoalescingScheduler } from './scheduler';

export function registerDiagnostics(s: ServerContext): { refreshAll(): void } {
  const publish = async (uri: string): Promise<void> => {
    const doc = await s.analysis(uri);
    if (!doc) return;
    const diagnostics = doc.analysis.diagnostics.map((d) => toDiagnostic(doc.analysis, uri, d));
    await s.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  };
  const scheduler = new CoalescingScheduler(publish, (uri, err) => s.connection.console.error(`validating ${uri} failed: ${String(err)}`));
  const schedule = (uri: string): void => {
    if (s.client.pullDiagnostics) return;
    void s.settings.forResource(uri).then((settings) => scheduler.schedule(uri, settings.debounce));
  };
  s.documents.documents.onDidChangeContent((e) => schedule(e.document.uri));
  s.documents.documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    if (!s.client.pullDiagnostics) void s.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  s.connection.languages.diagnostics.on(
    s.guard('diagnostics', async ({ textDocument, previousResultId }): Promise<DocumentDiagnosticReport> => {
      const doc = await s.analysis(textDocument.uri);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const resultId = `${doc.version}:${doc.generation}`;
      if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      const items = doc.analysis.diagnostics.map((d) => toDiagnostic(doc.analysis, textDocument.uri, d));
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    }),
  );

  return {
    /** After a settings change: validate every open document again. */
    refreshAll(): void {
      if (s.client.pullDiagnostics) {
        if (s.client.diagnosticRefresh) void s.connection.languages.diagnostics.refresh();
        return;
      }
      for (const d of s.documents.all()) schedule(d.uri);
    },
  };
}
