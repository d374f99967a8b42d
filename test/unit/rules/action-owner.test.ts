import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { ROOT } from '../../helpers/root';
import { read } from '../../helpers/fixtures';
import { expectClean, expectDiagnostics, expectMarked, fixedText } from '../../helpers/expect-diagnostics';
import { meeting } from '../../helpers/documents';

const ID = 'action-owner';
const doc = (...lines: string[]): string => meeting(lines);
const fixture = (kind: 'bad' | 'good'): string => read(path.join(ROOT, 'test/fixtures/rules', ID, `${kind}.minutes`));

describe(ID, () => {
  it('accepts an owner alone, handles, and plain words for a post', () => {
    expectClean(doc('ACTION: @sdcs'), ID);
    expectClean(doc("ACTION: Strategic Director of Children's Services"), ID);
    expectClean(doc('ACTION: @alam, @sdcs — Circulate the Ofsted letter — due 2021-06-15 — done'), ID);
    expectClean(doc('ACTION: Westshire County Council (Highways) -- Review the speed limit'), ID);
  });

  it('reports an ACTION with nothing after the keyword', () => {
    expectMarked(doc('[[ACTION:]]'), ID, [/This ACTION is empty/]);
    expectMarked(doc('[[ACTION:]]   '), ID, [/empty/]);
  });

  it('reports a line that starts with a dash, from the keyword to the dash', () => {
    expectMarked(doc('[[ACTION: —]] Circulate the Ofsted letter — due 2021-06-15'), ID, [/no owner/]);
    expectMarked(doc('[[ACTION: --]] Circulate the Ofsted letter'), ID, [/no owner/]);
    expectMarked(doc('[[ACTION:  –]]'), ID, [/no owner/]);
  });

  it('reports a due date or a status where the owner goes', () => {
    expectMarked(doc('ACTION: [[due 2021-06-15]] — Circulate the letter'), ID, [/"due 2021-06-15" is a due date/]);
    expectMarked(doc('ACTION: [[done]]'), ID, [/"done" is a status/]);
    expectMarked(doc('ACTION: [[In progress]] — Circulate the letter'), ID, [/is a status/]);
  });

  it('leaves an owner whose name merely starts like a status word', () => {
    expectClean(doc('ACTION: Done Right Ltd — Repair the roof'), ID);
    expectClean(doc('ACTION: Duerden Associates — Survey the site'), ID);
  });

  // Typed in a plain-text editor, the dashes of an ACTION are often spaced hyphens;
  // the line is then read as one owner and its task, due date and status are lost.
  it('reports an ACTION parted by spaced hyphens, and fixes it with em dashes', () => {
    const line = 'ACTION: @clerk - Write to residents - due 2022-04-01';
    assert.equal(analyze(doc(line)).model.actions[0].due, null);
    expectMarked(doc('ACTION: [[@clerk - Write to residents - due 2022-04-01]]'), ID, [/parted by ` — `.*not ` - `.*Write `ACTION: @clerk — Write to residents — due 2022-04-01`/]);
    const fixed = fixedText(doc(line), ID);
    assert.equal(fixed, doc('ACTION: @clerk — Write to residents — due 2022-04-01'));
    assert.deepEqual(analyze(fixed).model.actions.map((a) => [a.task, a.due]), [['Write to residents', '2022-04-01']]);
    expectMarked(doc('ACTION: [[@alam, @sdcs - Circulate the letter]]'), ID, [/not ` - `/]);
    expectMarked(doc('ACTION: [[Head of Planning - Review the plan - done]]'), ID, [/not ` - `/]);
    // An owner that only holds a hyphen, and hyphens inside a task, are left alone.
    expectClean(doc('ACTION: Head of Planning - Development Management'), ID);
    expectClean(doc('ACTION: @alam — Write the A - B route letter — due 2021-06-15'), ID);
  });

  it('triggers on its bad fixture and not on its good one', () => {
    expectDiagnostics(fixture('bad'), ID, [
      { line: 14, column: 1, message: /no owner/ },
      { line: 15, column: 1, message: /empty/ },
      { line: 16, column: 9, message: /is a due date/ },
    ]);
    expectClean(fixture('good'), ID);
  });
});
