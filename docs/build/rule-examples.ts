/**
 * Running the core on a rule's fixtures for its documentation page: the
 * configuration a fixture is linted with, the series its cross-file fixtures
 * belong to, the rule's findings with their positions and other quick fixes,
 * the text its fix leaves and the edits it makes in other files, and the
 * line diff the page prints. rule-pages.ts turns these into Markdown.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyFileEdits, applyFixes, checkSeries, RULE_IDS, seriesViewOf, validateConfig, type Analysis, type MinutesConfig, type MinutesDiagnostic } from '../../server/src/core/index';
import { buildSeries, summarize } from '../../server/src/core/series/index';
import { codeActionsFor } from '../../server/src/core/features/index';

/** The rules' fixture folders, from the repository root. */
export const FIXTURES = 'test/fixtures/rules';
/** The day the examples are linted on, as test/unit/rules/rule-fixtures.test.ts fixes it. */
export const TODAY = '2021-12-01';

/** The configuration a fixture is linted with: its folder's `.minutesrc.json` over a fixed `today`. */
export function fixtureConfig(root: string, id: string): { config: Partial<MinutesConfig>; rc: string | null } {
  const file = path.join(root, FIXTURES, id, '.minutesrc.json');
  if (!fs.existsSync(file)) return { config: { today: TODAY }, rc: null };
  const rc = fs.readFileSync(file, 'utf8');
  const { config, problems } = validateConfig(JSON.parse(rc), RULE_IDS);
  if (problems.length) throw new Error(`${FIXTURES}/${id}/.minutesrc.json: ${problems.join('; ')}`);
  return { config: { today: TODAY, ...config }, rc };
}

export interface RuleFindings {
  readonly diagnostics: MinutesDiagnostic[];
  /** `line:column`, 1-based, as the CLI prints it. */
  where(d: MinutesDiagnostic): string;
  /** The editor's other quick fixes for the rule's problems (not its own fix, not "Disable …"). */
  otherQuickFixes(): string[];
}

/**
 * A cross-file rule's fixtures are linted with the other meetings of their
 * series, the `.minutes` files of the fixture folder's `series/` (by their
 * path from the folder); null for the other rules.
 */
export type SeriesFiles = readonly { readonly file: string; readonly text: string }[] | null;

export function seriesFiles(root: string, id: string): SeriesFiles {
  const dir = path.join(root, FIXTURES, id, 'series');
  if (!fs.existsSync(dir)) return null;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.minutes'))
    .sort()
    .map((f) => ({ file: `series/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** A fixture's analysis, with the findings of the cross-file rules when the fixture has a series. */
function analyseFixture(text: string, name: string, config: Partial<MinutesConfig>, series: SeriesFiles): Analysis {
  const a = analyze(text, config);
  if (!series) return a;
  const set = buildSeries([summarize(a, name), ...series.map((s) => summarize(analyze(s.text, config), s.file))]);
  const view = seriesViewOf(set, name);
  return view ? checkSeries(a, view) : a;
}

export function ruleDiagnostics(text: string, id: string, config: Partial<MinutesConfig>, series: SeriesFiles = null, name = 'bad.minutes'): RuleFindings {
  const a = analyseFixture(text, name, config, series);
  const diagnostics = a.diagnostics.filter((d) => d.ruleId === id);
  return {
    diagnostics,
    where(d) {
      const p = a.lines.positionAt(d.start);
      return `${p.line + 1}:${p.character + 1}`;
    },
    otherQuickFixes() {
      const titles = diagnostics.flatMap((d) =>
        codeActionsFor(a, { start: d.start, end: d.end }, ['quickfix'])
          .filter((c) => c.diagnostics.includes(d) && c.title !== d.fix?.title && !c.title.startsWith('Disable '))
          .map((c) => c.title),
      );
      return [...new Set(titles)];
    },
  };
}

/** The text after `--fix` has applied this rule's fixes until none is left (as the CLI repeats them). */
export function fixedText(text: string, id: string, config: Partial<MinutesConfig>, series: SeriesFiles): string {
  let current = text;
  for (let round = 0; round < 10; round++) {
    const result = applyFixes(current, ruleDiagnostics(current, id, config, series).diagnostics);
    if (!result.applied.length) break;
    current = result.text;
  }
  return current;
}

/** For each other file a fix edits: its name and the change, as Markdown lines. */
export function fileEditDiffs(diagnostics: readonly MinutesDiagnostic[], series: SeriesFiles): string[] {
  const out: string[] = [];
  for (const s of series ?? []) {
    const edits = diagnostics.flatMap((d) => (d.fix?.fileEdits ?? []).filter((e) => e.file === s.file));
    if (!edits.length) continue;
    const after = applyFileEdits(s.text, edits);
    if (after === null || after === s.text) continue;
    out.push(`\`${s.file}\`:`, '', fenced(lineDiff(s.text, after), 'diff'), '');
  }
  return out;
}

/** A unified diff of two texts by lines, without context lines: each hunk is one run of changes. */
export function lineDiff(before: string, after: string): string {
  const a = before.replace(/\n$/, '').split('\n');
  const b = after.replace(/\n$/, '').split('\n');
  // Longest common subsequence, from the end, so the walk below goes forward.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const [i0, j0] = [i, j];
    const removed: string[] = [];
    const added: string[] = [];
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i] === b[j])) {
      if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) removed.push(a[i++]);
      else added.push(b[j++]);
    }
    const range = (start: number, n: number): string => (n === 1 ? `${start + 1}` : `${n === 0 ? start : start + 1},${n}`);
    out.push(`@@ -${range(i0, removed.length)} +${range(j0, added.length)} @@`, ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`));
  }
  return out.join('\n');
}

/** A fence longer than any run of backticks in the text. */
export function fenced(text: string, info: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text.replace(/\n$/, '')}\n${fence}`;
}
