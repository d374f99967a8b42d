/**
 * The series pass of `minutes lint` (docs/language.md, the series): once
 * every file is linted on its own, their summaries, with those of the
 * `--series` files read for context, are grouped into series, and each
 * linted file is checked again by the cross-file rules only. Under `--fix`
 * (and `--fix-dry-run`) their fixes are applied as well: a fix's own edits to
 * its file, its file edits to the file they name, both only to files being
 * linted (a `--series` file is read, never written). The files changed are
 * analysed again and the pass repeated, so what is reported is what is left.
 * Writing stays with lint-command.ts, which refuses to write over a file
 * changed since it was read.
 */
import {
  analyze,
  applyFixes,
  checkSeries,
  LineIndex,
  seriesMayReport,
  withdrawnBySeries,
  type SeriesView,
  seriesViewOf,
  type Analysis,
  type MinutesConfig,
  type MinutesDiagnostic,
  type TextEdit,
} from '../core/index';
import { buildSeries, seriesName, summarize, type SeriesSet } from '../core/series/index';
import { seriesKey, type LintCache } from './lint-cache';
import { toLintResult, withCounts, type LintResult } from './lint-result';
import type { FileOutcome } from './lint-file';

/** Passes enough for fixes that insert at one place (each unreported action's line goes under Matters arising, one per pass). */
const MAX_PASSES = 10;

export interface SeriesPassOptions {
  /** Apply the cross-file fixes to the linted files' texts. */
  readonly fix: boolean;
  /** The configuration of a file, to analyse it again. */
  configFor(abs: string): Partial<MinutesConfig>;
  /** Under --cache: a file whose series is as it was keeps its cached report; a new one is recorded. */
  readonly cache?: LintCache;
}

/** A file's analysis alone, and with the cross-file findings added (checkSeries keeps the first's diagnostics, by identity). */
interface Checked {
  readonly base: Analysis;
  readonly checked: Analysis;
}

export interface SeriesPassResult {
  /** The linted files' outcomes, with the cross-file findings (and fixes) in. */
  readonly outcomes: FileOutcome[];
  /** Notes for standard error: members of a series left out of it, naming the file and line. */
  readonly notes: string[];
}

/** Runs the series pass over the linted outcomes, with `context` (the --series files) read only. */
export function seriesPass(linted: readonly FileOutcome[], context: readonly FileOutcome[], options: SeriesPassOptions): SeriesPassResult {
  let outcomes = [...linted];
  const analyses = new Map<string, Analysis>();
  const analysisOf = (o: FileOutcome): Analysis => {
    let a = analyses.get(o.display) ?? o.analysis;
    if (!a) a = analyze(o.text ?? '', options.configFor(o.abs));
    analyses.set(o.display, a);
    return a;
  };
  const summaries = new Map<string, NonNullable<FileOutcome['summary']>>();
  for (const o of [...context, ...outcomes]) if (o.summary) summaries.set(o.display, o.summary);
  let set = buildSeries([...summaries.values()]);
  // A linted file without a real date has its header-missing or header-invalid error; a --series file is not reported, so it gets a note.
  const notes = leftOutNotes(set, new Set(context.map((o) => o.display)));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const checked = new Map<string, Checked>();
    const keys = new Map<string, string>();
    const reused = new Map<string, LintResult>();
    const seriesKeys = new Map<object, string>();
    for (const o of outcomes) {
      if (!o.result || !o.summary) continue;
      const view = seriesViewOf(set, o.display);
      if (options.cache && view && !options.fix) {
        // Checked before with the same series: its cross-file findings cannot have changed.
        // One key per series (hashing every meeting's summary once per file would be quadratic).
        const memo = view.series ?? o.summary;
        let key = seriesKeys.get(memo);
        if (key === undefined) {
          const committee = seriesName(o.summary.committee);
          key = seriesKey(view.meetings.length ? view.meetings : [o.summary], set.reports.filter((r) => seriesName(r.committee) === committee));
          seriesKeys.set(memo, key);
        }
        if (o.cachedSeries?.key === key) {
          options.cache.storeSeries(o.abs, key, o.cachedSeries.result);
          reused.set(o.display, o.cachedSeries.result);
          continue;
        }
        keys.set(o.display, key);
      }
      if (view && !seriesMayReport(view)) {
        // Nothing across files to report: the file's own report is its whole report, less what the series withdraws.
        const result = withoutWithdrawn(o.result, view);
        reused.set(o.display, result);
        const key = keys.get(o.display);
        if (key) options.cache?.storeSeries(o.abs, key, result);
        continue;
      }
      const base = analysisOf(o);
      checked.set(o.display, { base, checked: view ? checkSeries(base, view) : base });
    }
    const changed = options.fix ? applySeriesFixes(outcomes, checked) : new Map<string, { text: string; fixed: number }>();
    if (changed.size === 0) {
      outcomes = outcomes.map((o) => {
        const c = checked.get(o.display);
        if (!c) {
          const kept = reused.get(o.display);
          return kept ? { ...o, result: kept } : o;
        }
        const result = toLintResult(o.display, c.checked);
        const key = keys.get(o.display);
        if (key) options.cache?.storeSeries(o.abs, key, result);
        return { ...o, result };
      });
      break;
    }
    outcomes = outcomes.map((o) => {
      const c = changed.get(o.display);
      if (!c || !o.fix) return o;
      const a = analyze(c.text, options.configFor(o.abs));
      analyses.set(o.display, a);
      const summary = summarize(a, o.display);
      summaries.set(o.display, summary);
      return { ...o, text: c.text, summary, result: toLintResult(o.display, a), fix: { ...o.fix, output: c.text, fixed: o.fix.fixed + c.fixed } };
    });
    set = buildSeries([...summaries.values()]);
    if (pass === MAX_PASSES - 1) {
      // Out of passes: report what the last texts give, without fixing further.
      outcomes = outcomes.map((o) => {
        const view = o.result && o.summary ? seriesViewOf(set, o.display) : null;
        return view ? { ...o, result: toLintResult(o.display, checkSeries(analysisOf(o), view)) } : o;
      });
    }
  }
  return { outcomes: outcomes.map(({ analysis: _dropped, cachedSeries: _used, ...rest }) => rest), notes };
}

/** A file's own report less the findings its series shows are no problem (Rule.seriesWithdraws). */
function withoutWithdrawn(result: LintResult, view: SeriesView): LintResult {
  const kept = result.messages.filter((m) => !withdrawnBySeries(view, m.ruleId, { line: m.line - 1, message: m.message }));
  return kept.length === result.messages.length ? result : withCounts(result.filePath, kept);
}

/**
 * The cross-file fixes of one pass, applied: each linted file's own series
 * fixes, with the file edits other files' fixes make to it turned into
 * offsets of its text. A fix whose edits overlap one already taken waits
 * for the next pass, as in applyFixes.
 */
function applySeriesFixes(outcomes: readonly FileOutcome[], checked: ReadonlyMap<string, Checked>): Map<string, { text: string; fixed: number }> {
  const writable = new Map(outcomes.filter((o) => o.fix && o.text !== undefined).map((o) => [o.display, o]));
  const pending = new Map<string, MinutesDiagnostic[]>();
  const add = (file: string, d: MinutesDiagnostic): void => {
    const list = pending.get(file);
    if (list) list.push(d);
    else pending.set(file, [d]);
  };
  for (const [file, { base, checked: a }] of checked) {
    // Only the series pass's findings: fixText applied the file's own fixes before it.
    const single = new Set(base.diagnostics);
    for (const d of a.diagnostics) {
      if (!d.fix || single.has(d)) continue;
      if (d.fix.edits.length && writable.has(file)) add(file, d);
      for (const target of new Set((d.fix.fileEdits ?? []).map((e) => e.file))) {
        const o = writable.get(target);
        if (!o) continue;
        const lines = new LineIndex(o.text!);
        const edits: TextEdit[] = d.fix.fileEdits!.filter((e) => e.file === target).map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
        add(target, { ...d, fix: { title: d.fix.title, edits } });
      }
    }
  }
  const changed = new Map<string, { text: string; fixed: number }>();
  for (const [file, diagnostics] of pending) {
    const o = writable.get(file)!;
    const result = applyFixes(o.text!, diagnostics);
    if (result.applied.length && result.text !== o.text) changed.set(file, { text: result.text, fixed: result.applied.length });
  }
  return changed;
}

/**
 * The `--series` files left out of a series they would belong to: no real
 * date, where another file of the run names the same committee. Named with
 * the line of their `date:` key (or line 1), as `file:line:column: ...`.
 */
function leftOutNotes(set: SeriesSet, context: ReadonlySet<string>): string[] {
  const committees = new Set(set.series.map((s) => seriesName(s.committee)));
  const notes: string[] = [];
  for (const { summary, reason } of set.leftOut) {
    if (!context.has(summary.file) || reason !== 'no-date' || !committees.has(seriesName(summary.committee))) continue;
    const key = summary.header['date'];
    const where = key ? `${key.line + 1}:${key.valueRange.start.character + 1}` : '1:1';
    const why = key ? `its date "${key.value}" is not a real date` : 'its header has no date';
    notes.push(`${summary.file}:${where}: ${why}, so it is left out of the series of ${summary.committee}`);
  }
  return notes;
}
