/**
 * The front matter an import writes: the keys read from the source
 * (meeting-header.ts), the command's own `--committee`, `--date` and
 * `--authority` over them, in the order a header usually lists them. A key
 * the source does not give and that the header must have gets a
 * `// import:` note saying how to add it; no value is made up.
 */
import { HEADER_KEYS } from '../vocabulary';

/** The header values an import found, by key. */
export type HeaderValues = Record<string, string>;

/** Given on the command line; these win over the source. */
export interface HeaderOptions {
  readonly committee?: string;
  readonly date?: string;
  readonly authority?: string;
}

/** The header's lines, `---` to `---`; `notes` are the guesses' notes, by key. */
export function headerLines(values: HeaderValues, options: HeaderOptions, notes: Readonly<Record<string, string>>): string[] {
  const all: HeaderValues = { ...values };
  for (const key of ['committee', 'date', 'authority'] as const) if (options[key]) all[key] = options[key]!;
  const order = HEADER_KEYS.map((k) => k.key);
  const keys = Object.keys(all).sort((a, b) => rank(order, a) - rank(order, b));
  const lines = ['---'];
  for (const k of keys) {
    if (!all[k]) continue;
    // A guessed value's note goes right above its line, unless the command line gave the value.
    if (notes[k] && !(k in options && options[k as keyof HeaderOptions])) lines.push(`// import: ${notes[k]}`);
    lines.push(`${k}: ${oneLine(all[k])}`);
  }
  for (const k of HEADER_KEYS) {
    if (k.required && !all[k.key]) {
      lines.push(`// import: the source gives no ${k.key}: add "${k.required.example}" (or give --${k.key})`);
    }
  }
  lines.push('---');
  return lines;
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

const SMALL = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with']);

/** `CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE` as `Children and Young People Overview and Scrutiny Committee`; other text as written. */
export function ordinaryCase(text: string): string {
  if (/[a-z]/.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
