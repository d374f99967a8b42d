/** Paths and readers for the fixture files written in the language. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './root';

function listMinutes(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((f) => f.endsWith('.minutes'))
    .sort()
    .map((f) => path.join(abs, f));
}

/** The five seeds written in the language. */
export const SEEDS = listMinutes('test/fixtures/seeds');
/** Hand-written minutes of other councils, never tuned against. */
export const UNSEEN = listMinutes('test/fixtures/unseen');
/** The bundled examples (the seeds' copies under examples/seeds are left out). */
export const EXAMPLES = listMinutes('examples');

export function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}
