/**
 * The importer as a bundle of its own (out/imports.js, see esbuild.mjs):
 * core/import with the libraries it reads HTML and Word documents with
 * (parse5, mammoth, JSZip). Only `minutes import` and the server's
 * minutes/import request need it; load-import.ts loads it on first use.
 */
export { importMinutes, ImportError, MAX_IMPORT_BYTES, summaryLine, IMPORT_FORMATS } from './core/import/index';
export type { ImportFormat, ImportOptions, ImportReport, ImportResult } from './core/import/index';
