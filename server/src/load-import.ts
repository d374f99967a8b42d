/**
 * The one door to the importer for the CLI and the language server. In the
 * bundles, esbuild.mjs leaves this import() of './imports' to Node, which
 * loads out/imports.js from beside the bundle, so that linting never
 * compiles the HTML and Word readers; from the TypeScript sources (the unit
 * tests) it is an ordinary import of imports.ts.
 */
export type Importer = typeof import('./imports');

let loading: Promise<Importer> | undefined;

/** The importer, loaded on the first call and shared after. */
export function loadImporter(): Promise<Importer> {
  loading ??= import('./imports');
  return loading;
}
