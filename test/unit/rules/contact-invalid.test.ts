import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT } from '../../helpers/root';
import { SEEDS, UNSEEN, EXAMPLES, read } from '../../helpers/fixtures';
import { expectClean, expectDiagnostics, expectMarked, fixedText } from '../../helpers/expect-diagnostics';
import { meeting } from '../../helpers/documents';

const ID = 'contact-invalid';
const doc = (...lines: string[]): string => meeting(lines);
const fixture = (kind: 'bad' | 'good'): string => read(path.join(ROOT, 'test/fixtures/rules', ID, `${kind}.minutes`));

describe(ID, () => {
  it('accepts UK numbers in their usual spellings, with extensions', () => {
    for (const phone of ['01274 432904', '01632 960 418', '0161 496 0730', '020 7946 0018', '(01274) 432904', '+44 1274 432904', '+44 (0)1274 432904', '01274-432904', '01274 432904 ext. 2231', '0161 496 0730 x231', '+33 1 23 45 67 89'])
      expectClean(doc(`CONTACT: @alam, ${phone}`), ID);
  });

  it('accepts plain email addresses, labels, handles and names', () => {
    expectClean(doc('CONTACT: @farach, 01634 331215, leeanne.farach@medway.gov.uk'), ID);
    expectClean(doc('CONTACT: Irfan Alam, Tel: 01274 432904, Email: irfan.alam@bradford.gov.uk'), ID);
    expectClean(doc('CONTACT: Democratic Services, 2nd Floor, City Hall, Bradford BD1 1HY'), ID);
    expectClean(doc('CONTACT: Telford Office, Telephone: 01952 380000, Mob 07700 900123, e: office@telford.gov.uk'), ID);
    expectMarked(doc('CONTACT: Telephone: [[01952 3800]]'), ID, [/"01952 3800" is not a valid phone number/]);
    expectClean(doc("CONTACT: o'neill+minutes@council-name.gov.uk, <planning@westford.gov.uk>"), ID);
  });

  // Seen in minutes of other councils: two numbers to choose from, and a note after a number.
  it('accepts two numbers parted by a spaced slash, and a note in brackets after a number', () => {
    expectClean(doc('CONTACT: @alam, 07700 900123 / 0300 123 4567'), ID);
    expectClean(doc('CONTACT: 0113 222 4444 (option 2), 01274 432904 (mobile), +44 (0)1274 432904 (out of hours)'), ID);
    // Each number is still judged, on its own text.
    expectMarked(doc('CONTACT: 07700 900123 / [[0300 123]]'), ID, [/"0300 123" is not a valid phone number/]);
    expectMarked(doc('CONTACT: [[0113 222 44]] (option 2)'), ID, [/"0113 222 44" is not a valid phone number/]);
    // An unspaced slash is part of the text, as in a postcode or a road name.
    expectMarked(doc('CONTACT: [[01274 432904/5]]'), ID, [/only digits, spaces and brackets/]);
  });

  it('reports a phone number with too few or too many digits, on the number', () => {
    expectMarked(doc('CONTACT: @alam, [[432904]]'), ID, [/"432904" is not a valid phone number: a UK number has 10 or 11 digits and starts with 0/]);
    expectMarked(doc('CONTACT: @alam, [[01274 4329041 2]]'), ID, [/10 or 11 digits/]);
    expectMarked(doc('CONTACT: @alam, [[+44 01274 432904]]'), ID, [/after \+44 a UK number has 9 or 10 digits, without its leading 0/]);
    expectMarked(doc('CONTACT: [[+1 234]]'), ID, [/7 to 15 digits/]);
  });

  it('reports a phone number with stray characters or an unclosed bracket', () => {
    expectMarked(doc('CONTACT: @alam, [[01274 4329O4]]'), ID, [/only digits, spaces and brackets/]);
    expectMarked(doc('CONTACT: @alam, [[(01274 432904]]'), ID, [/bracket is not closed/]);
  });

  it('reports malformed email addresses, on the address', () => {
    expectMarked(doc('CONTACT: @alam, [[irfan.alam@bradford]]'), ID, [/"irfan.alam@bradford" is not a valid email address/]);
    expectMarked(doc('CONTACT: @alam, [[irfan..alam@bradford.gov.uk]]'), ID);
    expectMarked(doc('CONTACT: @alam, [[irfan.alam@@bradford.gov.uk]]'), ID);
    expectMarked(doc('CONTACT: Irfan Alam [[irfan.alam@bradford]] (Democratic Services)'), ID);
    expectMarked(doc('CONTACT: mailto:[[irfan@-bradford.gov.uk]]'), ID);
  });

  it('offers to remove a full stop after a valid address', () => {
    const [d] = expectMarked(doc('CONTACT: @alam, [[irfan.alam@bradford.gov.uk.]]'), ID, [/Remove the full stop/]);
    assert.deepEqual(d.data, { replacement: 'irfan.alam@bradford.gov.uk' });
    assert.equal(fixedText(doc('CONTACT: @alam, irfan.alam@bradford.gov.uk.'), ID), doc('CONTACT: @alam, irfan.alam@bradford.gov.uk'));
  });

  it('reports exact spans on a wrapped CONTACT line with CRLF line ends', () => {
    const text = ['---', 'committee: C', 'date: 2021-06-08', '---', '', '# 1. X', 'CONTACT: @alam,', '  [[432904]], [[jo@example]]', ''].join('\r\n');
    expectMarked(text, ID, [/phone/, /email/]);
  });

  it('gives no warnings on the seeds, examples and unseen documents', () => {
    for (const f of [...SEEDS, ...EXAMPLES, ...UNSEEN]) expectClean(read(f), ID);
  });

  it('triggers on its bad fixture and not on its good one', () => {
    expectDiagnostics(fixture('bad'), ID, [
      { line: 11, column: 17, message: /phone number/ },
      { line: 11, column: 25, message: /email address/ },
      { line: 15, column: 17, message: /full stop/ },
    ]);
    expectClean(fixture('good'), ID);
  });
});
