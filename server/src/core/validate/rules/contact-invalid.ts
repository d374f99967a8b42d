/**
 * contact-invalid (warning)
 *
 * The phone numbers and email addresses of a CONTACT line
 * (docs/language.md#item-lines)
 * must be usable as printed: a reader of the published minutes will dial or
 * write to them. Each comma-separated part of the line is looked at; a
 * `@handle` or a plain name is left alone, and a label such as `Tel:` or
 * `Email:` is skipped.
 * - A phone number is digits, spaces, hyphens and parentheses: 10 or 11
 *   digits starting with 0, or +44 and 9 or 10 digits (`+44 (0)1274 432904`
 *   counts the 0 once); other `+` numbers need 7 to 15 digits. An extension
 *   (`ext. 2231`, `x2231`) may follow, and so may a note in brackets
 *   (`(option 2)`, `(mobile)`). Two numbers may share a part when a
 *   spaced slash parts them (`07700 900123 / 0300 123 4567`): each is
 *   judged on its own, as a reader would dial either.
 * - An email address is a plain `name@domain.tld` with no spaces, doubled
 *   dots or missing domain. A full stop after a valid address gets a fix
 *   that removes it.
 *
 * Bad:  `CONTACT: @alam, 432904, irfan.alam@bradford`
 * Good: `CONTACT: @alam, 01274 432904, irfan.alam@bradford.gov.uk`
 */
import type { Span } from '../../syntax/ast';
import { keywordBlocks } from '../../syntax/walk';
import type { Rule, RuleReport } from '../rule';

const LABEL = /^(?:(?:tel|telephone|phone|mobile|mob|fax|email|e-mail)\b\.?[ \t]*:?|[te][ \t]*:)[ \t]*/i;
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
// The lookbehinds in EXTENSION and EMAIL_PART let a match start only where a
// run (of white space, or of address characters) starts; unanchored, each
// pattern rescanned a long run from every character of it (quadratic).
const EXTENSION = /(?<![ \t])[ \t]*(?:ext\.?|extension|x)[ \t]*\d{1,6}$/i;
// A note after a number: brackets holding a letter (`(option 2)`), so `(0)` stays part of the number.
const NOTE = /(?<![ \t])[ \t]*\((?=[^()]*[A-Za-z])[^()]*\)$/;
const EMAIL_PART = /(?<![^\s<>()])(?:mailto:)?([^\s<>()]*[^\s@<>()]@[^\s<>()]*)/i;

export const rule: Rule = {
  id: 'contact-invalid',
  defaultSeverity: 'warning',
  description: 'A phone number or email address in a CONTACT line that cannot be dialled or written to as printed.',
  fixable: true,
  check(ctx) {
    for (const b of keywordBlocks(ctx.ast, 'CONTACT')) {
      if (!b.inline) continue;
      // Read the source itself, not the joined text, so that spans stay exact on wrapped lines.
      const raw = ctx.text.slice(b.inline.span.start, b.inline.span.end);
      // Parts end at commas, semicolons, line ends and slashes with white space either side.
      for (const m of raw.matchAll(/(?:[^,;\n/]|\/(?![ \t])|(?<![ \t])\/)+/g)) {
        const label = LABEL.exec(m[0].trimStart())?.[0].length ?? 0;
        const lead = m[0].length - m[0].trimStart().length + label;
        const text = m[0].slice(lead).trimEnd();
        if (!text) continue;
        const start = b.inline.span.start + m.index! + lead;
        const problem = judge(text, { start, end: start + text.length });
        if (problem) ctx.report(problem);
      }
    }
  },
};

function judge(text: string, span: Span): RuleReport | null {
  const email = EMAIL_PART.exec(text);
  if (email) {
    const start = span.start + email.index + email[0].length - email[1].length;
    return judgeEmail(email[1], { start, end: start + email[1].length });
  }
  if (text.startsWith('@')) return null;
  const note = NOTE.exec(text);
  const number = note && note.index > 0 ? text.slice(0, note.index) : text;
  const digits = number.replace(EXTENSION, '').replace(/\D/g, '');
  if (/^[+(0]/.test(number) || digits.length >= 6) return judgePhone(number, { start: span.start, end: span.start + number.length });
  return null;
}

function judgeEmail(text: string, span: Span): RuleReport | null {
  if (EMAIL.test(text)) return null;
  if (/\.$/.test(text) && EMAIL.test(text.slice(0, -1))) {
    const dot = { start: span.end - 1, end: span.end };
    return { span, message: `Remove the full stop after the email address ${text.slice(0, -1)}: it would be taken as part of the address.`, fix: { title: 'Remove the full stop', edits: [{ ...dot, newText: '' }] }, data: { replacement: text.slice(0, -1) } };
  }
  return { span, message: `"${text}" is not a valid email address: it should read like name@council.gov.uk, with no spaces or doubled dots.` };
}

function judgePhone(text: string, span: Span): RuleReport | null {
  const body = text.replace(EXTENSION, '');
  const bad = (why: string): RuleReport => ({ span, message: `"${text}" is not a valid phone number: ${why}` });
  if (!/^\+?[\d \t()-]+$/.test(body)) return bad('use only digits, spaces and brackets (and +44 at the start), with any extension after it as `ext. 1234`.');
  if (body.split('(').length !== body.split(')').length) return bad('a bracket is not closed.');
  const digits = body.replace(/\D/g, '');
  if (body.startsWith('+44')) {
    const national = /\(0\)/.test(body) ? digits.slice(3) : digits.slice(2);
    return /^[1-9]\d{8,9}$/.test(national) ? null : bad('after +44 a UK number has 9 or 10 digits, without its leading 0.');
  }
  if (body.startsWith('+')) return digits.length >= 7 && digits.length <= 15 ? null : bad('an international number has 7 to 15 digits.');
  return /^0\d{9,10}$/.test(digits) ? null : bad('a UK number has 10 or 11 digits and starts with 0, as in 01274 432904.');
}
