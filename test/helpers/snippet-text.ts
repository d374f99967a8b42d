/**
 * A snippet's text as the editor first inserts it, for tests that parse what
 * a snippet writes: each `${n:default}` becomes its default, each
 * `${n|first,second|}` its first choice, each bare `$n` or `${n}` (a mirror or
 * the final cursor) its tab stop's value when one was given, else nothing, and
 * VS Code's variables (`$CURRENT_YEAR`, ...) are read for a fixed day and time.
 * Nested placeholders are not supported (the project's snippets have none).
 */
const VARIABLES: Readonly<Record<string, string>> = {
  CURRENT_YEAR: '2025',
  CURRENT_MONTH: '02',
  CURRENT_DATE: '20',
  CURRENT_HOUR: '21',
  CURRENT_MINUTE: '47',
};

export function expandSnippet(snippet: string): string {
  const values = new Map<string, string>();
  const withVariables = snippet.replace(/\$([A-Z_]+)/g, (m, name: string) => VARIABLES[name] ?? m);
  const first = withVariables
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, choices: string) => remember(values, n, choices.split(',')[0]))
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => remember(values, n, value));
  return first.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string | undefined, b: string | undefined) => values.get(a ?? b ?? '') ?? '');
}

function remember(values: Map<string, string>, n: string, value: string): string {
  if (!values.has(n)) values.set(n, value);
  return value;
}
