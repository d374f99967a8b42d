/**
 * Snippets that completion offers: a new agenda item (or sub-item) numbered
 * after the one before it, the skeleton of a whole meeting, and the
 * proceedings of an item (a motion with an amendment and the votes on both,
 * a recorded vote, an executive decision with its reasons and alternatives,
 * a member leaving and coming back, the close of the meeting). Snippet text
 * uses the LSP snippet syntax (`${1:placeholder}`, `${1|a,b|}`, `$0`); the
 * movers and voters are offered from the document's own PEOPLE.
 */
import type { Analysis } from '../index';
import { itemNumber } from '../syntax/walk';
import type { ItemNode } from '../syntax/ast';

/** A heading snippet for a new item at `level` (1 or 2) placed at `offset`. */
export function itemSnippet(a: Analysis, offset: number, level: 1 | 2): { number: string; text: string } {
  const number = level === 1 ? nextTopNumber(a.ast.items, offset) : nextSubNumber(a.ast.items, offset);
  const marker = '#'.repeat(level);
  return { number, text: `${marker} \${1:${number}} \${2:Title}\n\n$0` };
}

/** The number after the last top-level item that starts before the offset. */
function nextTopNumber(items: readonly ItemNode[], offset: number): string {
  const prev = items.filter((i) => i.span.start < offset && i.number).pop();
  if (!prev) return '1.';
  const base = prev.number!.text.replace(/(\([^)]*\))+\.?$/, '');
  const slash = /^(\d+)(\/\d+)$/.exec(base);
  if (slash) return `${Number(slash[1]) + 1}${slash[2]}`;
  return incrementLast(base) ?? '1.';
}

/** The number after the last sub-item of the enclosing item, or its first sub-number. */
function nextSubNumber(items: readonly ItemNode[], offset: number): string {
  const parent = items.find((i) => offset >= i.span.start && offset <= i.span.end);
  const parentNumber = parent ? (itemNumber(parent) ?? '') : '';
  const prev = parent?.children.filter((c) => c.span.start < offset && c.number).pop();
  if (prev) return incrementLast(prev.number!.text) ?? `${parentNumber}(a)`;
  if (!parentNumber) return '(a)';
  return /\//.test(parentNumber) || /\)$/.test(parentNumber) ? `${parentNumber}(a)` : `${parentNumber}.1`;
}

/** Increments the last letter in brackets or the last run of digits: 78/21(a) -> 78/21(b), 3.1. -> 3.2. */
export function incrementLast(number: string): string | null {
  const letter = /^(.*\()([a-y])(\)\.?)$/i.exec(number);
  if (letter) return `${letter[1]}${String.fromCharCode(letter[2].charCodeAt(0) + 1)}${letter[3]}`;
  const digits = /^(.*?)(\d+)(\)?\.?)$/.exec(number);
  if (digits) return `${digits[1]}${Number(digits[2]) + 1}${digits[3]}`;
  return null;
}

/** The skeleton of a new meeting: header, people, attendance and a first item. */
export function meetingSkeleton(): string {
  return [
    '---',
    'authority: ${1:Council}',
    'committee: ${2:Committee}',
    'date: ${3:YYYY-MM-DD}',
    'status: draft',
    '---',
    '',
    'PEOPLE:',
    '@${4:chair}  ${5:Councillor Name} — Chair',
    '',
    'PRESENT: @${4:chair} (Chair)',
    '',
    'DECLARATIONS: none',
    '',
    '# 1. ${6:Title}',
    '',
    '${7:What was discussed.}',
    '',
    'RESOLVED: ${8:That …}',
    '$0',
  ].join('\n');
}

/** A snippet of an item's proceedings, as completion offers it. */
export interface ProceedingSnippet {
  readonly label: string;
  readonly detail: string;
  readonly text: string;
  /** The words the editor filters on. */
  readonly filterText: string;
}

/**
 * The proceedings snippets for a cursor inside an item. People are a choice
 * of the declared handles (or a placeholder when there are none); CLOSED is
 * offered in the last item only, and takes the end of the header's `time`.
 */
export function proceedingSnippets(a: Analysis, offset: number): ProceedingSnippet[] {
  const handles = a.model.people.map((p) => `@${p.handle}`);
  // A snippet choice may not hold `,` `|` or `}` unescaped; handles never do.
  const person = (n: number, placeholder: string): string => (handles.length ? `\${${n}|${handles.join(',')}|}` : `@\${${n}:${placeholder}}`);
  const outcome = (n: number): string => `\${${n}|carried,lost|}`;
  const out: ProceedingSnippet[] = [
    {
      label: 'motion with an amendment and votes',
      detail: 'MOTION, AMENDMENT, the vote on each and the resolution',
      filterText: 'motion amendment vote',
      text: [
        `MOTION: moved by ${person(1, 'mover')}, seconded by ${person(2, 'seconder')}`,
        '${3:That the Council …}',
        '',
        `AMENDMENT: moved by ${person(4, 'mover')}, seconded by ${person(5, 'seconder')}`,
        '${6:That …}',
        `VOTE: for \${7:0}, against \${8:0}, abstain \${9:0} — ${outcome(10)}`,
        '',
        `VOTE: for \${11:0}, against \${12:0}, abstain \${13:0} — ${outcome(14)}`,
        '',
        'RESOLVED:',
        '${0:That …}',
      ].join('\n'),
    },
    {
      label: 'recorded vote',
      detail: 'VOTE: recorded, and the names for, against and abstaining',
      filterText: 'recorded vote for against abstain',
      text: [`VOTE: recorded — ${outcome(1)}`, `  FOR: ${person(2, 'member')}`, `  AGAINST: ${person(3, 'member')}`, '  ABSTAIN: $0'].join('\n'),
    },
    {
      label: 'executive decision',
      detail: 'RESOLVED with the REASONS and the ALTERNATIVES considered',
      filterText: 'executive decision reasons alternatives',
      text: ['RESOLVED:', '${1:That …}', '', 'REASONS:', '${2:The reasons for the decision.}', '', 'ALTERNATIVES:', '${0:none}'].join('\n'),
    },
    {
      label: 'member left and returned',
      detail: 'LEFT and RETURNED around the business they took no part in',
      filterText: 'left returned member',
      text: [`LEFT: ${person(1, 'member')} (\${2:having declared an interest})`, '', '$0', '', 'RETURNED: $1'].join('\n'),
    },
  ];
  if (inLastItem(a, offset)) {
    const time = typeof a.model.meta.time === 'string' ? /(\d{1,2}:\d{2})\s*$/.exec(a.model.meta.time)?.[1] : undefined;
    out.push({ label: 'close of the meeting', detail: 'CLOSED: the time the meeting ended', filterText: 'closed meeting end', text: `CLOSED: \${1:${time ?? 'HH:MM'}}$0` });
  }
  return out;
}

/** True in the last top-level item (or one of its sub-items). */
function inLastItem(a: Analysis, offset: number): boolean {
  const last = a.ast.items[a.ast.items.length - 1];
  return !!last && offset >= last.span.start;
}
