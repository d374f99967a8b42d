/**
 * Tidy checks on the layers, read from the import graph of the sources: the
 * language server reaches the core only through its two façades
 * (core/index.ts and core/features/index.ts), the server never imports the
 * CLI, the core has no import circle, the client shares with the server only
 * the protocol module (server/src/protocol/custom-requests.ts), and no source
 * file grows past 300 lines.
 *
 * Imports are read from the text (type-only ones too: a circle of types is
 * still a circle a reader has to untangle), relative specifiers resolved as
 * TypeScript resolves them (`x.ts`, then `x/index.ts`).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/root';

const MAX_LINES = 300;

function walk(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const sources = (dir: string): string[] => walk(dir).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'));

/** Comments out, so that an import named in prose is not read as one. */
function code(file: string): string {
  return fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

const IMPORT = /(?:^|[;\n])\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier a file imports, exports from, or loads. */
function specifiers(file: string): string[] {
  return [...code(file).matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

/** The repository-relative file a relative specifier names, or null for a package (or a file that is not there). */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.posix.join(path.posix.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    const abs = path.join(ROOT, candidate);
    if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return candidate;
  }
  return null;
}

/** The project files a file imports. */
function localImports(file: string): string[] {
  return specifiers(file)
    .map((s) => resolve(file, s))
    .filter((f): f is string => f !== null);
}

/** The import graph among `files`: each file with the files of the set that it imports. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const within = new Set(files);
  return new Map(files.map((f) => [f, localImports(f).filter((t) => within.has(t))]));
}

/** The circles of a graph: each strongly connected set of two or more nodes, or a node that points at itself. */
function circles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, recursive: the core is a few hundred files at most.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || edges.get(v)!.includes(v)) found.push(component.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Every project file reachable by imports from the entry files. */
function reachable(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...localImports(f));
  }
  return seen;
}

const CORE = sources('server/src/core');
const LSP = sources('server/src/lsp');
const CLIENT = sources('client/src');
const FACADES = ['server/src/core/index.ts', 'server/src/core/features/index.ts'];
const PROTOCOL = 'server/src/protocol/custom-requests.ts';

describe('tidy: layers', () => {
  it('reads the import graph it checks', () => {
    // A guard against a reader that finds nothing and so passes everything.
    assert.ok(CORE.length > 50 && LSP.length > 10 && CLIENT.length > 3, 'the source trees were found');
    assert.ok(localImports('server/src/lsp/connection.ts').includes('server/src/core/index.ts'));
    assert.ok(localImports('server/src/core/features/index.ts').includes('server/src/core/features/hover.ts'));
    assert.ok(reachable(['server/src/cli.ts']).has('server/src/cli/main.ts'));
    const graph = (pairs: string): Map<string, string[]> => {
      const g = new Map<string, string[]>();
      for (const [a, b] of pairs.split(' ').map((p) => p.split('>'))) g.set(a, [...(g.get(a) ?? []), b]).set(b, g.get(b) ?? []);
      return g;
    };
    assert.deepEqual(circles(graph('a>b b>c c>a c>d d>e')), [['a', 'b', 'c']]);
    assert.deepEqual(circles(graph('a>b b>c a>c d>d')), [['d']]);
  });

  it('the language server imports the core only through core/index.ts and core/features/index.ts', () => {
    const offenders = LSP.flatMap((f) =>
      localImports(f)
        .filter((t) => t.startsWith('server/src/core/') && !FACADES.includes(t))
        .map((t) => `${f} imports ${t}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('the server never imports from the CLI', () => {
    // Everything out/server.js is built from, and the export code it loads (load-exports.ts).
    const server = reachable(['server/src/server.ts', 'server/src/exports.ts']);
    const offenders = [...server].filter((f) => f.startsWith('server/src/cli/') || f === 'server/src/cli.ts');
    assert.deepEqual(offenders, []);
    const importers = [...server].filter((f) => localImports(f).some((t) => t.startsWith('server/src/cli/')));
    assert.deepEqual(importers, []);
  });

  it('the client shares with the server only the protocol module, which imports nothing but vscode-jsonrpc', () => {
    const offenders = CLIENT.flatMap((f) =>
      localImports(f)
        .filter((t) => t.startsWith('server/') && t !== PROTOCOL)
        .map((t) => `${f} imports ${t}`),
    );
    assert.deepEqual(offenders, []);
    assert.ok(CLIENT.some((f) => localImports(f).includes(PROTOCOL)), 'the client imports the protocol module');
    assert.ok(LSP.some((f) => localImports(f).includes(PROTOCOL)), 'the server imports the protocol module');
    assert.deepEqual(specifiers(PROTOCOL), ['vscode-jsonrpc']);
  });

  it('custom requests and notifications are declared only in the protocol module', () => {
    const declaring = [...sources('server/src'), ...CLIENT].filter((f) => f !== PROTOCOL && /\bnew\s+(?:Request|Notification)Type\d?\s*[<(]/.test(code(f)));
    assert.deepEqual(declaring, []);
    assert.match(code(PROTOCOL), /new RequestType</, 'the check reads the declarations it looks for');
  });

  it('the core has no import circle', () => {
    assert.deepEqual(circles(importGraph(CORE)), []);
  });

  it(`no source file of server/src or client/src is over ${MAX_LINES} lines`, () => {
    const long = [...sources('server/src'), ...CLIENT]
      .map((f) => ({ f, lines: fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    assert.deepEqual(long, []);
  });
});
