/**
 * The one door to the importer for the CLI and the language server. In the
 * bundles, esbuild.mjs leaves this import() of './imports' to Node, which
 * loads out/imports.js from beside the bundle, so that linting never
 * compiles the HTML and Word readers; from the TypeScript sources (the unit
 * tests) it is an ordinary import of imports.ts.
 */
export type Importer = typeof import('./imports');

let loading: Promise<Importer> | undefined;

/**
 * The importer, loaded on the first call and shared after. It is required,
 * not imported: Node's import() of a CommonJS file first scans all of it for
 * its export names (cjs-module-lexer), which for the 2 MB bundle was about
 * 150 ms of every `minutes import` (measured with --cpu-prof).
 */
export function loadImporter(): Promise<Importer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loading ??= Promise.resolve().then(() => require('./imports') as Importer);
  return loading;
}
