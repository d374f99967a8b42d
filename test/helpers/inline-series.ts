/**
 * Small inline series for the series core's tests: files written as a map
 * from name to text (dedented), each summarised from its analysis, grouped
 * with buildSeries. (The cross-file rules' helper, which also checks the
 * series, is series.ts.)
 */
import { analyze } from '../../server/src/core/index';
import { buildSeries, summarize, type FileSummary, type SeriesSet } from '../../server/src/core/series/index';
import { dedent } from './documents';

/** Each file's summary, in the order given. */
export function summaries(files: Readonly<Record<string, string>>): FileSummary[] {
  return Object.entries(files).map(([file, text]) => summarize(analyze(dedent(text)), file));
}

/** The files' summaries and the series they make. */
export function seriesOf(files: Readonly<Record<string, string>>): { set: SeriesSet; all: FileSummary[] } {
  const all = summaries(files);
  return { set: buildSeries(all), all };
}

/** A meeting of the Finance Committee: the header and PEOPLE, then `body`. */
export function meeting(date: string, body: string, extra = ''): string {
  return `
    ---
    authority: Westford Town Council
    committee: Finance Committee
    date: ${date}
    ${extra}
    ---

    PEOPLE:
    @clerk  Jo Patel — Clerk
    @ali    Councillor Ali
    @benn   Councillor Benn

${dedent(body).replace(/^/gm, '    ')}`;
}
