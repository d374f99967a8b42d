/**
 * Coalescing per-document work: a burst of edits costs one run, not one per
 * key.
 *
 * The JSON-RPC connection handles one queued message per event-loop turn
 * (setImmediate). A job scheduled for a document therefore waits, turn by
 * turn, until a turn passes in which no further edit to that document
 * arrived — i.e. until the queued edits are all applied — and then runs once
 * on the latest version. With a debounce of N ms it also waits until N ms
 * have passed since the last edit. Edits that arrive while a job runs (an
 * analysis awaits the document's settings) schedule the next job, which
 * again takes the then-latest version. Closing a document cancels its job.
 * A job never waits more than `maxWaitMs` in all, so a client that never
 * stops sending still sees results.
 */

interface Pending {
  changed: boolean;
  lastChange: number;
  readonly firstChange: number;
  delay: number;
  cancelled: boolean;
}

export class CoalescingScheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (uri: string, err: unknown) => void,
    private readonly maxWaitMs = 2000,
  ) {}

  /** Notes an edit of `uri`; runs the job once the edits stop (and `debounceMs` has passed). */
  schedule(uri: string, debounceMs: number): void {
    const now = Date.now();
    const p = this.pending.get(uri);
    if (p) {
      p.changed = true;
      p.lastChange = now;
      p.delay = debounceMs;
      return;
    }
    // A new job counts as a change, so that it waits one turn for edits queued behind this one.
    const job: Pending = { changed: true, lastChange: now, firstChange: now, delay: debounceMs, cancelled: false };
    this.pending.set(uri, job);
    this.wait(uri, job, debounceMs);
  }

  /** Drops the pending job of a document (closed, or superseded). */
  cancel(uri: string): void {
    const p = this.pending.get(uri);
    if (p) p.cancelled = true;
    this.pending.delete(uri);
  }

  /** True while a job for `uri` waits. */
  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  private wait(uri: string, job: Pending, ms: number): void {
    if (ms > 0) setTimeout(() => this.tick(uri, job), ms);
    else setImmediate(() => this.tick(uri, job));
  }

  private tick(uri: string, job: Pending): void {
    if (job.cancelled) return;
    const now = Date.now();
    const overdue = now - job.firstChange >= this.maxWaitMs + job.delay;
    const quietFor = now - job.lastChange;
    if (!overdue && (job.changed || quietFor < job.delay)) {
      job.changed = false;
      this.wait(uri, job, Math.max(0, job.delay - quietFor));
      return;
    }
    this.pending.delete(uri);
    this.run(uri).catch((err: unknown) => this.onError(uri, err));
  }
}
