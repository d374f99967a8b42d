/**
 * The one door to the export code for the CLI and the language server. In
 * the bundles, esbuild.mjs leaves this import() of './exports' to Node, which
 * loads out/exports.js from beside the bundle, so `minutes lint` and a server
 * that never exports do not compile or initialise the docx library; from the TypeScript
 * sources (the unit tests) it is an ordinary import of exports.ts.
 */
export type Exports = typeof import('./exports');

let loading: Promise<Exports> | undefined;

/** The export functions, loaded on the first call and shared after. */
export function loadExports(): Promise<Exports> {
  loading ??= import('./exports');
  return loading;
}
