/**
 * Lints one file: read and check it, analyse it with the core (fixing it
 * first under `--fix`/`--fix-dry-run`), and return a plain, cloneable outcome,
 * so the same function runs on the main thread or in a worker. Nothing is
 * written here; the caller writes fixes and prints reports in a fixed order.
 */
import { analyze, type Analysis, type MinutesConfig } from '../core/index';
import { summarize } from '../core/series/index';
import type { FileSummary } from '../core/series/index';
import { oneLine } from './errors';
import { fixText } from './fix';
import { toLintResult, type LintResult } from './lint-result';
import { decodeSource, readSource, type SourceFile } from './read-source';

export interface FileJob {
  readonly abs: string;
  readonly display: string;
  readonly config: Partial<MinutesConfig>;
  readonly fix: boolean;
}

/** What fixing produced, with what was read so the write can check the file did not change. */
export interface FixedFile {
  readonly original: string;
  readonly output: string;
  readonly fixed: number;
  readonly hasBom: boolean;
  readonly bytes: Uint8Array;
  readonly mtimeMs: number;
}

export interface FileOutcome {
  readonly display: string;
  readonly abs: string;
  /** The report entry (after fixes, when fixing). Absent on an IO problem. */
  readonly result?: LintResult;
  /** The text the report's positions refer to, for excerpts. */
  readonly text?: string;
  readonly fix?: FixedFile;
  /** A one-line IO problem (missing, unreadable, binary, not UTF-8). */
  readonly problem?: string;
  /** The file's summary, for the series (lint-series.ts); named by `display`. */
  readonly summary?: FileSummary;
  /**
   * The analysis `result` was made from. Not kept by processFile: a run over
   * thousands of files would hold them all until the series pass, which
   * analyses again only the few files the cross-file rules may report on.
   */
  readonly analysis?: Analysis;
  /** From the lint cache: the report with the cross-file findings, and the key of the series it was made with. */
  readonly cachedSeries?: { readonly key: string; readonly result: LintResult };
}

/** Reads and lints a file from disk. Never throws. */
export function processFile(job: FileJob): FileOutcome {
  let source: SourceFile;
  try {
    source = readSource(job.abs, job.display);
  } catch (err) {
    return { display: job.display, abs: job.abs, problem: oneLine(err) };
  }
  return lintSource(job, source);
}

/** Lints bytes from standard input under a display name. Throws CliError on bad input. */
export function processStdin(bytes: Uint8Array, job: FileJob): FileOutcome {
  const { text, hasBom } = decodeSource(bytes, job.display);
  return lintSource(job, { abs: job.abs, display: job.display, text, hasBom, bytes, mtimeMs: 0 });
}

function lintSource(job: FileJob, source: SourceFile): FileOutcome {
  try {
    if (!job.fix) {
      const analysis = analyze(source.text, job.config);
      return { display: job.display, abs: job.abs, result: toLintResult(job.display, analysis), text: source.text, summary: summarize(analysis, job.display) };
    }
    const fixed = fixText(source.text, job.config);
    return {
      display: job.display,
      abs: job.abs,
      result: toLintResult(job.display, fixed.analysis),
      text: fixed.text,
      summary: summarize(fixed.analysis, job.display),
      fix: { original: source.text, output: fixed.text, fixed: fixed.fixed, hasBom: source.hasBom, bytes: source.bytes, mtimeMs: source.mtimeMs },
    };
  } catch (err) {
    // The core never throws by contract; if it does, name the file rather than crash the run.
    return { display: job.display, abs: job.abs, problem: `${job.display}: internal error while linting: ${oneLine(err)}` };
  }
}
