// One build for every bundle, so that they are all made the same way: the VS Code client
// (out/extension.js), the language server (out/server.js) and the `minutes`
// CLI (out/cli.js, with a shebang and the executable bit), the three entry
// points; out/web/extension.js and out/web/server.js, the web extension
// (esbuild.web.mjs); and out/exports.js, the export code, which the server and the CLI
// load only when an export is asked for. Each is one CommonJS file with
// its dependencies inlined, except `vscode` (given by the editor) and
// `playwright-core` (loaded only for PDF export, shipped beside the bundle).
// `tsc --noEmit` is the type gate; esbuild only strips types.
// `node esbuild.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import * as path from 'node:path';
import { webBundles } from './esbuild.web.mjs';

const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

/**
 * Leaves the export code out of the server and CLI bundles: load-exports.ts
 * imports './exports' with import(), which stays Node's own dynamic import of
 * out/exports.js, resolved beside the bundle that asks (Node finds the named
 * exports of that CommonJS file in the export list esbuild writes at its
 * end). The docx library is about half of each bundle, and compiling and
 * initialising it cost every start ~20 ms (measured with --cpu-prof on
 * `minutes lint` of one file) for a command most runs never give.
 * esbuild splits code only for ESM output, so this is a bundle of its own.
 */
const lazyExports = {
  name: 'lazy-exports',
  setup(build) {
    build.onResolve({ filter: /^\.\/exports$/ }, (args) =>
      path.basename(args.importer) === 'load-exports.ts' ? { path: './exports.js', external: true } : undefined,
    );
    // The importer (out/imports.js, with mammoth and parse5) is loaded the same way, by load-import.ts.
    build.onResolve({ filter: /^\.\/imports$/ }, (args) =>
      path.basename(args.importer) === 'load-import.ts' ? { path: './imports.js', external: true } : undefined,
    );
    // The core's index re-exports renderDocx, which nothing in these bundles
    // calls; esbuild keeps a package it cannot prove free of side effects even
    // when none of it is used, so docx is declared free of them here and goes.
    build.onResolve({ filter: /^docx$/ }, async (args) => {
      if (args.pluginData === 'lazy-exports') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'lazy-exports' });
      return { ...resolved, sideEffects: false };
    });
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'out/extension.js', external: ['vscode'], target: 'node18' },
  { entryPoints: ['server/src/server.ts'], outfile: 'out/server.js', external: ['playwright-core'], target: 'node18', plugins: [lazyExports] },
  { entryPoints: ['server/src/exports.ts'], outfile: 'out/exports.js', external: ['playwright-core'], target: 'node18' },
  { entryPoints: ['server/src/imports.ts'], outfile: 'out/imports.js', target: 'node18' },
  {
    entryPoints: ['server/src/cli.ts'],
    outfile: 'out/cli.js',
    external: ['playwright-core'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [lazyExports, { name: 'executable', setup: (b) => b.onEnd(() => chmodSync('out/cli.js', 0o755)) }],
  },
];

const all = [...bundles.map((options) => ({ ...common, ...options })), ...webBundles];
if (watch) {
  for (const options of all) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(all.map((options) => esbuild.build(options)));
}
