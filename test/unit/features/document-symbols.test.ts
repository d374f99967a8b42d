/**
 * The core outline: names, details, nesting and spans, on inline fixtures
 * and on every fixture file (each symbol's selection inside its span, each
 * child inside its parent, no empty names).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentSymbols, type OutlineSymbol } from '../../../server/src/core/features/document-symbols';
import { matchesQuery, workspaceEntries } from '../../../server/src/core/features/workspace-symbols';
import { analyze } from '../../../server/src/core/index';
import { dedent } from '../../helpers/documents';
import { ROOT } from '../../helpers/root';

const DOC = dedent(`
  ---
  committee: Audit Board
  date: 2024-07-16
  authority: Eastmere Council
  ---

  PEOPLE:
  @okafor   Councillor Grace Okafor — Chair
  @chen     Laura Chen

  PRESENT: @okafor (Chair)
  APOLOGIES: @chen

  DECLARATIONS: none

  # 3. Internal audit
  ## 3.1 Annual report
  RESOLVED: That the report be noted.
  ## 3.2 Progress report
  RESOLVED:
  (a) That progress be noted.
  (b) That @chen report again.
  VOTE: for 5, against 1 — carried
  ACTION: @chen — Report again — due 2024-10-15 — in progress

  # 4(a) Audit findings
  EXEMPT: 3
  RISKS:
  | Risk | Description | Mitigation | Rating |
  |---|---|---|---|
  | Fraud | Loss of funds | Controls | B2 |
  | | continued across a page | | |
  | Cyber | | | |
`);

/** The outline as indented "kind name | detail" lines, for whole-tree comparisons. */
function outline(symbols: readonly OutlineSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` | ${s.detail}` : ''}`, ...outline(s.children, depth + 1)]);
}

function problems(text: string, symbols: readonly OutlineSymbol[], parent?: OutlineSymbol): string[] {
  return symbols.flatMap((s) => [
    ...(s.name.trim() ? [] : [`empty name at ${s.span.start}`]),
    ...(s.selection.start >= s.span.start && s.selection.end <= s.span.end ? [] : [`${s.name}: selection outside span`]),
    ...(!parent || (s.span.start >= parent.span.start && s.span.end <= parent.span.end) ? [] : [`${s.name}: outside ${parent.name}`]),
    ...(s.span.end <= text.length ? [] : [`${s.name}: past the end`]),
    ...problems(text, s.children, s),
  ]);
}

describe('features/document-symbols', () => {
  it('outlines the meeting like its agenda', () => {
    assert.deepEqual(outline(documentSymbols(analyze(DOC))), [
      'meeting Audit Board | 2024-07-16, Eastmere Council',
      '  item 3 Internal audit',
      '    item 3.1 Annual report',
      '      resolution 3.1(1) | That the report be noted.',
      '    item 3.2 Progress report',
      '      resolution 3.2(a) | That progress be noted.',
      '      resolution 3.2(b) | That @chen report again.',
      '      vote Vote: for 5, against 1 — carried | carried',
      '      action Action: Laura Chen — Report again | due 2024-10-15, in progress',
      '  item 4(a) Audit findings | exempt, paragraph 3',
      '    risk Fraud | rating B2',
      '    risk Cyber | no rating',
      '  roll People and attendance | 2 people, 1 present',
      '    people People | 2 declared',
      '      person @okafor | Councillor Grace Okafor — Chair',
      '      person @chen | Laura Chen',
      '    attendance Present | @okafor',
      '    attendance Apologies | @chen',
      '    declarations Declarations | none',
    ]);
  });

  it('puts motions and amendments under their item, each with its outcome and the votes on it', () => {
    const a = analyze(dedent(`
      ---
      committee: Council
      date: 2025-02-20
      ---

      PEOPLE:
      @deputy   Councillor Priya Chandran
      @leader   Councillor Neil Harcourt
      @opp      Councillor Fiona Lyle

      PRESENT: @deputy, @leader, @opp, Councillor Doyle, Councillor Evans
      ARRIVED: Councillor Quayle (7.20 pm)

      # 6. Budget

      MOTION: moved by @deputy, seconded by @leader
      That the Council approves the budget.

      AMENDMENT: moved by Councillor Evans — withdrawn
      That the increase be 1.99%.

      AMENDMENT: moved by @opp, seconded by Councillor Doyle
      That £180,000 be moved to the recycling centres.
      VOTE: recorded — lost
        FOR: @opp, Councillor Doyle
        AGAINST: @deputy, @leader, Councillor Evans

      VOTE: for 4, against 1 — carried

      RESOLVED: That the budget be approved.

      MOTION: moved by @opp
      That the debate be adjourned.
    `));
    const [meeting] = documentSymbols(a);
    assert.deepEqual(outline(meeting.children), [
      'item 6 Budget',
      '  motion Motion 1: That the Council approves the budget. | carried — moved by Councillor Priya Chandran, seconded by Councillor Neil Harcourt',
      '    amendment Amendment 1: That the increase be 1.99%. | withdrawn — moved by Councillor Evans',
      '    amendment Amendment 2: That £180,000 be moved to the recycling centres. | lost — moved by Councillor Fiona Lyle, seconded by Councillor Doyle',
      '      vote Vote: recorded — lost | lost',
      '    vote Vote: for 4, against 1 — carried | carried',
      '  resolution 6(1) | That the budget be approved.',
      '  motion Motion 2: That the debate be adjourned. | no vote recorded — moved by Councillor Fiona Lyle',
      'roll People and attendance | 3 people, 5 present',
      '  people People | 3 declared',
      '    person @deputy | Councillor Priya Chandran',
      '    person @leader | Councillor Neil Harcourt',
      '    person @opp | Councillor Fiona Lyle',
      '  attendance Present | @deputy, @leader, @opp, Councillor Doyle, Councillor Evans',
      '  change Arrived: Councillor Quayle (7.20 pm)',
    ]);
    assert.deepEqual(problems(a.text, documentSymbols(a)), []);
    const motion = meeting.children[0].children[0];
    assert.equal(a.text.slice(motion.selection.start, motion.selection.end), 'MOTION:');
    assert.match(a.text.slice(motion.span.start, motion.span.end), /^MOTION:[^]*VOTE: for 4, against 1 — carried$/);
  });

  it('spans a resolution over its list entry and a risk over its continuation rows', () => {
    const a = analyze(DOC);
    const [meeting] = documentSymbols(a);
    const item = meeting.children.find((s) => s.name === '3 Internal audit')!;
    const b = item.children[1].children[1];
    assert.equal(a.text.slice(b.span.start, b.span.end), '(b) That @chen report again.');
    const fraud = meeting.children.find((s) => s.name.startsWith('4(a)'))!.children[0];
    assert.equal(a.text.slice(fraud.span.start, fraud.span.end), '| Fraud | Loss of funds | Controls | B2 |\n| | continued across a page | | |');
    assert.equal(a.text.slice(fraud.selection.start, fraud.selection.end), '| Fraud | Loss of funds | Controls | B2 |');
  });

  it('names a document without a header "Minutes" and never leaves a name empty', () => {
    const a = analyze('# \n\nRESOLVED:\n- \n');
    const symbols = documentSymbols(a);
    assert.equal(symbols[0].name, 'Minutes');
    assert.deepEqual(problems(a.text, symbols), []);
  });

  const files = ['test/fixtures/seeds', 'test/fixtures/unseen', 'test/fixtures/v2', 'examples'].flatMap((d) =>
    fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.minutes')).map((f) => path.join(d, f)),
  );
  for (const file of files) {
    it(`keeps every span well nested in ${file}`, () => {
      const a = analyze(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      assert.deepEqual(problems(a.text, documentSymbols(a)), []);
    });
  }
});

describe('features/workspace-symbols', () => {
  it('lists items, resolutions, actions and people with their containers', () => {
    const entries = workspaceEntries(analyze(DOC)).map((e) => `${e.kind} ${e.name} < ${e.container}`);
    assert.deepEqual(entries, [
      'person @okafor Councillor Grace Okafor — Chair < Audit Board 2024-07-16',
      'person @chen Laura Chen < Audit Board 2024-07-16',
      'item 3 Internal audit < Audit Board 2024-07-16',
      'item 3.1 Annual report < 3 Internal audit',
      'resolution 3.1(1) That the report be noted. < 3.1 Annual report',
      'item 3.2 Progress report < 3 Internal audit',
      'resolution 3.2(a) That progress be noted. < 3.2 Progress report',
      'resolution 3.2(b) That @chen report again. < 3.2 Progress report',
      'action Action: Laura Chen — Report again < 3.2 Progress report',
      'item 4(a) Audit findings < Audit Board 2024-07-16',
    ]);
  });

  it('matches every word of the query, in any case', () => {
    assert.ok(matchesQuery('3.2(b) That @chen report again.', '3.2(b)'));
    assert.ok(matchesQuery('3 Internal audit', 'AUDIT internal'));
    assert.ok(matchesQuery('anything', ''));
    assert.ok(!matchesQuery('3 Internal audit', 'external'));
  });
});
