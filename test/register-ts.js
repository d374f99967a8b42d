// Lets mocha and scripts `require` TypeScript sources directly.
// It compiles each project .ts file with esbuild's transform (already a build
// dependency) and leaves node_modules to Node itself. tsx is not used because
// it rewrites ESM packages such as chevrotain 11 into CommonJS and then fails
// to resolve their import-only dependencies; Node 20's own require(esm) loads
// them fine.
'use strict';
const fs = require('node:fs');
const { transformSync } = require('esbuild');

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: filename,
  });
  module._compile(code, filename);
};
