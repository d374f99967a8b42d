/**
 * `minutes/import` (docs/CONTRACTS.md): the bytes of a file the user picked
 * in, the core importer's `.minutes` text, summary and report out. The
 * importer is loaded on the first import only (load-import.ts). Input that
 * is not minutes is error IMPORT_FAILED with the importer's message; the
 * server reads no file and writes none.
 */
import { ResponseError } from 'vscode-languageserver';
import { loadImporter } from '../load-import';
import { IMPORT_FAILED, ImportRequest } from '../protocol/custom-requests';
import type { ServerContext } from './context';

export function registerImport(s: ServerContext): void {
  s.connection.onRequest(
    ImportRequest,
    s.guard(ImportRequest.method, async ({ name, content, from }) => {
      const { importMinutes, summaryLine, ImportError } = await loadImporter();
      try {
        const { text, report } = await importMinutes(Buffer.from(content, 'base64'), { from });
        return { text, summary: summaryLine(report), report };
      } catch (err) {
        if (err instanceof ImportError) throw new ResponseError(IMPORT_FAILED, `${name}: cannot import: ${err.message}`);
        throw err;
      }
    }),
  );
}
