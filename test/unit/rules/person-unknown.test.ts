import * as assert from 'node:assert/strict';
import { expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const head = '---\ncommittee: Planning Committee\ndate: 2021-11-16\n---\n\nPEOPLE:\n@okafor  Councillor Grace Okafor — Chair\n@chen    Laura Chen — Principal Planning Officer\n\n';

describe('person-unknown', () => {
  it('reports an undeclared handle in text, with the handle as data for the code action', () => {
    const [d] = expectMarked(`${head}# 1. Apologies\n[[@bains]] sent apologies.\n`, 'person-unknown', [/@bains is not declared in PEOPLE/]);
    assert.deepEqual(d.data, { handle: 'bains' });
  });

  it('suggests a declared handle one or two letters away', () => {
    expectMarked(`${head}PRESENT: @okafor, [[@okafer]]\n`, 'person-unknown', [/Did you mean @okafor\?/]);
  });

  it('makes no suggestion when nothing is close', () => {
    const [d] = expectMarked(`${head}PRESENT: [[@zz]]\n`, 'person-unknown');
    assert.doesNotMatch(d.message, /Did you mean/);
  });

  it('finds handles on the wrapped lines of an attendance list and in its notes', () => {
    expectMarked(`${head}PRESENT: @okafor,\n  [[@costa]] (substitute for [[@jennings]])\n`, 'person-unknown', [/@costa/, /@jennings/]);
  });

  it('reports the exact handle on a wrapped CONTACT line', () => {
    expectMarked(`${head}# 1. Report\nCONTACT: @chen,\n  [[@hpr]], 01632 960 400\n\nNOTED: Noted.\n`, 'person-unknown', [/@hpr/]);
  });

  it('finds handles in ACTION owners, declarations and headings', () => {
    expectMarked(
      `${head}DECLARATIONS:\n- [[@greaves]] (item 1): owns a house nearby\n\n# 1. Report by [[@hpr]]\nACTION: [[@nair]] — Complete the agreement\n`,
      'person-unknown',
    );
  });

  it('does not take an email address for a handle', () => {
    expectClean(`${head}# 1. Report\nCONTACT: @chen, laura.chen@westford.gov.uk\n`, 'person-unknown');
  });

  it('accepts every declared handle', () => {
    expectClean(`${head}PRESENT: @okafor (Chair)\nIN ATTENDANCE: @chen\n\n# 1. Report\n@chen presented the report.\n`, 'person-unknown');
  });
});
