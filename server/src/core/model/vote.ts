/**
 * Reading a VOTE line: `for 7, against 2, abstain 1 — carried`, `unanimous`,
 * `nem. con.`. Loose by design; the vote-invalid rule judges the result.
 */
import type { VoteModel, VoteOutcome } from './types';

export function parseVote(text: string, line: number): VoteModel {
  const count = (re: RegExp): number | null => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  const unanimous = /\bunanimous(ly)?\b/i.test(text);
  const nemCon = /\bnem\.?\s*con\.?/i.test(text);
  let outcome: VoteOutcome | null = null;
  // "not carried" must be read before "carried".
  if (/\b(lost|fell|defeated|not carried)\b/i.test(text)) outcome = 'lost';
  else if (/\bcarried\b/i.test(text)) outcome = 'carried';
  else if (unanimous || nemCon) outcome = 'carried';
  return {
    for: count(/\bfor\s*:?\s*(\d+)/i),
    against: count(/\bagainst\s*:?\s*(\d+)/i),
    abstain: count(/\babstain(?:ed|ing|s|tions?)?\s*:?\s*(\d+)/i),
    unanimous,
    nemCon,
    outcome,
    text,
    line,
  };
}
