/**
 * `minutes lint --cache [--cache-location FILE]` (ESLint's names): a file
 * whose bytes, configuration and tool version are unchanged since the last
 * run is not analysed again; its report, summary and text come from the
 * cache. The cross-file findings are cached apart, under a key made of the
 * summaries of every meeting of the file's series (and the committee's
 * reports), so a change in another file of the series, which changes its
 * summary, makes the file be checked again: the problems a change elsewhere
 * causes are still reported. Under --fix and --fix-dry-run nothing is
 * skipped (the fixes need the analysis), but the cache is brought up to date.
 *
 * The cache is one JSON file, written atomically at the end of the run, with
 * the entries of this run's files only. One that cannot be read or is of
 * another version is ignored and rewritten; one that cannot be written is
 * said on standard error and the run's result stands.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileSummary } from '../core/series/index';
import type { MinutesConfig } from '../core/index';
import { oneLine } from './errors';
import type { FileJob, FileOutcome } from './lint-file';
import type { LintResult } from './lint-result';
import { decodeSource } from './read-source';
import { atomicWrite } from './safe-write';

/** The default cache file, in the current folder (ESLint's is .eslintcache). */
export const DEFAULT_CACHE_FILE = '.minutescache';

const SCHEMA = 'minutes-lint-cache/1';

interface Entry {
  /** sha256 of the file's bytes, of its configuration (with the day `today` means) and of the tool version. */
  readonly key: string;
  /** The file alone: its report and summary. */
  readonly result: LintResult;
  readonly summary: FileSummary;
  /** The report with the cross-file findings, and the key of the series it was checked with. */
  readonly series?: { readonly key: string; readonly result: LintResult };
}

interface CacheFile {
  readonly schema: typeof SCHEMA;
  readonly version: string;
  readonly entries: Record<string, Entry>;
}

export class LintCache {
  private readonly old: Record<string, Entry>;
  private readonly next: Record<string, Entry> = {};

  private constructor(
    readonly file: string,
    private readonly version: string,
    old: Record<string, Entry>,
  ) {
    this.old = old;
  }

  /** Opens the cache at `location` (a folder means `.minutescache` in it), relative to `cwd`. */
  static open(cwd: string, location: string | undefined, version: string): LintCache {
    let file = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, DEFAULT_CACHE_FILE);
    } catch {
      // Not there yet: made at the end of the run.
    }
    let entries: Record<string, Entry> = {};
    try {
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (json.schema === SCHEMA && json.version === version && json.entries && typeof json.entries === 'object') entries = json.entries;
    } catch {
      // Missing, unreadable or damaged: start afresh.
    }
    return new LintCache(file, version, entries);
  }

  /** The key of a file's bytes under its configuration. */
  keyOf(bytes: Uint8Array, config: Partial<MinutesConfig>, today = new Date().toISOString().slice(0, 10)): string {
    // An empty `today` means the system date, on which action-overdue depends.
    const settings = JSON.stringify({ ...config, today: config.today || today });
    return createHash('sha256').update(bytes).update('\0').update(settings).update('\0').update(this.version).digest('hex');
  }

  /**
   * The outcome of a file from the cache, without analysing it, when its
   * bytes and configuration are as they were (`hit`); else the key to store
   * its outcome under once linted (null when the file cannot be read: the
   * run reports that). A file that is not UTF-8 is left to the run too.
   */
  lookUp(job: FileJob): { readonly hit: FileOutcome } | { readonly key: string | null } {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(job.abs);
    } catch {
      return { key: null };
    }
    const key = this.keyOf(bytes, job.config);
    const entry = this.old[job.abs];
    if (!entry || entry.key !== key || entry.summary.file !== job.display) return { key };
    let text: string;
    try {
      text = decodeSource(bytes, job.display).text;
    } catch {
      return { key };
    }
    this.next[job.abs] = entry;
    return { hit: { display: job.display, abs: job.abs, result: entry.result, text, summary: entry.summary, cachedSeries: entry.series } };
  }

  /** Records a file linted in this run (its report before the series pass), under the key lookUp gave. */
  store(o: FileOutcome, key: string): void {
    if (!o.result || !o.summary) return;
    this.next[o.abs] = { key, result: o.result, summary: o.summary };
  }

  /** Records a file's report after the series pass, with the key of the series it was checked with. */
  storeSeries(abs: string, key: string, result: LintResult): void {
    const entry = this.next[abs];
    if (entry) this.next[abs] = { ...entry, series: { key, result } };
  }

  /** Writes the cache; a problem is returned as one line for standard error. */
  save(): string | null {
    const json: CacheFile = { schema: SCHEMA, version: this.version, entries: this.next };
    try {
      atomicWrite(this.file, `${JSON.stringify(json)}\n`);
      return null;
    } catch (err) {
      return `--cache: ${oneLine(err)}; the cache was not saved`;
    }
  }
}

/** The key of a file's series for the cache: the summaries the cross-file rules read. */
export function seriesKey(meetings: readonly FileSummary[], reports: readonly FileSummary[]): string {
  const h = createHash('sha256');
  for (const m of meetings) h.update(JSON.stringify(m)).update('\0');
  h.update('\u0001');
  for (const r of reports) h.update(JSON.stringify(r)).update('\0');
  return h.digest('hex');
}
