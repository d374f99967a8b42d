// What the language status item says for a `minutes/stats` answer: the
// counts of errors, warnings and actions of the active document, or, when the
// server does not know the document (UNKNOWN_DOCUMENT), why there are none.
// No `vscode` here: status.ts maps the level to VS Code's severity, and this
// is tested in plain Node (test/unit/client-answers.test.ts).
import { UNKNOWN_DOCUMENT, type Answer, type StatsResult } from '../../server/src/protocol/custom-requests';
import { unknownDocumentMessage } from './unknown-document';

export interface StatusText {
  /** The item's text, with codicons. */
  readonly text: string;
  /** The longer line under it, also read by screen readers. */
  readonly detail: string;
  readonly level: 'error' | 'warning' | 'info';
}

/** The status item's text for the answer to `minutes/stats` about `uri`. */
export function statusText(answer: Answer<StatsResult>, uri: string): StatusText {
  if (answer === UNKNOWN_DOCUMENT) return { text: '$(info) Minutes', detail: unknownDocumentMessage(uri), level: 'info' };
  const s = answer;
  return {
    text: `$(error) ${s.errors} $(warning) ${s.warnings} $(checklist) ${s.openActions}/${s.actions}`,
    detail: `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.actions, 'action')} (${s.openActions} open)`,
    level: s.errors > 0 ? 'error' : s.warnings > 0 ? 'warning' : 'info',
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
