/**
 * Inline switches in clerks' comments:
 *
 *   // minutes-disable-next-line action-due      the next non-comment line
 *   // minutes-disable rule-a, rule-b            from here on (or until enabled)
 *   // minutes-enable rule-a                     back on from here
 *
 * Without rule ids they apply to every rule. A diagnostic is suppressed when
 * its first line is covered.
 */
import type { CommentNode } from '../syntax/ast';
import type { LineIndex } from '../text/line-index';

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

interface Span {
  readonly from: number;
  readonly to: number;
  readonly rules: ReadonlySet<string> | null;
}

const DIRECTIVE = /^minutes-(disable-next-line|disable|enable)\b\s*(.*)$/;

export function readSuppressions(comments: readonly CommentNode[], lines: LineIndex): Suppressions {
  const spans: Span[] = [];
  const open = new Map<string, number>(); // rule id ('*' for all) -> line disabled from
  const commentLines = new Set(comments.map((c) => lines.positionAt(c.span.start).line));
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text.text);
    if (!m) continue;
    const line = lines.positionAt(c.span.start).line;
    const ids = m[2]
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('--'));
    const rules = ids.length ? new Set(ids) : null;
    if (m[1] === 'disable-next-line') {
      let target = line + 1;
      while (commentLines.has(target)) target++;
      spans.push({ from: target, to: target, rules });
    } else if (m[1] === 'disable') {
      for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, line);
    } else {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        spans.push({ from, to: line, rules: id === '*' ? null : new Set([id]) });
        open.delete(id);
      }
    }
  }
  for (const [id, from] of open) spans.push({ from, to: Number.MAX_SAFE_INTEGER, rules: id === '*' ? null : new Set([id]) });
  return {
    isSuppressed: (ruleId, line) => spans.some((s) => line >= s.from && line <= s.to && (!s.rules || s.rules.has(ruleId))),
  };
}
