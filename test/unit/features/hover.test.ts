/**
 * Core hover with cursor-marker fixtures: people, ratings, item headings,
 * rule documentation, and where nothing applies.
 */
import * as assert from 'node:assert/strict';
import { hoverAt } from '../../../server/src/core/features/hover';
import { ruleDocsUrl } from '../../../server/src/core/rule-docs';
import type { MinutesConfig } from '../../../server/src/core/index';
import { analyzeAt, textOf } from '../../helpers/cursor';

const DOC = `
  ---
  committee: Cabinet
  date: 2021-09-07
  ---

  PEOPLE:
  @ross-shaw  Councillor Alex Ross-Shaw — Portfolio Holder
  @jabar      Councillor Imran Jabar
  @sdcs       Strategic Director of Children’s Services
  @mensah     Councillor Kwame Mensah

  PRESENT: @ross-shaw (Chair), @mensah (substitute for @jabar)
  APOLOGIES: @jabar
  IN ATTENDANCE: @sdcs

  DECLARATIONS:
  - @jabar (item 54): other registrable interest — governor of a local academy

  # 54. Improvement programme
  RISKS:
  | Risk | Description | Mitigation | Rating |
  |---|---|---|---|
  | Recruitment | Vacancies | Campaign | C3 |
  | Budget | Overspend | Controls | G9 |

  RESOLVED:
  1. That the report be noted.
  2. That @sdcs report back.

  VOTE: unanimous

  ACTION: @sdcs — Report back — due 2021-12-01
  ACTION: @sdcs — Tell the board — due 2021-10-01 — done
`;

function at(needle: string, shift = 0): string {
  const i = DOC.indexOf(needle);
  assert.ok(i >= 0, needle);
  return DOC.slice(0, i + shift) + '$0' + DOC.slice(i + shift);
}

function hover(marked: string, config?: Partial<MinutesConfig>): { contents: string; covered: string } | null {
  const { analysis, offset } = analyzeAt(marked, config);
  const h = hoverAt(analysis, offset);
  return h && { contents: h.contents, covered: textOf(analysis, h.span) };
}

describe('features/hover', () => {
  it('shows a person’s name, role and attendance note', () => {
    const h = hover(at('@ross-shaw (Chair)', 4))!;
    assert.equal(h.covered, '@ross-shaw');
    assert.equal(h.contents, '**Councillor Alex Ross-Shaw** `@ross-shaw`\n\nPortfolio Holder\n\nAttendance: present (Chair)');
  });

  it('lists apologies and a declared interest', () => {
    const h = hover(at('@jabar (item 54)', 1))!;
    assert.match(h.contents, /Attendance: sent apologies/);
    assert.match(h.contents, /Declared an interest in item 54: other registrable interest — governor of a local academy/);
  });

  it('says "not recorded" for a person in no attendance list, and names officers in attendance', () => {
    assert.match(hover(at('@sdcs report back', 2))!.contents, /Attendance: in attendance \(not voting\)/);
    const unlisted = hover(DOC.replace('@mensah     Councillor Kwame Mensah', '@mensah     Councillor Kwame Mensah\n  @ex$0tra  Extra Person'))!;
    assert.match(unlisted.contents, /Attendance: not recorded/);
    const undeclared = hover(DOC.replace('IN ATTENDANCE: @sdcs', 'IN ATTENDANCE: @sdcs, @nob$0ody'))!;
    assert.match(undeclared.contents, /^`@nobody` is not declared in PEOPLE\./);
  });

  it('hovers on the declaration in PEOPLE too', () => {
    assert.match(hover(at('@mensah     Councillor', 2))!.contents, /present \(substitute for @jabar\)/);
  });

  it('explains a rating under the default matrix, with its default band', () => {
    const h = hover(at('C3 |', 1))!;
    assert.equal(h.covered, 'C3');
    assert.match(h.contents, /\*\*Risk rating C3\*\* \(matrix A-F x 1-4\)/);
    assert.match(h.contents, /Likelihood C: step 3 of 6/);
    assert.match(h.contents, /Impact 3: step 3 of 4/);
    assert.match(h.contents, /Score 9, band \*\*Medium\*\*/);
  });

  it('uses the configured step names and bands', () => {
    const risk = { likelihood: { C: 'Possible' }, impact: { '3': 'Serious' }, bands: [{ name: 'Amber', ratings: ['C3'] }] };
    const h = hover(at('C3 |', 1), { risk })!;
    assert.match(h.contents, /Likelihood C: Possible \(step 3 of 6\)/);
    assert.match(h.contents, /Impact 3: Serious \(step 3 of 4\)/);
    assert.match(h.contents, /band \*\*Amber\*\*/);
  });

  it('names the matrix for a rating it does not allow, with the rule’s documentation', () => {
    const h = hover(at('G9 |', 1))!;
    assert.match(h.contents, /^`G9` is not a rating under the \*\*A-F x 1-4\*\* matrix\./);
    assert.ok(h.contents.includes(`[Documentation of risk-rating](${ruleDocsUrl('risk-rating')})`), h.contents);
  });

  it('counts an item’s resolutions, votes and actions on its heading', () => {
    const h = hover(at('# 54.', 3))!;
    assert.equal(h.covered, '# 54. Improvement programme');
    assert.equal(h.contents, '**Item 54 Improvement programme**\n\n2 resolutions · 1 vote · 2 actions (1 open)\n\nResolutions: 54(1), 54(2)');
  });

  it('adds the totals with the sub-items on the heading of an item that has them', () => {
    const doc = '---\ncommittee: Board\ndate: 2024-07-02\n---\n\n# 5. Fina$0nce\n## 5.1 Budget\nRESOLVED:\n1. That the budget be approved.\n2. That the forecast be noted.\n\nVOTE: for 4, against 0, abstain 1 — carried\n\nACTION: Finance Officer — File the return — due 2024-07-30\n## 5.2 Reserves\nRESOLVED: That the policy be adopted.\n\nACTION: Clerk — Publish the policy — done\n';
    const h = hover(doc)!;
    assert.equal(h.contents, '**Item 5 Finance**\n\n0 resolutions · 0 votes · 0 actions · 2 sub-items\n\nWith its sub-items: 3 resolutions · 1 vote · 2 actions (1 open)');
  });

  it('gives a rule’s description and link on its diagnostic', () => {
    const h = hover(DOC.replace('date: 2021-09-07', 'date: 2021-09-3$01'))!;
    assert.equal(h.covered, '2021-09-31');
    assert.match(h.contents, /^\*\*header-invalid\*\* — /);
    assert.ok(h.contents.endsWith(`[Documentation of header-invalid](${ruleDocsUrl('header-invalid')})`));
  });

  it('explains a block keyword and a header key', () => {
    const keyword = hover(at('RESOLVED:', 3))!;
    assert.equal(keyword.covered, 'RESOLVED:');
    assert.match(keyword.contents, /^\*\*RESOLVED:\*\* The decision: one paragraph, or a numbered or lettered list/);
    const legacy = hover(DOC.replace('RESOLVED:\n', 'Resol$0ved -\n'))!;
    assert.match(legacy.contents, /^\*\*RESOLVED:\*\* The decision/);
    assert.match(legacy.contents, /\*\*keyword-form\*\*/, 'and the legacy spelling’s rule');
    const key = hover(at('committee: Cabinet', 2))!;
    assert.equal(key.covered, 'committee');
    assert.match(key.contents, /^\*\*committee:\*\* The committee that met \(required\)\./);
  });

  it('answers null on plain text', () => {
    assert.equal(hover(at('That the report', 5)), null);
  });
});
