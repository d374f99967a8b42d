import * as assert from 'node:assert/strict';
import { expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const head = '---\ncommittee: Planning Committee\ndate: 2021-11-16\n---\n\n';

describe('person-duplicate', () => {
  it('reports the second declaration, pointing at the first', () => {
    const text = `${head}PEOPLE:\n@patel  Jo Patel — Democratic Services\n@chen   Laura Chen\n[[@patel]]  Councillor Raj Patel\n`;
    const [d] = expectMarked(text, 'person-duplicate', [/@patel is already declared in PEOPLE/]);
    assert.equal(d.related?.length, 1);
    assert.equal(d.related![0].span.start, text.indexOf('@patel'));
  });

  it('reports every repeat, across separate PEOPLE blocks', () => {
    expectMarked(`${head}PEOPLE:\n@chen  Laura Chen\n\nPEOPLE:\n[[@chen]]  Laura Chen\n[[@chen]]  L. Chen\n`, 'person-duplicate');
  });

  it('does not count uses of a handle as declarations', () => {
    expectClean(`${head}PEOPLE:\n@chen  Laura Chen\n\nIN ATTENDANCE: @chen\n\n# 1. Report\n@chen presented it.\n`, 'person-duplicate');
  });

  it('accepts handles that differ only by a suffix', () => {
    expectClean(`${head}PEOPLE:\n@patel   Jo Patel\n@patel-r Councillor Raj Patel\n`, 'person-duplicate');
  });
});
