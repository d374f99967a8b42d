/**
 * The series façade (docs/language.md, the series): summaries of single files,
 * the series they form, and what is answered across them (running numbers,
 * citations, action histories, approvals, the three registers). Pure: callers
 * read the files and pass analyses or summaries in.
 */
export { summarize, summarizeText } from './summarize';
export type { SummarySource } from './summarize';
export type * from './summary-types';
export { buildSeries, nextMeeting, previousMeeting, seriesName } from './build-series';
export type { LeftOutReason, Series, SeriesSet } from './build-series';
export type * from './register-types';
export { findMinute, isRunningNumber, lookUpMinute, meetingsFor, resolveCitations } from './lookup';
export type { CitationResult, MinuteTarget } from './lookup';
export { runningNumbers } from './running-numbers';
export type { RunningNumberCheck } from './running-numbers';
export { seriesActions, unreportedActions } from './action-threads';
export type { ActionLine, ActionLink, ActionThread, FromProblem, SeriesActions } from './action-threads';
export { seriesApprovals } from './approvals';
export type { ApprovalLink } from './approvals';
export { actionRegister, registerEntry } from './action-register';
export type { ActionFilter } from './action-register';
export { decisionRegister } from './decision-register';
export { attendanceRegister } from './attendance-register';
