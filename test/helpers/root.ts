/**
 * Where things are, for every test: the repository root, and the bundles
 * that `npm run build` writes to out/ and the process tests spawn.
 */
import * as path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** The language server bundle (spawned over stdio by the protocol and fault tests). */
export const SERVER = path.join(ROOT, 'out', 'server.js');

/** The core's sources, for the tidy checks and audits that read them. */
export const CORE_SRC = path.join(ROOT, 'server', 'src', 'core');
