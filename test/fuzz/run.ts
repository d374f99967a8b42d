/**
 * The long fuzz run: `npm run fuzz` checks the property of
 * test/fuzz/properties.ts on 1,000,000 generated documents (outside
 * `npm test`; it takes a while). It runs in batches of fresh seeds and prints
 * the cases per second as it goes; on a failure it prints the seed, the path
 * and the smallest failing input fast-check found, and exits 1.
 *
 *   npm run fuzz                                   1,000,000 cases from a random seed
 *   npm run fuzz -- --cases 50000 --seed 42        a shorter, reproducible run
 *   npm run fuzz -- --seed <seed> --path <path>    replay one reported failure
 */
import fc from 'fast-check';
import { documentProperty, fixtureTexts } from './properties';

interface Options {
  cases: number;
  seed: number;
  path?: string;
  batch: number;
}

function options(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number): number => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isSafeInteger(n)) throw new Error(`--${name} takes an integer, not "${v}"`);
    return n;
  };
  return {
    cases: number('cases', 1_000_000),
    seed: number('seed', (Date.now() ^ (Math.random() * 0x7fffffff)) | 0),
    path: value('path'),
    batch: number('batch', 20_000),
  };
}

function main(): number {
  const o = options(process.argv.slice(2));
  const property = documentProperty(fixtureTexts());
  if (o.path) {
    const r = fc.check(property, { seed: o.seed, path: o.path, numRuns: 1, endOnFailure: true });
    console.log(r.failed ? fc.defaultReportMessage(r) : `seed ${o.seed} path ${o.path}: passes`);
    return r.failed ? 1 : 0;
  }
  console.log(`fuzzing ${o.cases.toLocaleString('en-GB')} cases from seed ${o.seed}`);
  const started = performance.now();
  let done = 0;
  for (let batch = 0; done < o.cases; batch++) {
    const runs = Math.min(o.batch, o.cases - done);
    const seed = (o.seed + batch * 0x9e3779b1) | 0;
    const t0 = performance.now();
    const r = fc.check(property, { seed, numRuns: runs });
    if (r.failed) {
      console.log(`\nFAILED after ${(done + r.numRuns).toLocaleString('en-GB')} cases: seed ${seed}, path ${r.counterexamplePath}`);
      console.log(fc.defaultReportMessage(r));
      console.log(`replay: npm run fuzz -- --seed ${seed} --path ${r.counterexamplePath}`);
      return 1;
    }
    done += runs;
    const rate = runs / ((performance.now() - t0) / 1000);
    const total = done / ((performance.now() - started) / 1000);
    console.log(`${done.toLocaleString('en-GB').padStart(10)} cases  batch seed ${String(seed).padStart(11)}  ${rate.toFixed(0).padStart(6)} cases/s  (overall ${total.toFixed(0)} cases/s)`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`passed: ${done.toLocaleString('en-GB')} cases in ${seconds.toFixed(0)} s, ${(done / seconds).toFixed(0)} cases/s`);
  return 0;
}

process.exitCode = main();
