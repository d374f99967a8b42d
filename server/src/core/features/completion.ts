/**
 * Completion: what may be typed at the cursor, read from the line so far and
 * from where the line stands in the document.
 *
 * - in the header: the keys not yet given, then the values of `status`,
 *   `type` and `risk-matrix`;
 * - at the start of a line: the block keywords (the preamble's first before
 *   the first item, the item's first after it), an agenda item with the next
 *   number, a whole meeting skeleton in a file without a header, and in an
 *   item the proceedings' snippets (a motion with an amendment and votes, a
 *   recorded vote, an executive decision, the close);
 * - after `@`, and in an attendance list or an ACTION owner: declared people
 *   with their names and roles;
 * - in an ACTION's later segments: `due` dates from the meeting date on, and
 *   the statuses;
 * - after `VOTE:` and `EXEMPT:`: the forms a vote takes, the paragraphs 1-7;
 * - on a MOTION or AMENDMENT line, under a VOTE (FOR, AGAINST, ABSTAIN) and
 *   after ARRIVED, LEFT and RETURNED: the movers, the voters present and the
 *   people each line names (completion-proceedings.ts);
 * - after `(item ` in a declaration: the document's item numbers, with titles;
 * - in the rating column of a RISKS table: the ratings the matrix allows.
 *
 * Entries carry the span they replace (from the start of what is being
 * typed to the cursor) so the editor filters on the right text.
 */
import type { Analysis } from '../index';
import { headerValues, HEADER_KEY_NAMES, KEYWORD_WORDS, keywordWord } from '../vocabulary';
import { completionContext, inHeader, type CompletionContext, type CompletionEntry } from './completion-context';
import {
  actionCompletions,
  attendanceCompletions,
  declarationItemCompletions,
  exemptCompletions,
  handleCompletions,
  ratingCompletions,
  voteCompletions,
  type Provider,
} from './completion-providers';
import { attendanceChangeCompletions, closedCompletions, motionHeadCompletions, voteLineCompletions } from './completion-proceedings';
import { HEADER_KEY_DOCS, headerValueDoc, KEYWORD_DOCS } from './keyword-docs';
import { itemAt } from './locate';
import { itemSnippet, meetingSkeleton, proceedingSnippets } from './snippets';

export { addDays } from './completion-providers';
export type { CompletionEntry, CompletionKind } from './completion-context';

/** Completions at an offset; empty when nothing fits there. */
export function completionsAt(a: Analysis, offset: number): CompletionEntry[] {
  const ctx = completionContext(a, offset);
  if (inHeader(a, ctx.line)) return headerCompletions(ctx);
  for (const provider of PROVIDERS) {
    const found = provider(ctx);
    if (found) return found;
  }
  return [];
}

/**
 * Tried in turn; the first that knows the place answers. Those that offer
 * people in a proceeding (a mover, a voter, an arrival) come before the
 * plain `@` one, which offers everyone; the line start comes last: it takes
 * any one word.
 */
const PROVIDERS: readonly Provider[] = [
  declarationItemCompletions,
  motionHeadCompletions,
  voteLineCompletions,
  attendanceChangeCompletions,
  closedCompletions,
  handleCompletions,
  actionCompletions,
  voteCompletions,
  exemptCompletions,
  attendanceCompletions,
  ratingCompletions,
  lineStartCompletions,
];

function headerCompletions({ a, before, at }: CompletionContext): CompletionEntry[] {
  const keyTyped = /^([A-Za-z-]*)$/.exec(before);
  if (keyTyped) {
    const present = new Set((a.ast.header?.entries ?? []).map((e) => e.key.text.toLowerCase()));
    return HEADER_KEY_NAMES.map((key, i) => ({ key, i }))
      .filter(({ key }) => !present.has(key))
      .map(({ key, i }) => ({
        label: key,
        kind: 'property' as const,
        documentation: HEADER_KEY_DOCS[key],
        insertText: `${key}: `,
        replace: at(0),
        sortText: String(i).padStart(2, '0'),
        retrigger: headerValues(key).length > 0,
      }));
  }
  const value = /^([A-Za-z-]+)[ \t]*:[ \t]*/.exec(before);
  if (!value) return [];
  const key = value[1].toLowerCase();
  const from = value[0].length;
  const values = headerValues(key).map((v) => ({ value: v, doc: headerValueDoc(key, v) }));
  if (key === 'approved-on' && typeof a.model.meta.date === 'string') values.push({ value: a.model.meta.date, doc: 'The meeting date.' });
  return values.map((v, i) => ({ label: v.value, kind: 'value' as const, documentation: v.doc, insertText: v.value, replace: at(from), sortText: String(i).padStart(2, '0') }));
}

/** The keywords with a space in them (`IN ATTENDANCE`), whose start a line may hold as two words. */
const SPACED_KEYWORDS = KEYWORD_WORDS.filter((k) => k.includes(' '));

function lineStartCompletions(ctx: CompletionContext): CompletionEntry[] | null {
  const { before } = ctx;
  if (/^#{1,2}[ \t]*$/.test(before)) return itemSnippets(ctx);
  // One word, or the start of a keyword with a space in it: a capital "I " opening a sentence is not a keyword.
  if (!/^[A-Za-z]*$/.test(before) && !(/^[A-Z]+ [A-Z]*$/.test(before) && SPACED_KEYWORDS.some((k) => k.startsWith(before)))) return null;
  const inItem = itemAt(ctx.a, ctx.offset) !== null;
  const keywords = KEYWORD_WORDS.map((k, i) => {
    const word = keywordWord(k);
    return {
      label: `${k}:`,
      kind: 'keyword' as const,
      documentation: KEYWORD_DOCS[k],
      insertText: `${k}: `,
      replace: ctx.at(0),
      sortText: `${word.preamble === inItem ? 1 : 0}${String(i).padStart(2, '0')}`,
      retrigger: !!word.retrigger,
    };
  });
  const snippets = before === '' ? itemSnippets(ctx) : [];
  if (!ctx.a.ast.header && ctx.line === 0) snippets.push(skeletonEntry(ctx));
  // After the first heading, on a blank line the item's span may not reach yet.
  const afterFirstItem = ctx.a.ast.items.length > 0 && ctx.offset > ctx.a.ast.items[0].headingSpan.end;
  if (afterFirstItem) proceedingSnippets(ctx.a, ctx.offset).forEach((p, i) => snippets.push({ label: p.label, kind: 'snippet', detail: p.detail, insertText: p.text, snippet: true, replace: ctx.at(0), filterText: p.filterText, sortText: `5${i}` }));
  return [...keywords, ...snippets];
}

function itemSnippets(ctx: CompletionContext): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  const top = itemSnippet(ctx.a, ctx.offset, 1);
  out.push({ label: `# ${top.number} agenda item`, kind: 'snippet', detail: 'a new agenda item', insertText: top.text, snippet: true, replace: ctx.at(0), filterText: '# agenda item', sortText: '2' });
  if (itemAt(ctx.a, ctx.offset)) {
    const sub = itemSnippet(ctx.a, ctx.offset, 2);
    out.push({ label: `## ${sub.number} sub-item`, kind: 'snippet', detail: 'a new sub-item of this item', insertText: sub.text, snippet: true, replace: ctx.at(0), filterText: '## sub-item', sortText: '3' });
  }
  return out;
}

function skeletonEntry(ctx: CompletionContext): CompletionEntry {
  return { label: 'new meeting', kind: 'snippet', detail: 'a whole meeting: header, people, attendance, first item', insertText: meetingSkeleton(), snippet: true, replace: ctx.at(0), filterText: 'new meeting minutes', sortText: '4' };
}
