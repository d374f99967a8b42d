/**
 * The one test helper for validation rules: run a document through the
 * façade, keep the diagnostics of one rule, and compare them with what the
 * test expects. Every rule test goes through it, so a rule is always tested
 * the way the server and the CLI run it (registry, severities, disable
 * comments included).
 *
 * Inline fixtures: a source that starts with a newline is dedented
 * (test/helpers/documents.ts), so fixtures can sit indented in the test file.
 *
 * Positions in expectations are 1-based, as the CLI prints them.
 *
 * Span markers: in `expectMarked`, `[[` and `]]` around text mark the exact
 * span each diagnostic must cover; the markers are removed before analysis.
 */
import * as assert from 'node:assert/strict';
import { analyze, ruleById, type MinutesConfig, type MinutesDiagnostic } from '../../server/src/core/index';
import { dedent } from './documents';

/** What a test expects of one diagnostic; line and column are 1-based. */
export interface ExpectedDiagnostic {
  readonly line: number;
  readonly column?: number;
  readonly message?: RegExp;
}

/** The diagnostics of one rule for a source, in source order. Fails when the rule is not registered. */
export function diagnosticsOf(source: string, ruleId: string, config?: Partial<MinutesConfig>): MinutesDiagnostic[] {
  assert.ok(ruleById(ruleId), `rule "${ruleId}" is not in the registry`);
  return analyze(dedent(source), config).diagnostics.filter((d) => d.ruleId === ruleId);
}

/** Asserts that the rule reports exactly the expected diagnostics, in source order. */
export function expectDiagnostics(
  source: string,
  ruleId: string,
  expected: readonly ExpectedDiagnostic[],
  config?: Partial<MinutesConfig>,
): MinutesDiagnostic[] {
  const text = dedent(source);
  const found = diagnosticsOf(text, ruleId, config);
  const lines = analyze(text, config).lines;
  const shown = found.map((d) => describe(d, lines.positionAt(d.start)));
  assert.equal(found.length, expected.length, `expected ${expected.length} ${ruleId} diagnostic(s), got:\n${shown.join('\n') || '(none)'}`);
  found.forEach((d, i) => {
    const pos = lines.positionAt(d.start);
    const e = expected[i];
    assert.equal(pos.line + 1, e.line, `diagnostic ${i + 1} line; got ${shown[i]}`);
    if (e.column !== undefined) assert.equal(pos.character + 1, e.column, `diagnostic ${i + 1} column; got ${shown[i]}`);
    if (e.message) assert.match(d.message, e.message, `diagnostic ${i + 1} message`);
  });
  return found;
}

/** Asserts that the rule reports nothing. */
export function expectClean(source: string, ruleId: string, config?: Partial<MinutesConfig>): void {
  expectDiagnostics(source, ruleId, [], config);
}

/**
 * Asserts that the rule reports exactly one diagnostic per `[[...]]` span
 * marked in the source, covering exactly that span, with messages matching
 * `messages` in order when given.
 */
export function expectMarked(source: string, ruleId: string, messages?: readonly RegExp[], config?: Partial<MinutesConfig>): MinutesDiagnostic[] {
  const { text, spans } = readMarkers(dedent(source));
  const found = diagnosticsOf(text, ruleId, config);
  const lines = analyze(text, config).lines;
  const got = found.map((d) => `${describe(d, lines.positionAt(d.start))} covering "${text.slice(d.start, d.end)}"`);
  const want = spans.map((s) => `"${text.slice(s.start, s.end)}" at ${s.start}-${s.end}`);
  assert.deepEqual(
    found.map((d) => [d.start, d.end]),
    spans.map((s) => [s.start, s.end]),
    `${ruleId}: expected spans\n${want.join('\n') || '(none)'}\ngot\n${got.join('\n') || '(none)'}`,
  );
  messages?.forEach((m, i) => assert.match(found[i]?.message ?? '', m, `diagnostic ${i + 1} message`));
  return found;
}

/**
 * The source after applying the first fix of every diagnostic of the rule
 * (edits applied from the end, so offsets stay valid). Markers are not read.
 */
export function fixedText(source: string, ruleId: string, config?: Partial<MinutesConfig>): string {
  let text = dedent(source);
  const edits = diagnosticsOf(text, ruleId, config)
    .flatMap((d) => d.fix?.edits ?? [])
    .sort((a, b) => b.start - a.start);
  for (const e of edits) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

/** Strips `[[`/`]]` markers and returns the spans they enclosed, in offsets of the stripped text. */
export function readMarkers(marked: string): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i)) {
      assert.equal(open, -1, 'nested [[ in fixture');
      open = text.length;
      i++;
    } else if (marked.startsWith(']]', i) && open !== -1) {
      spans.push({ start: open, end: text.length });
      open = -1;
      i++;
    } else text += marked[i];
  }
  assert.equal(open, -1, 'unclosed [[ in fixture');
  return { text, spans };
}

function describe(d: MinutesDiagnostic, pos: { line: number; character: number }): string {
  return `${pos.line + 1}:${pos.character + 1} ${d.ruleId} ${d.message}`;
}
