// The web extension's two bundles (package.json `browser`), for vscode.dev
// and github.dev, built by esbuild.mjs with the others and read by
// test/unit/web-bundles.test.ts: out/web/extension.js, the client, for the
// web extension host (CommonJS, `vscode` given by the editor), and
// out/web/server.js, the language server, for a Web Worker (one script).
// Both are minified and for the browser platform, so a Node built-in that
// creeps in fails the build; the test checks that too, and the server's size.
import * as path from 'node:path';

/**
 * Where the server's loaders ask for the export code and the importer
 * (load-exports.ts, load-import.ts), the browser gets its own modules:
 * the exports without PDF, and no importer (web-exports.ts, web-imports.ts).
 * esbuild inlines them, since a worker script is one file.
 */
export const webModules = {
  name: 'web-modules',
  setup(build) {
    const swap = { 'load-exports.ts': 'web-exports.ts', 'load-import.ts': 'web-imports.ts' };
    build.onResolve({ filter: /^\.\/(exports|imports)$/ }, (args) => {
      const instead = swap[path.basename(args.importer)];
      return instead ? { path: path.join(path.dirname(args.importer), instead) } : undefined;
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const web = { bundle: true, platform: 'browser', target: 'es2022', minify: true, sourcemap: true, logLevel: 'warning' };

/** @type {import('esbuild').BuildOptions[]} */
export const webBundles = [
  { ...web, entryPoints: ['client/src/browser-extension.ts'], outfile: 'out/web/extension.js', format: 'cjs', external: ['vscode'] },
  { ...web, entryPoints: ['server/src/browser-server.ts'], outfile: 'out/web/server.js', format: 'iife', plugins: [webModules] },
];
