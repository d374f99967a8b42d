/**
 * header-missing (error)
 *
 * The header must name the `committee` and the meeting `date`
 * (docs/language.md#the-header): without them the minutes cannot be cited, filed or exported. A key
 * that is absent is reported at the header's opening `---` (or at line 1
 * when the file has no header at all); a key written with no value is
 * reported at the key. Keys are matched without regard to case, as the
 * model reads them.
 *
 * Bad:  `---` / `committee: Executive` / `---`   (no date)
 * Good: `---` / `committee: Executive` / `date: 2021-06-08` / `---`
 */
import type { Span } from '../../syntax/ast';
import { REQUIRED_HEADER_KEYS as REQUIRED } from '../../vocabulary';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'header-missing',
  defaultSeverity: 'error',
  description: 'The header lacks `committee` or `date` (or there is no header at all).',
  fixable: false,
  check(ctx) {
    const header = ctx.ast.header;
    if (!header) {
      const missing = REQUIRED.map((r) => `\`${r.key}\``).join(' and ');
      ctx.report({
        span: firstLine(ctx.text),
        message: `The file has no header: start it with a \`---\` line, then ${missing} (for example \`${REQUIRED[0].example}\`, \`${REQUIRED[1].example}\`), then \`---\`.`,
      });
      return;
    }
    const opening: Span = { start: header.span.start, end: header.span.start + 3 };
    for (const { key, example } of REQUIRED) {
      const entry = header.entries.find((e) => e.key.text.toLowerCase() === key);
      if (!entry) ctx.report({ span: opening, message: `The header has no \`${key}\`: add a line such as \`${example}\`.` });
      else if (!entry.value.text) ctx.report({ span: entry.key.span, message: `\`${key}\` has no value: write it after the colon, as in \`${example}\`.` });
    }
  },
};

/** The first line of the text without its line break (after a BOM), for a file-level report. */
function firstLine(text: string): Span {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const nl = text.indexOf('\n');
  const end = nl === -1 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
  return { start, end: Math.max(start, end) };
}
