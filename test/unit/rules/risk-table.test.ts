import * as path from 'node:path';
import { ROOT } from '../../helpers/root';
import { SEEDS, UNSEEN, EXAMPLES, read } from '../../helpers/fixtures';
import { expectClean, expectDiagnostics, expectMarked } from '../../helpers/expect-diagnostics';
import { meeting } from '../../helpers/documents';

const ID = 'risk-table';
const doc = (...lines: string[]): string => meeting(lines, { committee: 'Audit Board', date: '2024-07-25', item: '1. Risks' });
const fixture = (kind: 'bad' | 'good'): string => read(path.join(ROOT, 'test/fixtures/rules', ID, `${kind}.minutes`));

describe(ID, () => {
  it('accepts a table with a header, with or without a separator', () => {
    expectClean(doc('RISKS:', '| Risk | Rating |', '|---|---|', '| Staff | B2 |'), ID);
    expectClean(doc('RISKS:', '| Risk | Rating |', '| Staff | B2 |'), ID);
    expectClean(doc('RISKS: none'), ID);
  });

  it('reports a RISKS block with no table, on the keyword', () => {
    expectMarked(doc('[[RISKS:]]', 'There are no significant risks.'), ID, [/followed by a table of risks/]);
    expectMarked(doc('[[RISKS:]]'), ID, [/`RISKS: none`/]);
    expectMarked(doc('[[RISKS:]] see the register'), ID);
  });

  it('reports a table that starts with its separator', () => {
    expectMarked(doc('RISKS:', '[[|---|---|]]', '| Staff | B2 |'), ID, [/no header row/]);
  });

  it('reports a first row that is already a rated risk', () => {
    expectMarked(doc('RISKS:', '[[| Staff vacancies | Two posts vacant | C3 |]]', '| Overspend | Placements | B2 |'), ID, [/this row is a risk rated C3/]);
  });

  it('reads the first row as a risk under the matrix in force', () => {
    const numeric = ['---', 'committee: C', 'date: 2024-07-25', 'risk-matrix: 1-5 x 1-5', '---', '', '# 1. X', 'RISKS:', '[[| Cyber | Attack | 4x4 |]]', ''].join('\n');
    expectMarked(numeric, ID, [/rated 4x4/]);
    // "C3" is no rating in a numeric matrix, so the row may be a header: risk-rating judges the rest.
    const lettered = ['---', 'committee: C', 'date: 2024-07-25', 'risk-matrix: 1-5 x 1-5', '---', '', '# 1. X', 'RISKS:', '| Risk | Owner | C3 |', '| Cyber | Head of IT | 4x4 |', ''].join('\n');
    expectClean(lettered, ID);
  });

  it('reports a header with a single column', () => {
    expectMarked(doc('RISKS:', '[[| Risk |]]', '| Staff vacancies |'), ID, [/at least a risk column and a rating column/]);
  });

  it('reports a header with no risks under it', () => {
    expectMarked(doc('RISKS:', '[[| Risk | Rating |]]', '|---|---|'), ID, [/header but no risks/]);
  });

  it('reports each row with a different number of cells, on the row', () => {
    expectMarked(
      doc('RISKS:', '| Risk | Description | Rating |', '|---|---|---|', '[[| Staff | B2 |]]', '| Money | Overspend | C3 |', '[[| Data | Loss | A1 | extra |]]'),
      ID,
      [/This row has 2 cells but the header has 3/, /has 4 cells/],
    );
  });

  it('checks every table of a RISKS block', () => {
    expectMarked(doc('RISKS:', '| Risk | Rating |', '| Staff | B2 |', '', '| Risk | Rating |', '[[| Money |]]'), ID, [/1 cell but/]);
  });

  it('gives no errors on the seeds, examples and unseen documents', () => {
    for (const f of [...SEEDS, ...EXAMPLES, ...UNSEEN]) expectClean(read(f), ID);
  });

  it('triggers on its bad fixture and not on its good one', () => {
    expectDiagnostics(fixture('bad'), ID, [
      { line: 8, message: /followed by a table/ },
      { line: 14, message: /rated C3/ },
      { line: 22, message: /2 cells but the header has 3/ },
    ]);
    expectClean(fixture('good'), ID);
  });
});
