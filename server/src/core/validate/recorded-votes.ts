/**
 * vote-invalid's checks on the names of a recorded vote
 * (docs/language.md#recorded-votes): a member named twice, a voter who is
 * not present as a member when the vote is taken, and a FOR:, AGAINST: or
 * ABSTAIN: line written at the margin, where it is narrative instead of
 * part of its vote. Each is reported on the line naming the member (or on
 * the stray line), with what to write. The counts are vote-invalid's own.
 *
 * Who is present comes from the model's presence (model/presence.ts): the
 * PRESENT list with the ARRIVED, LEFT and RETURNED lines before the vote.
 * A voter is looked up among their own changes, so a vote of thousands of
 * names costs a lookup per name.
 */
import type { Presence, PersonRef } from '../model/presence';
import type { AttendanceChangeModel, MinutesModel } from '../model/types';
import type { AttendanceEntryNode, Block, KeywordBlockNode, ParagraphNode, Span } from '../syntax/ast';
import type { LineIndex } from '../text/line-index';
import { voteLabelOf } from '../vocabulary';
import type { RelatedInfo, RuleReport, TextEdit } from './rule';

/** The person an entry of a vote line names, as presence asks. */
export function personOf(e: AttendanceEntryNode): PersonRef {
  return { name: e.name.text, handle: e.handle?.text ?? null };
}

/** Each person's changes in line order, made on the first question (only absent voters ask). */
export type ChangesOf = (key: string) => readonly AttendanceChangeModel[];

export function changesByPerson(presence: Presence): ChangesOf {
  let map: Map<string, AttendanceChangeModel[]> | null = null;
  return (key) => {
    if (!map) {
      map = new Map();
      for (const c of presence.changes) {
        const k = presence.keyOf(c);
        const list = map.get(k);
        if (list) list.push(c);
        else map.set(k, [c]);
      }
    }
    return map.get(key) ?? [];
  };
}

/**
 * The problems with the names of one recorded vote: a name given twice, and
 * (when the minutes list who was present) a voter who was not present as a
 * member at the vote's line.
 */
export function voterProblems(
  b: KeywordBlockNode,
  line: number,
  presence: Presence,
  changesOf: ChangesOf,
  model: MinutesModel,
  lines: LineIndex,
  checkPresence: boolean,
): RuleReport[] {
  const out: RuleReport[] = [];
  const seen = new Map<string, { label: string; span: Span }>();
  for (const vl of b.voteLines ?? []) {
    const label = vl.label.text;
    for (const e of vl.names) {
      const person = personOf(e);
      const who = e.name.text;
      const key = presence.keyOf(person);
      const first = seen.get(key);
      if (first) {
        const where = first.label === label ? `twice under ${label}` : `under ${first.label} and again under ${label}`;
        out.push({
          span: e.name.span,
          message: `${who} is named ${where} in this vote: a member votes once, so remove one of them.`,
          related: [{ message: `${who} is first named under ${first.label} here`, span: first.span }],
        });
        continue;
      }
      seen.set(key, { label, span: e.name.span });
      if (checkPresence && !presence.isPresent(person, line)) out.push(absentVoter(e, label, line, key, presence, changesOf, model, lines));
    }
  }
  return out;
}

/** Why a voter was not present at the vote, and what to write. */
function absentVoter(
  e: AttendanceEntryNode,
  label: string,
  line: number,
  key: string,
  presence: Presence,
  changesOf: ChangesOf,
  model: MinutesModel,
  lines: LineIndex,
): RuleReport {
  const who = e.name.text;
  const person = personOf(e);
  const named = `${who} is named under ${label}, but`;
  let last: AttendanceChangeModel | undefined;
  for (const c of changesOf(key)) if (c.line < line) last = c;
  const related: RelatedInfo[] = [];
  let message: string;
  if (last?.kind === 'left') {
    message = `${named} left the meeting before this vote (LEFT: on line ${last.line + 1}): take the name out of the vote, or write \`RETURNED: ${who}\` before the vote if they came back.`;
    related.push({ message: `${who} leaves here`, span: lineSpan(lines, last.line) });
  } else if (presence.isHere(person, line)) {
    message = `${named} is listed IN ATTENDANCE, and attendees do not vote: take the name out of the vote, or list them under PRESENT if they are a member.`;
  } else if (!last && listedIn(model.attendance.apologies, key, presence)) {
    message = `${named} sent apologies (APOLOGIES) and is not present at this vote: take the name out of the vote, or correct the attendance (\`ARRIVED: ${who}\` before the vote if they came after all).`;
  } else if (!last && listedIn(model.attendance.absent, key, presence)) {
    message = `${named} is listed as ABSENT and is not present at this vote: take the name out of the vote, or correct the attendance.`;
  } else {
    message = `${named} is not present at this vote (not in PRESENT, and no \`ARRIVED:\` before it): add them to PRESENT, or write \`ARRIVED: ${who}\` before the vote, or correct the name.`;
  }
  return { span: e.name.span, message, related: related.length ? related : undefined };
}

function listedIn(list: readonly { readonly name: string; readonly handle?: string }[], key: string, presence: Presence): boolean {
  return list.some((p) => presence.keyOf(p) === key);
}

function lineSpan(lines: LineIndex, line: number): Span {
  const start = lines.offsetAt({ line, character: 0 });
  return { start, end: lines.offsetAt({ line: line + 1, character: 0 }) };
}

/**
 * FOR:, AGAINST: and ABSTAIN: lines at the margin: narrative, as only lines
 * indented under a VOTE are its names. A line that gives a number after the
 * label (`For: 7, Against: 2`) is a count, not names, and is left alone.
 * When the lines come straight after a VOTE (no blank line) and every line
 * of the paragraph is such a line, the fix indents each by two spaces.
 */
export function strayVoteLines(blocks: readonly Block[], lines: LineIndex): RuleReport[] {
  const out: RuleReport[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i];
    // A label line that runs on under another block (`NOTED: …` then `FOR: @ali`, or
    // indented under a RESOLVED entry) is that block's text just the same: report it, without a fix.
    if (p.kind === 'keyword' && p.keyword !== 'VOTE') for (const r of strayInBody(p.body)) out.push(r);
    if (p.kind !== 'paragraph') continue;
    const labels = p.lines.map((l) => {
      const label = voteLabelOf(l.text);
      return label && !/^[ \t]*\d/.test(l.text.slice(label.length)) ? label : null;
    });
    if (!labels.some(Boolean)) continue;
    const fixable = labels.every(Boolean) && rightAfterVote(blocks[i - 1], p, lines);
    p.lines.forEach((l, j) => {
      const label = labels[j];
      if (!label) return;
      const start = l.span.start + label.start;
      const lineStart = lines.offsetAt({ line: lines.lineAt(l.span.start), character: 0 });
      const edit: TextEdit = { start: lineStart, end: lineStart, newText: '  ' };
      out.push({
        span: { start, end: l.span.start + label.length },
        message: strayMessage(label.word),
        fix: fixable ? { title: 'Indent it under the VOTE', edits: [edit] } : undefined,
      });
    });
  }
  return out;
}

/** Label lines among a keyword block's body: its paragraphs' lines and its list entries' lines. */
function strayInBody(body: readonly Block[]): RuleReport[] {
  const out: RuleReport[] = [];
  for (const b of body) {
    const pieces = b.kind === 'paragraph' ? b.lines : b.kind === 'list' ? b.entries.flatMap((e) => e.lines) : [];
    for (const l of pieces) {
      const label = voteLabelOf(l.text);
      if (!label || /^[ \t]*\d/.test(l.text.slice(label.length))) continue;
      out.push({ span: { start: l.span.start + label.start, end: l.span.start + label.length }, message: strayMessage(label.word) });
    }
  }
  return out;
}

function strayMessage(word: string): string {
  return `This ${word}: line is not indented under a VOTE, so it is read as narrative: indent it under its vote (two spaces before \`${word}:\`, on the lines right after the \`VOTE:\` line).`;
}

/** True when the paragraph starts on the line after the VOTE block before it ends. */
function rightAfterVote(prev: Block | undefined, p: ParagraphNode, lines: LineIndex): boolean {
  if (!prev || prev.kind !== 'keyword' || prev.keyword !== 'VOTE') return false;
  const end = prev.span.end > prev.span.start ? prev.span.end - 1 : prev.span.end;
  return lines.lineAt(p.span.start) === lines.lineAt(end) + 1;
}
