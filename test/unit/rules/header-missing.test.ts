import { expectClean, expectDiagnostics, expectMarked } from '../../helpers/expect-diagnostics';

describe('header-missing', () => {
  it('reports a missing date at the opening fence', () => {
    expectMarked(
      `
      [[---]]
      committee: Executive
      ---
      `,
      'header-missing',
      [/no `date`.*date: 2021-06-08/],
    );
  });

  it('reports both keys when the header has neither', () => {
    expectDiagnostics(
      `
      ---
      authority: Trafford Council
      ---
      `,
      'header-missing',
      [
        { line: 1, column: 1, message: /`committee`/ },
        { line: 1, column: 1, message: /`date`/ },
      ],
    );
  });

  it('reports a file without a header once, on line 1', () => {
    expectMarked('[[# 1. Apologies]]\nNone.\n', 'header-missing', [/no header.*`committee`.*`date`/]);
  });

  it('reports an empty value at its key', () => {
    expectMarked(
      `
      ---
      [[committee]]:
      date: 2021-06-08
      ---
      `,
      'header-missing',
      [/`committee` has no value/],
    );
  });

  it('reads keys without regard to case, as the model does', () => {
    expectClean(
      `
      ---
      Committee: Executive
      DATE: 2021-06-08
      ---
      `,
      'header-missing',
    );
  });

  it('counts a BOM as no part of line 1', () => {
    expectMarked('\uFEFF[[Some text]]\n', 'header-missing');
  });

  it('accepts a report with both keys', () => {
    expectClean(
      `
      ---
      type: report
      committee: Children and Young People Overview and Scrutiny Committee
      date: 2020-10-01
      ---
      `,
      'header-missing',
    );
  });
});
