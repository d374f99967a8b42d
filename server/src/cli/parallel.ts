/**
 * Spreading a large lint run over worker threads. Each worker is the CLI
 * bundle itself started in worker mode; it takes batches of file jobs from
 * a queue shared with the main thread (which lints batches too) and sends back
 * their outcomes, so a slow file never leaves a thread idle while work is
 * queued. Results are put back in
 * job order, so the output is the same as a single-threaded run.
 */
import * as os from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileJob, type FileOutcome } from './lint-file';

/** Below this many files one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 200;
const BATCH = 16;
const WORKER_FLAG = 'minutesLintWorker';

type ToWorker = { readonly start: number; readonly jobs: readonly FileJob[] } | null;
type FromWorker = { readonly start: number; readonly outcomes: readonly FileOutcome[] };

/** How many worker threads a run of `files` files gets besides the main thread (0: main thread only). */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.MINUTES_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), Math.ceil(files / BATCH));
  if (files <= PARALLEL_THRESHOLD) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(cores - 1, 7));
}

/**
 * Runs the jobs on the main thread and `count` workers started from `script`
 * (the CLI bundle). Each worker keeps two batches in hand so it never waits
 * while the main thread is busy with a batch of its own.
 */
export async function processInWorkers(jobs: readonly FileJob[], count: number, script: string): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  const take = (): ToWorker => {
    if (next >= jobs.length) return null;
    const start = next;
    next = Math.min(jobs.length, next + BATCH);
    return { start, jobs: jobs.slice(start, next) };
  };
  const store = (m: FromWorker): void => m.outcomes.forEach((o, i) => (outcomes[m.start + i] = o));
  const workers = Array.from({ length: count }, () => runWorker(script, take, store));
  for (let batch = take(); batch; batch = take()) {
    store({ start: batch.start, outcomes: batch.jobs.map(processFile) });
    // Let worker replies in between batches, so workers get their next batch at once.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return outcomes;
}

function runWorker(script: string, take: () => ToWorker, store: (m: FromWorker) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { [WORKER_FLAG]: true } });
    let inFlight = 0;
    const send = (): void => {
      const batch = take();
      if (batch) {
        inFlight++;
        worker.postMessage(batch);
      } else if (inFlight === 0) {
        worker.postMessage(null);
      }
    };
    worker.on('message', (m: FromWorker) => {
      inFlight--;
      store(m);
      send();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker stopped with code ${code}`))));
    send();
    if (inFlight > 0) send();
  });
}

/** True when this thread was started by processInWorkers. */
export function isLintWorker(): boolean {
  return parentPort !== null && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;
}

/** The worker's side: lint each batch until the main thread sends null. */
export function runLintWorker(): void {
  const port = parentPort!;
  port.on('message', (batch: ToWorker) => {
    if (batch === null) {
      port.close();
      return;
    }
    const reply: FromWorker = { start: batch.start, outcomes: batch.jobs.map(processFile) };
    port.postMessage(reply);
  });
}
