/**
 * Core code actions: each action's edits are applied and the result analysed
 * again, so a test shows the text a clerk gets and that the problem is gone
 * without a new one appearing.
 */
import * as assert from 'node:assert/strict';
import { codeActionsFor, fixAll, type CodeActionEntry } from '../../../server/src/core/features/code-actions';
import { analyze, type MinutesConfig } from '../../../server/src/core/index';
import { dedent } from '../../helpers/documents';
import { analyzeAt } from '../../helpers/cursor';
import { applyEdits } from '../../helpers/edits';

const CONFIG: Partial<MinutesConfig> = { today: '2021-06-08' };

const DOC = `
  ---
  committee: Executive
  date: 2021-06-08
  ---

  PEOPLE:
  @sdcs   Strategic Director
  @alam   Irfan Alam — Democratic Services

  IN ATTENDANCE: @sdcs, @alam

  # 1. Ofsted monitoring visit
  CONTACT: @alam, 01274 432904

  The @sdcs presented the report.

  RESOLVED: That the letter be noted.

  ACTION: @sdcs — Bring the plan back — due 2021-10-14
`;

/** The actions at the marked cursor, and a way to apply one by title. */
function actionsAt(marked: string, only?: string[]): { actions: CodeActionEntry[]; titles: string[]; apply(title: string): string } {
  const { analysis, offset, text } = analyzeAt(marked, CONFIG);
  const actions = codeActionsFor(analysis, { start: offset, end: offset }, only);
  return {
    actions,
    titles: actions.map((a) => a.title),
    apply(title) {
      const a = actions.find((x) => x.title === title);
      assert.ok(a, `no "${title}" among ${actions.map((x) => x.title).join(' | ')}`);
      return applyEdits(text, a.edits);
    },
  };
}

const ruleIds = (text: string): string[] => analyze(text, CONFIG).diagnostics.map((d) => d.ruleId);

describe('features/code-actions', () => {
  it('offers nothing where there is no problem and nothing to fix', () => {
    assert.deepEqual(actionsAt(DOC.replace('presented', 'pres$0ented')).actions, []);
  });

  it('offers the rule’s fix first, as the preferred action', () => {
    const r = actionsAt(DOC.replace('RESOLVED: That', 'Resolv$0ed - That'));
    assert.equal(r.actions[0].title, 'Write RESOLVED:');
    assert.equal(r.actions[0].preferred, true);
    assert.deepEqual(r.actions[0].diagnostics.map((d) => d.ruleId), ['keyword-form']);
    const fixed = r.apply('Write RESOLVED:');
    assert.ok(fixed.includes('\nRESOLVED: That the letter be noted.\n'));
    assert.deepEqual(ruleIds(fixed), []);
  });

  it('converts "It was unanimously resolved that" and keeps the vote', () => {
    const r = actionsAt(DOC.replace('RESOLVED: That the letter', 'It was unanimously res$0olved that the letter'));
    const fixed = r.apply(r.titles[0]);
    assert.match(fixed, /RESOLVED: that the letter be noted\.\nVOTE: unanimous\n/);
    assert.deepEqual(ruleIds(fixed), []);
  });

  it('declares an unknown handle after the last person in PEOPLE', () => {
    const r = actionsAt(DOC.replace('The @sdcs presented', 'The @ross-sh$0aw presented'));
    const fixed = r.apply('Declare @ross-shaw in PEOPLE');
    assert.ok(fixed.includes('@alam   Irfan Alam — Democratic Services\n@ross-shaw  Ross Shaw\n\nIN ATTENDANCE'), fixed);
    assert.deepEqual(ruleIds(fixed), []);
  });

  it('keeps CRLF line breaks when it inserts lines', () => {
    const crlf = dedent(DOC).replace(/\n/g, '\r\n').replace('The @sdcs presented', 'The @nob$0ody presented');
    const r = actionsAt(crlf);
    const declared = r.apply('Declare @nobody in PEOPLE');
    assert.ok(declared.includes('Democratic Services\r\n@nobody  Nobody\r\n'));
    assert.ok(!/[^\r]\n/.test(declared), 'no bare LF');
    const disabled = r.apply('Disable person-unknown for this line');
    assert.ok(disabled.includes('\r\n// minutes-disable-next-line person-unknown\r\nThe @nobody presented'));
    assert.deepEqual(ruleIds(disabled), []);
  });

  it('disables a rule for one line, above the line of the problem', () => {
    const r = actionsAt(DOC.replace('due 2021-10-14', 'due 2021-1$00-41'));
    const fixed = r.apply('Disable action-due for this line');
    assert.ok(fixed.includes('// minutes-disable-next-line action-due\nACTION: @sdcs'));
    assert.deepEqual(ruleIds(fixed), []);
  });

  it('disables a rule in the header without moving the header off the first line', () => {
    const r = actionsAt(DOC.replace('date: 2021-06-08', 'date: 2021-06-3$01'));
    const fixed = r.apply('Disable header-invalid for this line');
    assert.ok(fixed.startsWith('---\ncommittee: Executive\n// minutes-disable-next-line header-invalid\ndate: 2021-06-31\n---\n'));
    assert.deepEqual(ruleIds(fixed), []);
  });

  it('offers no disable comment on a header fence', () => {
    const r = actionsAt('---$0\ndate: 2021-06-08\n---\n\n# 1. A\n\nRESOLVED: That it be noted.\n');
    assert.deepEqual(r.actions.flatMap((a) => a.diagnostics.map((d) => d.ruleId)), [], 'header-missing, on the fence, gets no action');
    assert.deepEqual(analyzeAt('---$0\ndate: 2021-06-08\n---\n').analysis.diagnostics.map((d) => d.ruleId), ['header-missing']);
  });

  it('disables a rule around a wrapped attendance line with a disable/enable pair', () => {
    const r = actionsAt(DOC.replace('IN ATTENDANCE: @sdcs, @alam', 'IN ATTENDANCE: @sdcs,\n    @alam, @nob$0ody,\n    @sdcs'));
    const fixed = r.apply('Disable person-unknown for this line');
    assert.ok(fixed.includes('// minutes-disable person-unknown\nIN ATTENDANCE: @sdcs,\n  @alam, @nobody,\n  @sdcs\n// minutes-enable person-unknown\n'), fixed);
    assert.ok(!ruleIds(fixed).includes('person-unknown'));
    assert.ok(!ruleIds(fixed).includes('syntax-error'));
  });

  it('fixes all fixable problems in one action, leaving the rest', () => {
    const text = dedent(DOC)
      .replace('RESOLVED: That', 'Resolved - That')
      .replace('The @sdcs presented the report.', 'Recommended - That the letter be noted.\n\nThe @nobody presented the report.');
    const all = fixAll(analyze(text, CONFIG))!;
    assert.equal(all.kind, 'source.fixAll.minutes');
    assert.equal(all.title, 'Fix all auto-fixable problems (2)');
    const fixed = applyEdits(text, all.edits);
    assert.deepEqual(ruleIds(fixed), ['person-unknown']);
    assert.equal(fixAll(analyze(fixed, CONFIG)), null, 'nothing left to fix');
  });

  it('filters by the kinds asked for', () => {
    const marked = DOC.replace('RESOLVED: That', 'Resolv$0ed - That');
    assert.deepEqual(actionsAt(marked, ['quickfix']).actions.map((a) => a.kind), ['quickfix', 'quickfix']);
    assert.deepEqual(actionsAt(marked, ['source']).actions.map((a) => a.kind), ['source.fixAll.minutes']);
    assert.deepEqual(actionsAt(marked, ['source.fixAll']).actions.map((a) => a.kind), ['source.fixAll.minutes']);
    assert.deepEqual(actionsAt(marked, ['refactor']).actions, []);
    assert.deepEqual(actionsAt(marked).actions.map((a) => a.kind), ['quickfix', 'quickfix', 'source.fixAll.minutes']);
  });
});
