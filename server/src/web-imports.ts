/**
 * The importer in the browser (out/web/server.js; esbuild.mjs puts this
 * module where load-import.ts asks for './imports'): none. The Word and
 * HTML readers would more than double the web server's size, and the web
 * extension offers no import command, so a request for one is told where
 * the importer is. Only what lsp/import.ts uses is here.
 */
import type { Importer } from './load-import';

/** The error lsp/import.ts answers with IMPORT_FAILED. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

export const importMinutes: Importer['importMinutes'] = async () => {
  throw new ImportError('importing needs VS Code on the desktop or the minutes CLI (`minutes import FILE`).');
};

export const summaryLine: Importer['summaryLine'] = () => '';
