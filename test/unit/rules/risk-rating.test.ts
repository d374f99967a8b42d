import * as path from 'node:path';
import { ROOT } from '../../helpers/root';
import { SEEDS, UNSEEN, read } from '../../helpers/fixtures';
import { expectClean, expectDiagnostics, expectMarked } from '../../helpers/expect-diagnostics';

const ID = 'risk-rating';
const doc = (matrix: string | null, ...rows: string[]): string =>
  ['---', 'committee: Audit Board', 'date: 2024-07-25', ...(matrix ? [`risk-matrix: ${matrix}`] : []), '---', '', '# 1. Risks', 'RISKS:', '| Risk | Description | Rating |', '|---|---|---|', ...rows, ''].join('\n');
const fixture = (kind: 'bad' | 'good'): string => read(path.join(ROOT, 'test/fixtures/rules', ID, `${kind}.minutes`));

describe(ID, () => {
  it('accepts ratings of the default matrix, in any case and spacing', () => {
    expectClean(doc(null, '| Staff | Vacancies | B2 |', '| Money | Overspend | f4 |', '| Data | Loss | A 1 |'), ID);
  });

  it('reports a rating outside the default matrix, naming the matrix and the shape', () => {
    expectMarked(doc(null, '| Staff | Vacancies | [[G2]] |'), ID, [/"G2" is not a rating in the A-F x 1-4 matrix \(the default\): write a letter A-F and a digit 1-4, such as B2/]);
    expectMarked(doc(null, '| Staff | Vacancies | [[B5]] |'), ID, [/A-F x 1-4/]);
    expectMarked(doc(null, '| Staff | Vacancies | [[High]] |'), ID, [/"High"/]);
  });

  it('follows the header risk-matrix, numeric or lettered', () => {
    expectClean(doc('1-5 x 1-5', '| Cyber | Attack | 4x4 |', '| Fraud | Loss | 5 × 1 |'), ID);
    expectMarked(doc('1-5 x 1-5', '| Cyber | Attack | [[B2]] |'), ID, [/in the 1-5 x 1-5 matrix \(declared in the header\): write likelihood x impact, such as 4x3/]);
    expectMarked(doc('1-5 x 1-5', '| Cyber | Attack | [[6x1]] |'), ID);
    expectClean(doc('A-E x 1-5', '| Cyber | Attack | E5 |'), ID);
    expectMarked(doc('A-E x 1-5', '| Cyber | Attack | [[F1]] |'), ID, [/A-E x 1-5/]);
  });

  it('uses the riskMatrix setting when the header declares none', () => {
    expectClean(doc(null, '| Cyber | Attack | 3x2 |'), ID, { riskMatrix: '1-3 x 1-3' });
    expectMarked(doc(null, '| Cyber | Attack | [[B2]] |'), ID, [/1-3 x 1-3 matrix \(from the settings\)/], { riskMatrix: '1-3 x 1-3' });
  });

  it('stays silent when the header matrix is itself invalid', () => {
    expectClean(doc('5x5', '| Cyber | Attack | nonsense |'), ID);
  });

  it('reports a missing rating on the row', () => {
    expectMarked(doc(null, '[[| Staff | Vacancies | |]]'), ID, [/no rating: add one in the "Rating" column/]);
    expectMarked(doc(null, '[[| Staff | Vacancies |]]'), ID, [/no rating/]);
  });

  it('judges merged rows: a continuation carries the rating, a repeated header is dropped', () => {
    expectClean(doc(null, '| Staff | Vacancies in | |', '| | social work | C3 |', '| Risk | Description | Rating |', '| Money | Overspend | B2 |'), ID);
    // Two ratings in one risk merge into one invalid rating, reported across both cells.
    expectMarked(doc(null, '| Staff | Vacancies | [[B2 |', '| | more | C3]] |'), ID, [/"B2 C3"/]);
    expectMarked(doc(null, '| Staff | Vacancies | |', '| | more | [[Z9]] |'), ID, [/"Z9"/]);
  });

  it('finds the rating column by name, else takes the last column', () => {
    const named = ['---', 'committee: C', 'date: 2024-07-25', '---', '', '# 1. X', 'RISKS:', '| Risk | Risk rating | Owner |', '| Staff | [[Q7]] | Head of HR |', ''].join('\n');
    expectMarked(named, ID, [/"Q7"/]);
    const last = ['---', 'committee: C', 'date: 2024-07-25', '---', '', '# 1. X', 'RISKS:', '| Risk | Owner | Score |', '| Staff | Head of HR | [[Q7]] |', ''].join('\n');
    expectMarked(last, ID, [/"Q7"/]);
  });

  it('gives no errors on the seeds and unseen documents', () => {
    for (const f of [...SEEDS, ...UNSEEN]) expectClean(read(f), ID);
  });

  it('triggers on its bad fixture and not on its good one', () => {
    expectDiagnostics(fixture('bad'), ID, [
      { line: 12, message: /"4x6"/ },
      { line: 13, message: /no rating/ },
      { line: 15, message: /"C"/ },
    ]);
    expectClean(fixture('good'), ID);
  });
});
