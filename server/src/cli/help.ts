/**
 * The text of `minutes --help`, `minutes lint --help` and
 * `minutes export --help`. The README's CLI section says the same at length.
 */
import { RULES } from '../core/index';

export { registerHelp } from './register-help';

export function mainHelp(version: string): string {
  return `minutes ${version}: lint and export council minutes written in the Minutes language

Usage:
  minutes lint [paths, folders or "globs"...] [options]   check .minutes files
  minutes export FILE --to html|md|json|docx|pdf [-o OUT]  publish one file
  minutes import FILE... [-o OUT | --out-dir DIR]          turn old minutes into .minutes
  minutes actions|decisions|attendance [paths] [-f FORMAT] a committee's registers
  minutes new --after FILE [--date D] [-o OUT]             start the next meeting's minutes

  minutes lint --help      every lint option
  minutes export --help    every export option
  minutes import --help    every import option
  minutes actions --help   the register commands' options (decisions, attendance too)
  minutes new --help       the options of minutes new
  minutes --version        the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 a usage,
configuration or file problem.
`;
}

export function lintHelp(): string {
  return `Usage: minutes lint [paths, folders or "globs"...] [options]

Folders are searched for *.minutes files (skipping node_modules and dot
folders); quote globs ("minutes/**/*.minutes") and exclude with "!drafts/**".
With no paths, the current folder is linted. Files matched by .minutesignore
(gitignore syntax) are skipped.

Input:
  -                           read standard input (same as --stdin)
  --stdin                     read standard input
  --stdin-filename NAME       the name to report and to find the config from
  --ignore-path FILE          use FILE instead of .minutesignore
  --no-ignore                 lint ignored files too
  --series PATH               read PATH (a file or folder) as more meetings of the
                              series, for the cross-file rules; not reported
                              (repeatable)

Configuration:
  -c, --config FILE           use FILE instead of the nearest .minutesrc.json
  --rule ID=SEVERITY          set a rule to off, info, warning or error (repeatable)
  --print-config FILE         print the configuration that applies to FILE and exit

Output:
  -f, --format FORMAT         stylish (default), json, sarif or github
  -o, --output FILE           write the report to FILE instead of standard output
  -q, --quiet                 report errors only
  --max-warnings N            exit 1 when there are more than N warnings

Fixing:
  --fix                       apply safe fixes in place and report what is left
  --fix-dry-run               print the fixes as a unified diff; change nothing

Speed:
  --cache                     skip the files unchanged since the last run with --cache
  --cache-location FILE       keep the cache in FILE (or a folder) instead of .minutescache

  -h, --help                  this help

Exit codes: 0 no errors (warnings allowed), 1 errors or more warnings than
--max-warnings, 2 a usage, configuration or file problem.

Rules:
${wrap(RULES.map((r) => r.id).join(', '), 76, '  ')}
`;
}

export function exportHelp(): string {
  return `Usage: minutes export FILE --to html|md|json|docx|pdf [options]

  -t, --to FORMAT             html, md, json, docx or pdf
  -o, --output FILE           where to write; required for docx and pdf
                              (html, md and json go to standard output without it)
  --include-exempt            include exempt (EXEMPT:) items in full; by default
                              they are withheld, keeping number and title
  --chromium PATH             the Chromium or Chrome used for PDF (else
                              MINUTES_CHROMIUM, CHROME_PATH, or chromium on the PATH)
  -c, --config FILE           use FILE instead of the nearest .minutesrc.json
  -h, --help                  this help

The source file is never overwritten. Exit codes: 0 written, 2 a usage,
configuration or file problem.
`;
}

export function importHelp(): string {
  return `Usage: minutes import FILE... [options]

Turns minutes written before the language (a ModernGov web page, a Word
document, a text copy, text from a PDF made with pdftotext -layout) into a
.minutes file for a clerk to check. The kind of input is told from its
content. Every word of the minutes is kept in order; page furniture is
dropped and listed in the report; every guess has a "// import:" comment.

  -o, --output FILE           write the one FILE's result here (without it,
                              the result goes to standard output)
  --out-dir DIR               write each FILE's result to DIR/NAME.minutes
  --from text|html|docx       the kind of input, when it should not be told
  --committee NAME            the header's committee (over the source's)
  --date YYYY-MM-DD           the header's date (over the source's)
  --authority NAME            the header's authority
  --report FILE               write what was recognised, guessed, dropped and
                              rewritten, with source lines, as JSON
  -h, --help                  this help

An existing file is never overwritten. Exit codes: 0 imported, 2 a usage or
file problem, or input that is not minutes (nothing is written then).
`;
}

/** Wraps words to lines of at most `width` characters, each indented. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}
