/**
 * Joining wrapped lines into one text. `lines.map((l) => l.text).join(' ')`
 * made an array and copied every character of every paragraph (two bytes
 * each, as minutes hold dashes and curly quotes) once per analysis; appending
 * makes V8 rope strings over the line texts, which already share the source,
 * and a one-line paragraph (the usual narrative shape) is its line's text.
 * The few readers that scan the result flatten it once.
 */
export function joinLines(lines: readonly { readonly text: string }[]): string {
  if (!lines.length) return '';
  let out = lines[0].text;
  for (let i = 1; i < lines.length; i++) out = out + ' ' + lines[i].text;
  return out;
}
