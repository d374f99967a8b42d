/**
 * The fuzzing properties and their inputs, shared by the short property test
 * in `npm test` (test/robustness/analyze-properties.test.ts) and the long run
 * of `npm run fuzz` (test/fuzz/run.ts).
 *
 * Inputs: random strings (any UTF-16 code units, lone surrogates included),
 * random bytes decoded as UTF-8 and as Latin-1, line soup built from the
 * language's own pieces (v2's motions, recorded votes, attendance changes,
 * reasons, alternatives and close among them), and mutations of every
 * fixture document, test/fixtures/v2 included (lines
 * deleted, duplicated and swapped, the file cut short, keywords inserted at
 * random, line endings mixed).
 *
 * The property: the core takes any text without throwing, and every offset
 * it hands out (tree spans, diagnostics and their fixes, references,
 * outline, semantic tokens, folding, links, selection ranges, completion
 * and hover ranges) lies inside the document, 0 <= start <= end <= length;
 * the renderers, the formatter and applyFixes take the result without
 * throwing too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, applyFixes, renderHtml, renderJson, renderMarkdown, type Analysis } from '../../server/src/core/index';
import { codeActionsFor } from '../../server/src/core/features/code-actions';
import { completionsAt } from '../../server/src/core/features/completion';
import { documentLinks } from '../../server/src/core/features/document-links';
import { documentSymbols, type OutlineSymbol } from '../../server/src/core/features/document-symbols';
import { foldingRanges } from '../../server/src/core/features/folding';
import { formatText } from '../../server/src/core/features/format';
import { hoverAt } from '../../server/src/core/features/hover';
import { selectionRangeAt } from '../../server/src/core/features/selection-ranges';
import { semanticTokens } from '../../server/src/core/features/semantic-tokens';
import { exportModel } from '../../server/src/core/export/withhold';
import { ROOT } from '../helpers/root';


/** Every `.minutes` file of the fixtures and examples: the seeds the mutations start from. */
export function fixtureTexts(): string[] {
  const under = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? under(path.join(dir, d.name)) : d.name.endsWith('.minutes') ? [path.join(dir, d.name)] : []))
      : [];
  const files = [...under(path.join(ROOT, 'test/fixtures')), ...under(path.join(ROOT, 'examples'))].sort();
  return files.map((f) => fs.readFileSync(f, 'utf8'));
}

/** Pieces of the language that mutations insert and the line soup is made of. */
export const PIECES: readonly string[] = [
  '---', 'committee: ', 'date: 2021-06-08', 'date: 2021-02-30', 'time: 18:00-17:00', 'status: approved', 'quorum: 3', 'risk-matrix: 1-5 x 1-5', 'type: report',
  'PEOPLE:', 'PRESENT:', 'APOLOGIES:', 'ABSENT:', 'IN ATTENDANCE:', 'DECLARATIONS:', 'DECLARATIONS: none', 'REPORT:', 'CONTACT:', 'EXEMPT: 3', 'EXEMPT:',
  'URGENT:', 'DOCUMENTS:', 'RECOMMENDED:', 'MINUTES:', 'RESOLVED:', 'NOTED:', 'VOTE:', 'VOTE: for 3, against 2 — carried', 'VOTE: unanimous', 'ACTION:', 'RISKS:',
  'Resolved -', 'RESOLVED –', 'It was unanimously RESOLVED that', 'It was resolved that:', 'Recommended -', 'Minutes:',
  '# ', '## ', '#', '# 1.', '## 5.1', '# 78/21(a)', '- ', '* ', '• ', '1. ', '1) ', '(a) ', 'a) ', '(i) ', '3.1. ', '   ', '\t',
  '| ', ' | ', '|---|---|', '| Risk | Rating |', '| B2 |', '\\|', '|',
  '@alam', '@', '@a-b', 'jo@x.org', ' — ', ' – ', ' -- ', 'due 2021-10-14', 'due 2021-13-45', 'done', 'open', 'in progress',
  '// ', '// minutes-disable-next-line person-unknown', '// minutes-disable', '// minutes-enable', '\\', '\\RESOLVED:',
  '**', '*', '[x](https://e.org)', '<https://e.org>', '[a](', '(', ')', '[', ']', '<', '>', '&', '"', "'",
  'commitee: X', 'status: Draft', 'due 14 October 2021', 'due 3rd Feb. 2022', 'CONTACT: jo@x.org.', 'CONTACT: 01274 432904, ext. 12',
  '\uFEFF', '\u00A0', '\u2028', '\u0000', '\uD800', '\uDC00', '😀', 'é', '\r', '\r\n', '\n', '\n\n', ' ', ':', ',', '.', '0', '1', '2021',
  // v2: motions and amendments, recorded votes, attendance changes, executive decisions, the close, A1. numbers, a./i. lists, initials in names.
  'MOTION:', 'MOTION: moved by @alam, seconded by Cllr B', 'MOTION: moved by @alam — withdrawn', 'AMENDMENT:', 'AMENDMENT: seconded by @alam', 'moved by ', ', seconded by ', ' — withdrawn',
  'VOTE: recorded — carried', 'VOTE: for 2, against 1 — lost', '  FOR: @alam, Cllr B', '  AGAINST: ', '  ABSTAIN: @alam', 'FOR:', 'In favour:', 'Abstentions:', '    ',
  'ARRIVED: @alam (7.10 pm)', 'LEFT: @alam', 'LEFT: Collins (B) (having declared an interest)', 'RETURNED: @alam', 'ARRIVED:',
  'REASONS:', 'ALTERNATIVES:', 'ALTERNATIVES: none', 'CLOSED: 16:25', 'CLOSED: 25:00', 'CLOSED:', 'executive: yes', 'executive: no', 'contact: @alam, 01274 432904', 'time: 18:00-16:00',
  'It was moved by Councillor A, seconded by Councillor B and RESOLVED that', 'RESOLVED THAT:', 'And Resolved:', 'Unanimously resolved:',
  '# A1.', '## B12.', 'A1 ', 'a. ', 'i. ', 'h. ', 'ii. ', '(B)', 'Collins (J)', ' – Kingston',
];

const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join(''));

/** Lines made of the language's pieces, joined with mixed line breaks. */
export const lineSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '')), { maxLength: 40 })
  .map((ls) => ls.map(([l, eol]) => l + eol).join(''));

/** Any UTF-16 code units, lone surrogates and controls included. */
export const codeUnits: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(10, 13, 32, 35, 45, 64, 124, 0xfeff, 0xd83d, 0xde00)), { maxLength: 300 })
  .map((cs) => String.fromCharCode(...cs));

/** Random bytes read as a file would be: UTF-8 (invalid sequences become U+FFFD) or Latin-1. */
export const decodedBytes: fc.Arbitrary<string> = fc
  .tuple(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('utf-8', 'latin1', 'utf-16le'))
  .map(([bytes, enc]) => new TextDecoder(enc).decode(bytes));

/**
 * Whole v2 proceedings, built the way a clerk writes them: items
 * numbered `1.` or `A1.`, with motions and amendments (mover, seconder,
 * withdrawn, any of them left out), counted and recorded votes whose name
 * lines are indented or not, arrivals and departures of members present or
 * not, REASONS and ALTERNATIVES under `executive: yes`, lettered and roman
 * lists, legacy moved/seconded prose, interests declared in items whose
 * recorded votes may name the member, and a CLOSED time right or wrong.
 * The soup above seldom lines these up, and the rules that pair a vote with
 * its motion or a voter with those present only run when they are.
 */
const member = fc.constantFrom('@alam', '@jo', 'Cllr B', 'Collins (B)', 'Collins (J)', '@nobody', '');
const memberList = fc.array(member, { maxLength: 4 }).map((ms) => ms.join(', '));
const headLine = fc
  .tuple(fc.constantFrom('MOTION:', 'AMENDMENT:'), fc.option(member), fc.option(member), fc.boolean(), fc.constantFrom('', ' by'))
  .map(([k, m, sec, w, by]) => `${k}${m !== null ? ` moved${by} ${m}` : ''}${sec !== null ? `${m !== null ? ',' : ''} seconded${by} ${sec}` : ''}${w ? ' — withdrawn' : ''}`);
const voteBlock = fc
  .tuple(
    fc.constantFrom('VOTE: recorded — carried', 'VOTE: recorded — lost', 'VOTE: for 2, against 1 — carried', 'VOTE: for 1, against 3, abstain 1 — lost', 'VOTE: unanimous', 'VOTE:'),
    fc.array(fc.tuple(fc.constantFrom('  ', '', '\t', '    '), fc.constantFrom('FOR', 'AGAINST', 'ABSTAIN', 'In favour', 'Abstentions', 'for'), memberList), { maxLength: 4 }),
  )
  .map(([v, rows]) => [v, ...rows.map(([indent, k, names]) => `${indent}${k}: ${names}`)].join('\n'));
const changeLine = fc
  .tuple(fc.constantFrom('ARRIVED', 'LEFT', 'RETURNED'), member, fc.option(fc.constantFrom('7.10 pm', 'having declared an interest', '')))
  .map(([k, m, note]) => `${k}: ${m}${note !== null ? ` (${note})` : ''}`);
const proceedingsBlock = fc.oneof(
  headLine.map((h) => `${h}\nThat the report be approved.`),
  voteBlock,
  changeLine,
  fc.constantFrom(
    'RESOLVED: That the report be approved.', 'REASONS:\nTo meet the duty.', 'ALTERNATIVES: none', 'ALTERNATIVES:\nTo do nothing: rejected.', 'NOTED: Noted.',
    'a. one\nb. two', 'i. one\nii. two', 'RESOLVED:\na. one\nb. two\nc. three\nd. four\ne. five\nf. six\ng. seven\nh. eight\ni. nine', 'Debate followed.',
    'It was moved by Collins (B), seconded by @alam and RESOLVED that the report be approved.', 'Unanimously resolved: That it be done.', 'RESOLVED THAT: it be done.',
  ),
);
const proceedingsItem = fc
  .tuple(fc.constantFrom('# 1.', '# A1.', '## A2.', '# 2', '## B1.', '# 3.', '# A1'), fc.array(fc.tuple(proceedingsBlock, fc.constantFrom('\n', '\n\n')), { maxLength: 8 }))
  .map(([heading, blocks]) => `${heading} Item\n${blocks.map(([b, sep]) => b + sep).join('')}`);
export const proceedings: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('time: 18:00-20:00\n', 'time: 18:00\n', ''),
    fc.constantFrom('executive: yes\n', 'executive: maybe\n', ''),
    fc.constantFrom('contact: @alam, 01274 432904\n', 'contact: @nobody\n', ''),
    fc.array(proceedingsItem, { maxLength: 5 }),
    fc.constantFrom('CLOSED: 19:30', 'CLOSED: 25:00', 'CLOSED: 17:00', 'CLOSED:', ''),
  )
  .map(
    ([time, executive, contact, items, closed]) =>
      `---\ncommittee: Council\ndate: 2025-02-20\nquorum: 2\n${time}${executive}${contact}---\n\nPEOPLE:\n@alam Irfan Alam — Democratic Services\n@jo Jo Patel — Public Governor – Kingston\n\n` +
      `PRESENT: @alam (Chair), Cllr B, Collins (B), Collins (J)\nAPOLOGIES: @jo\n\nDECLARATIONS:\n- Collins (B) (item A1): other registrable interest — a governor\n- @alam (item 2): none\n\n` +
      `${items.join('\n')}\n${closed}\n`,
  );

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'cut'; at: number }
  | { op: 'insert-line'; at: number; piece: string }
  | { op: 'insert-text'; at: number; piece: string }
  | { op: 'eol'; at: number; eol: string }
  | { op: 'indent'; at: number };

const index = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: index }),
  fc.record({ op: fc.constant('duplicate' as const), at: index }),
  fc.record({ op: fc.constant('swap' as const), at: index, with: index }),
  fc.record({ op: fc.constant('cut' as const), at: index }),
  fc.record({ op: fc.constant('insert-line' as const), at: index, piece: line }),
  fc.record({ op: fc.constant('insert-text' as const), at: index, piece: fc.constantFrom(...PIECES) }),
  fc.record({ op: fc.constant('eol' as const), at: index, eol: fc.constantFrom('\r\n', '\n', '\r', '\r\r\n', '') }),
  fc.record({ op: fc.constant('indent' as const), at: index }),
);

/** Applies one mutation to a text; positions are taken modulo the text's lines or length. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % Math.max(1, lines.length);
  switch (m.op) {
    case 'delete':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'swap': {
      const j = m.with % Math.max(1, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'cut':
      return text.slice(0, m.at % (text.length + 1));
    case 'insert-line':
      lines.splice(i, 0, m.piece);
      return lines.join('\n');
    case 'insert-text': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.piece + text.slice(at);
    }
    case 'eol':
      if (i < lines.length - 1) lines[i] = lines[i].replace(/\r$/, '') + m.eol.replace(/\n$/, '');
      return lines.join('\n');
    case 'indent':
      lines[i] = ' ' + (lines[i] ?? '');
      return lines.join('\n');
  }
}

/** A fixture document with up to 12 mutations applied in turn. */
export function mutatedFixtures(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 12 }))
    .map(([seed, ms]) => ms.reduce(mutate, seed));
}

/** Every kind of input, weighted towards the ones that look like minutes. */
export function anyInput(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: mutatedFixtures(seeds), weight: 4 },
    { arbitrary: lineSoup, weight: 3 },
    { arbitrary: proceedings, weight: 2 },
    { arbitrary: codeUnits, weight: 1 },
    { arbitrary: decodedBytes, weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  );
}

/** Fails with a message naming what is out of the document. */
function inside(what: string, start: number, end: number, length: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length))
    throw new Error(`${what} [${start}, ${end}) is not inside the document of length ${length}`);
}

/** Every `span` in the syntax tree. */
function treeSpans(node: unknown, length: number, where = 'ast'): void {
  if (Array.isArray(node)) return node.forEach((n, i) => treeSpans(n, length, `${where}[${i}]`));
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'span' && v && typeof v === 'object') inside(`${where}.span`, (v as { start: number }).start, (v as { end: number }).end, length);
    else if (typeof v === 'object') treeSpans(v, length, `${where}.${k}`);
  }
}

function symbolSpans(symbols: readonly OutlineSymbol[], length: number): void {
  for (const s of symbols) {
    inside(`symbol ${s.name}`, s.span.start, s.span.end, length);
    inside(`symbol ${s.name} selection`, s.selection.start, s.selection.end, length);
    if (s.selection.start < s.span.start || s.selection.end > s.span.end) throw new Error(`symbol ${s.name}: selection outside its span`);
    symbolSpans(s.children, length);
  }
}

/**
 * The property. Analyses `text`, checks every offset the core hands out, and
 * runs the renderers, the formatter, applyFixes and the cursor features (at
 * `probe`, an offset taken modulo the length) on the result.
 */
export function checkDocument(text: string, probe = 0): Analysis {
  const a = analyze(text);
  const n = text.length;
  treeSpans(a.ast, n);
  for (const p of a.syntaxProblems) inside('syntax problem', p.span.start, p.span.end, n);
  for (const d of a.diagnostics) {
    inside(`diagnostic ${d.ruleId}`, d.start, d.end, n);
    for (const e of d.fix?.edits ?? []) inside(`fix of ${d.ruleId}`, e.start, e.end, n);
    for (const r of d.related ?? []) inside(`related of ${d.ruleId}`, r.span.start, r.span.end, n);
    if (typeof d.message !== 'string' || !d.message) throw new Error(`diagnostic ${d.ruleId} without a message`);
  }
  for (const r of a.references) inside(`reference @${r.handle}`, r.span.start, r.span.end, n);
  symbolSpans(documentSymbols(a), n);
  for (const t of semanticTokens(a)) inside(`semantic token ${t.type}`, t.offset, t.offset + t.length, n);
  for (const l of documentLinks(a)) inside(`link ${l.target}`, l.start, l.end, n);
  for (const f of foldingRanges(a))
    if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < a.lines.lineCount)) throw new Error(`folding range ${f.startLine}-${f.endLine} of ${a.lines.lineCount} lines`);
  const at = n ? probe % (n + 1) : 0;
  for (let r: { start: number; end: number; parent?: unknown } | undefined = selectionRangeAt(a, at); r; r = r.parent as typeof r) inside('selection range', r.start, r.end, n);
  for (const c of completionsAt(a, at)) if (c.replace) inside(`completion ${c.label}`, c.replace.start, c.replace.end, n);
  const hover = hoverAt(a, at);
  if (hover) inside('hover', hover.span.start, hover.span.end, n);
  for (const action of codeActionsFor(a, { start: at, end: at })) for (const e of action.edits) inside(`code action ${action.title}`, e.start, e.end, n);
  renderHtml(a.model, { standalone: true, config: a.config });
  renderHtml(a.model, { config: a.config, diagnostics: a.diagnostics.map((d) => ({ line: a.lines.positionAt(d.start).line, severity: d.severity, message: d.message })) });
  renderMarkdown(exportModel(a.model, false), a.config);
  JSON.parse(renderJson(exportModel(a.model, true)));
  formatText(a);
  applyFixes(text, a.diagnostics);
  return a;
}

/** The property over `anyInput`, with a probe offset for the cursor features. */
export function documentProperty(seeds: readonly string[]): fc.IPropertyWithHooks<[string, number]> {
  return fc.property(anyInput(seeds), fc.nat(), (text, probe) => {
    checkDocument(text, probe);
  });
}

/** The bounds check on its own, so that a test can show that it fails. */
export const insideForTest = inside;
