/**
 * Spreading a large lint run over worker threads (opt-in, see workerCount).
 * Each worker is the CLI bundle itself started in worker mode; it takes
 * batches of file jobs from a queue shared with the main thread (which lints
 * batches too) and sends back their outcomes, so a slow file never leaves a
 * thread idle while work is queued. Results are put back in job order, so the
 * output is the same as a single-threaded run.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileJob, type FileOutcome } from './lint-file';

const BATCH = 16;
const WORKER_FLAG = 'minutesLintWorker';

type ToWorker = { readonly start: number; readonly jobs: readonly FileJob[] } | null;
type FromWorker = { readonly start: number; readonly outcomes: readonly FileOutcome[] };

/**
 * How many worker threads a run gets besides the main thread: MINUTES_WORKERS
 * when set, else none. Measured on 1,000 generated files (9 MB) on this
 * project's 2-core machine: one thread used 1.4 s of CPU, of which 0.7 s on
 * the main thread and the rest on V8's own helper threads (garbage collection
 * and compilation), which already keep the second core busy; with one worker
 * the main thread and the worker split the linting (0.57 s and 0.44 s) but
 * the run used 2.2 s of CPU in all, and took longer on the clock every time.
 * So threads are opt-in, for machines with more cores.
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.MINUTES_WORKERS;
  if (forced === undefined || !/^\d+$/.test(forced)) return 0;
  return Math.min(Number(forced), Math.ceil(files / BATCH));
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
    // The analysis stays behind: it is large and holds class instances; the main thread analyses again if it needs one.
    const reply: FromWorker = { start: batch.start, outcomes: batch.jobs.map(processFile).map(({ analysis: _kept, ...rest }) => rest) };
    port.postMessage(reply);
  });
}
