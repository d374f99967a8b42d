/**
 * The shapes of single lines the recogniser asks about: which keyword a
 * line opens with (in any form the lexer reads), a mover's sentence that
 * ends in a resolution, what kind of list marker a line has, whether
 * narrative needs a backslash to stay narrative, and whether a line is
 * short enough to be a title.
 */
import { analyze, RULE_IDS } from '../index';
import { KEYWORD_HEADS } from '../syntax/tokens';
import { BULLET_CLASS, isBulletMarker } from '../vocabulary';

/** The keyword a line opens with, in any of the forms the lexer reads (KEYWORD_HEADS), or null. */
export function keywordOf(text: string): string | null {
  for (const [k, re] of KEYWORD_HEADS) if (re.test(text)) return k;
  return null;
}

/**
 * True when the core's keyword-form rule offers its fix for a sentence of
 * motion prose (`It was moved by A, seconded by B and RESOLVED that ...`):
 * asked of the rule itself, in a one-item document, so that the importer
 * and the editor's quick fix agree on which sentences it rewrites.
 */
export function motionProseFixed(text: string): boolean {
  if (!/\b(?:moved|proposed)\b/i.test(text) || !/\bresolved\b/i.test(text)) return false;
  const probe = `---\ncommittee: x\ndate: 2020-01-01\n---\n\n# 1. x\n\n${text}\n`;
  return analyze(probe, { rules: KEYWORD_FORM_ONLY }).diagnostics.some((d) => d.ruleId === 'keyword-form' && d.fix && d.data && String((d.data as { replacement?: string }).replacement).startsWith('MOTION:'));
}

/** A configuration with every rule off but one: the importer asks one rule a question, and the others' work would be thrown away. */
export function onlyRule(rule: string): { rules: Record<string, 'warning' | 'off'> } {
  return { rules: Object.fromEntries(RULE_IDS.map((id) => [id, id === rule ? 'warning' : 'off'])) };
}

const KEYWORD_FORM_ONLY = onlyRule('keyword-form').rules;

/** `It was moved by A, seconded by B and RESOLVED that ...`: the narrative and the resolution apart. */
export function splitMoverAndResolved(text: string): { before: string; resolved: string } | null {
  const m = /^(.*\b(?:moved|seconded)\b.*?\band)\s+(RESOLVED|[Rr]esolved)\s*,?\s+(that\b.*)$/.exec(text);
  return m ? { before: m[1], resolved: `RESOLVED: ${m[3]}` } : null;
}

const LEADING_BULLET = new RegExp(`^${BULLET_CLASS}\\s+`);

/** The text without the language's bullet (`-` `*` `•` `·`) and the white space after it, when it opens with one. */
export function withoutBullet(text: string): string {
  return text.replace(LEADING_BULLET, '');
}

/**
 * The kind of a list marker: `decimal` (1. 1) (1)), `alpha` (a) a) a.),
 * `roman` ((i) ii. iv)), `bullet`, or `multilevel` (1.1.). A lone i, v or
 * x is a letter when it follows the letter before it (`(i)` after `(h)`).
 */
export function markerKind(text: string, previous: string | null): string {
  const marker = /^\S+/.exec(text)?.[0] ?? '';
  const bare = marker.replace(/[().]/g, '');
  if (isBulletMarker(marker)) return 'bullet';
  if (/^\d+\.\d/.test(marker)) return 'multilevel';
  if (/^\d+$/.test(bare)) return 'decimal';
  const before = previous?.replace(/[().]/g, '') ?? '';
  if (/^[ivxlcdm]+$/i.test(bare) && !(bare.length === 1 && before.length === 1 && before.charCodeAt(0) === bare.charCodeAt(0) - 1)) {
    return bare.length > 1 || !/^[a-h]$/i.test(before) || bare === 'i' ? 'roman' : 'alpha';
  }
  return 'alpha';
}

/** True when `marker` is the letter after `previous`'s, in the same form (`(c)` after `(b)`, `d.` after `c.`). */
export function nextLetter(previous: string | null, marker: string): boolean {
  const a = previous ? /^(\(?)([a-z])([.)])$/i.exec(previous) : null;
  const b = /^(\(?)([a-z])([.)])$/i.exec(marker);
  return !!a && !!b && a[1] === b[1] && a[3] === b[3] && b[2].charCodeAt(0) === a[2].charCodeAt(0) + 1;
}

/** Narrative that would read as a heading, table, comment, escape or header fence is escaped with a backslash. */
export function escape(text: string): string {
  return /^(?:#|\||\/\/|\\|---)/.test(text) || keywordOf(text) ? `\\${text}` : text;
}

/** Short, and not a sentence: a title. */
export function isTitleLike(text: string): boolean {
  return text.split(' ').length <= 20 && !/[.;:,]$/.test(text);
}

/** The words of a text, lower-cased, for telling whether a rewrite changed any. */
export function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
