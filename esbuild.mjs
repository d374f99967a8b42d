// One build for the three bundles (architecture.md, habit 11): the VS Code
// client (out/extension.js), the language server (out/server.js) and the
// `minutes` CLI (out/cli.js, with a shebang and the executable bit). Each is
// one CommonJS file with its dependencies inlined, except `vscode` (given by
// the editor) and `playwright-core` (loaded only for PDF export, shipped
// beside the bundle). `tsc --noEmit` is the type gate; esbuild only strips
// types. `node esbuild.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'out/extension.js', external: ['vscode'], target: 'node18' },
  { entryPoints: ['server/src/server.ts'], outfile: 'out/server.js', external: ['playwright-core'], target: 'node18' },
  {
    entryPoints: ['server/src/cli.ts'],
    outfile: 'out/cli.js',
    external: ['playwright-core'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [{ name: 'executable', setup: (b) => b.onEnd(() => chmodSync('out/cli.js', 0o755)) }],
  },
];

if (watch) {
  for (const options of bundles) await (await esbuild.context({ ...common, ...options })).watch();
} else {
  await Promise.all(bundles.map((options) => esbuild.build({ ...common, ...options })));
}
