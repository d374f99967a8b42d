/**
 * Snippets that completion offers: a new agenda item (or sub-item) numbered
 * after the one before it, and the skeleton of a whole meeting. Snippet text
 * uses the LSP snippet syntax (`${1:placeholder}`, `$0`).
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
