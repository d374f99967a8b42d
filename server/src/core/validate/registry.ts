/**
 * The explicit list of rules. A rule that is not listed here does not run;
 * the tidy test checks that every file in rules/ is listed, documented in the
 * README and has fixtures.
 */
import type { Rule } from './rule';
import { rule as syntaxError } from './rules/syntax-error';
import { rule as headerMissing } from './rules/header-missing';
import { rule as headerInvalid } from './rules/header-invalid';
import { rule as headerUnknownKey } from './rules/header-unknown-key';
import { rule as personUnknown } from './rules/person-unknown';
import { rule as personDuplicate } from './rules/person-duplicate';
import { rule as attendanceConflict } from './rules/attendance-conflict';
import { rule as quorumNotMet } from './rules/quorum-not-met';
import { rule as itemNumbering } from './rules/item-numbering';
import { rule as itemOutcome } from './rules/item-outcome';
import { rule as decisionRecord } from './rules/decision-record';
import { rule as resolutionNumbering } from './rules/resolution-numbering';
import { rule as declarationItem } from './rules/declaration-item';
import { rule as declarationVote } from './rules/declaration-vote';
import { rule as exemptParagraph } from './rules/exempt-paragraph';
import { rule as voteInvalid } from './rules/vote-invalid';
import { rule as amendmentMotion } from './rules/amendment-motion';
import { rule as actionOwner } from './rules/action-owner';
import { rule as actionDue } from './rules/action-due';
import { rule as actionOverdue } from './rules/action-overdue';
import { rule as riskRating } from './rules/risk-rating';
import { rule as riskTable } from './rules/risk-table';
import { rule as contactInvalid } from './rules/contact-invalid';
import { rule as keywordForm } from './rules/keyword-form';
import { rule as seriesDuplicate } from './rules/series-duplicate';
import { rule as minutesApproval } from './rules/minutes-approval';
import { rule as citationUnknown } from './rules/citation-unknown';
import { rule as actionNotReported } from './rules/action-not-reported';

export const RULES: readonly Rule[] = [
  syntaxError,
  headerMissing,
  headerInvalid,
  headerUnknownKey,
  personUnknown,
  personDuplicate,
  attendanceConflict,
  quorumNotMet,
  itemNumbering,
  itemOutcome,
  decisionRecord,
  resolutionNumbering,
  declarationItem,
  declarationVote,
  exemptParagraph,
  voteInvalid,
  amendmentMotion,
  actionOwner,
  actionDue,
  actionOverdue,
  riskRating,
  riskTable,
  contactInvalid,
  keywordForm,
  seriesDuplicate,
  minutesApproval,
  citationUnknown,
  actionNotReported,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
