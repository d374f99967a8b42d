// The web extension's bundles (esbuild.web.mjs): built here as esbuild.mjs
// builds them, but with every module they pull in recorded, so that a Node
// built-in reaching a web bundle fails with the chain that brought it (the
// browser has no fs, path or crypto module, and a bundle that imports one
// dies on vscode.dev at its first line). The server's minified size is held
// to 1.5 MB: a worker script is downloaded by every vscode.dev tab.
import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as esbuild from 'esbuild';
import { ROOT } from '../helpers/root';

const MAX_SERVER_BYTES = 1.5 * 1024 * 1024;
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

interface Built {
  readonly bytes: number;
  /** "importer -> node:fs" for each Node built-in asked for. */
  readonly builtins: string[];
  /** The source files bundled, relative to the repository. */
  readonly inputs: string[];
}

/** Builds one set of options in memory, noting the Node built-ins asked for instead of failing on them. */
async function build(options: esbuild.BuildOptions): Promise<Built> {
  const builtins: string[] = [];
  const record: esbuild.Plugin = {
    name: 'record-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/\/.*$/, '').replace(/^node:/, '');
        if (!BUILTINS.has(args.path) && !BUILTINS.has(bare)) return undefined;
        builtins.push(`${args.importer.replace(`${ROOT}/`, '')} -> ${args.path}`);
        return { path: args.path, external: true };
      });
    },
  };
  const result = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, sourcemap: false, metafile: true, logLevel: 'silent', plugins: [record, ...(options.plugins ?? [])] });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  return { bytes: js?.contents.byteLength ?? 0, builtins, inputs: Object.keys(result.metafile.inputs) };
}

describe('web bundles', function () {
  this.timeout(60000);
  let bundles: esbuild.BuildOptions[];
  before(async () => {
    ({ webBundles: bundles } = await import('../../esbuild.web.mjs'));
  });

  it('the check finds a Node built-in, however it is named', async () => {
    const stdin = { contents: "import * as fs from 'node:fs'; import { join } from 'path'; import { promises } from 'fs/promises'; console.log(fs, join, promises);", resolveDir: ROOT, loader: 'ts' as const };
    const { builtins } = await build({ ...bundles[1], entryPoints: undefined, stdin, outfile: 'out/web/probe.js' });
    assert.deepEqual(builtins.map((b) => b.replace(/^.* -> /, '')).sort(), ['fs/promises', 'node:fs', 'path']);
  });

  it('are the client for the web extension host and the server for a Web Worker', () => {
    assert.deepEqual(bundles.map((b) => [b.outfile, b.platform, b.format]), [
      ['out/web/extension.js', 'browser', 'cjs'],
      ['out/web/server.js', 'browser', 'iife'],
    ]);
  });

  for (const name of ['out/web/extension.js', 'out/web/server.js']) {
    it(`${name} imports no Node built-in`, async () => {
      const { builtins, bytes } = await build(bundles.find((b) => b.outfile === name)!);
      assert.ok(bytes > 10000, `${name} was built (${bytes} bytes)`);
      assert.deepEqual(builtins, []);
    });
  }

  it('the web server is at most 1.5 MB minified, and holds the exports but not the importer', async () => {
    const options = bundles.find((b) => b.outfile === 'out/web/server.js')!;
    assert.equal(options.minify, true);
    const { bytes, inputs } = await build(options);
    assert.ok(inputs.includes('server/src/web-exports.ts') && inputs.some((i) => i.includes('node_modules/docx/')), 'HTML, Markdown, JSON and Word exports are in');
    assert.ok(!inputs.some((i) => /node_modules\/(mammoth|parse5|playwright-core)\//.test(i)), 'no importer and no Playwright');
    assert.ok(!inputs.includes('server/src/pdf.ts'), 'no PDF printer');
    console.log(`      web server bundle: ${(bytes / 1024).toFixed(0)} KB minified (limit ${MAX_SERVER_BYTES / 1024} KB)`);
    assert.ok(bytes <= MAX_SERVER_BYTES, `${bytes} bytes`);
  });
});
