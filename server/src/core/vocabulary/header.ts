/**
 * The header's words: the keys of docs/language.md#the-header, which of
 * them the header must give, and the values of the keys that take fixed
 * ones. The rules (header-unknown-key, header-missing, header-invalid),
 * completion, hover and the exports read this table; their meanings, for
 * hover and completion, are in features/keyword-docs.ts.
 *
 * A new key is one new row; the type checker then asks for its doc.
 */

/** One row of the header key table. */
export interface HeaderKeyWord {
  /** The key, in lower case as the model reads it. */
  readonly key: string;
  /** True when the header must give the key (header-missing), with an example line for the message. */
  readonly required?: { readonly example: string };
  /**
   * The values completion offers for the key, in the order it offers them.
   * With `closed`, no other value is allowed (header-invalid); without it
   * they are common choices among many (`risk-matrix`).
   */
  readonly values?: readonly string[];
  readonly closed?: boolean;
}

/** The table itself, read for its types; the rest of the core reads HEADER_KEYS. */
const TABLE = [
  { key: 'type', values: ['minutes', 'report'], closed: true },
  { key: 'authority' },
  { key: 'committee', required: { example: 'committee: Planning Committee' } },
  { key: 'date', required: { example: 'date: 2021-06-08' } },
  { key: 'time' },
  { key: 'venue' },
  { key: 'status', values: ['draft', 'approved'], closed: true },
  { key: 'approved-on' },
  { key: 'quorum' },
  // The common matrices; any likelihood range x impact range is allowed (model/risk-matrix.ts).
  { key: 'risk-matrix', values: ['A-F x 1-4', 'A-E x 1-5', '1-5 x 1-5', '1-4 x 1-4', '1-3 x 1-3'] },
  { key: 'title' },
  { key: 'author' },
  { key: 'from' },
  // An executive body (a cabinet, an executive member's decision session): its decisions record reasons and alternatives.
  { key: 'executive', values: ['yes', 'no'], closed: true },
  // The meeting's democratic services contact: text, or a handle and a phone number or email.
  { key: 'contact' },
] as const satisfies readonly HeaderKeyWord[];

/** A header key of docs/language.md#the-header. */
export type HeaderKey = (typeof TABLE)[number]['key'];

/** The header keys of docs/language.md#the-header, in the order a header usually lists them. */
export const HEADER_KEYS: readonly (HeaderKeyWord & { readonly key: HeaderKey })[] = TABLE;

/** The keys that take values from a list, and those values. */
type WithValues = Extract<(typeof TABLE)[number], { values: readonly string[] }>;
export type HeaderKeyWithValues = WithValues['key'];
export type HeaderValue<K extends HeaderKeyWithValues> = Extract<WithValues, { key: K }>['values'][number];

/** The header keys, in the table's order. */
export const HEADER_KEY_NAMES: readonly HeaderKey[] = HEADER_KEYS.map((k) => k.key);

/** The keys the header must give, with an example line each, in the table's order. */
export const REQUIRED_HEADER_KEYS: readonly { readonly key: HeaderKey; readonly example: string }[] = HEADER_KEYS.flatMap((k) =>
  k.required ? [{ key: k.key, example: k.required.example }] : [],
);

const BY_KEY: ReadonlyMap<string, HeaderKeyWord> = new Map(HEADER_KEYS.map((k) => [k.key, k]));

/** True for a key of docs/language.md#the-header, given in lower case. */
export function isHeaderKey(key: string): key is HeaderKey {
  return BY_KEY.has(key);
}

/** The values completion offers for a key (lower case), empty when it has none. */
export function headerValues(key: string): readonly string[] {
  return BY_KEY.get(key)?.values ?? [];
}

/** The only values a key allows, or null when it allows any value (or is not a key). */
export function closedHeaderValues(key: string): readonly string[] | null {
  const row = BY_KEY.get(key);
  return row?.closed && row.values ? row.values : null;
}
