/**
 * The series façade (docs/language.md, the series): summaries of single files,
 * the series they form, and what is answered across them (running numbers,
 * citations, action histories, approvals, the three registers). Pure: callers
 * read the files and pass analyses or summaries in.
 */
export { summarize } from './summarize';
export type * from './summary-types';
export { buildSeries, nextMeeting, previousMeeting, seriesName } from './build-series';
export type { LeftOutReason, Series, SeriesSet } from './build-series';
export type * from './register-types';
