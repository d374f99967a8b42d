/** header-invalid on the CLOSED line: the closing time against the 24-hour clock and the header's `time`. */
import * as assert from 'node:assert/strict';
import { expectClean, expectMarked, fixedText, diagnosticsOf } from '../../helpers/expect-diagnostics';

const ID = 'header-invalid';
const doc = (time: string | null, closed: string): string =>
  `---\ncommittee: Council\ndate: 2025-02-20\n${time === null ? '' : `time: ${time}\n`}---\n\n# 1. Minutes\nNOTED: Noted.\n\n${closed}\n`;

describe('header-invalid: CLOSED', () => {
  it('accepts a time after the start, equal to the end where the header gives one', () => {
    expectClean(doc('19:00-21:47', 'CLOSED: 21:47'), ID);
    expectClean(doc('18:00', 'CLOSED: 19:22'), ID);
    expectClean(doc(null, 'CLOSED: 16:25'), ID);
  });

  it('reports a CLOSED line above a later item, naming the item it comes before', () => {
    const text = `---\ncommittee: Council\ndate: 2025-02-20\ntime: 19:00\n---\n\n# 1. Minutes\nNOTED: Noted.\n\nCLOSED: 20:00\n\n# 2. Any other business\nNone.\n`;
    expectMarked(text.replace('CLOSED:', '[[CLOSED:]]'), ID, [/^`CLOSED:` comes before item 2, but it is the end of the meeting: move this line below the last item/]);
    expectClean(text.replace('CLOSED: 20:00\n\n', '') + '\nCLOSED: 20:00\n', ID);
    // Under a sub-item of the last item, the line is after the last item still.
    expectClean(doc('19:00', '## 1.1 Late papers\nNOTED: Noted.\n\nCLOSED: 20:00'), ID);
  });

  it('reports a time that is not HH:MM on the 24-hour clock, on the CLOSED line', () => {
    const [d] = expectMarked(doc('19:00', 'CLOSED: [[25:00]]'), ID, [/`CLOSED:` is the time the meeting ended as HH:MM on the 24-hour clock, such as 16:25, not `25:00`\./]);
    assert.equal(d.fix, undefined);
    expectMarked(doc('19:00', 'CLOSED: [[about ten]]'), ID);
    expectMarked(doc('19:00', 'CLOSED: [[9.05]]'), ID, [/not `9\.05`/]);
  });

  it('writes a time printed as minutes print it as HH:MM', () => {
    for (const [written, clock] of [['4.25 pm', '16:25'], ['4:25pm', '16:25'], ['16.25', '16:25'], ['12.15 p.m.', '12:15'], ['12.05 am', '00:05']]) {
      const [d] = expectMarked(doc(null, `CLOSED: [[${written}]]`), ID, [new RegExp(`Write the closing time as \`${clock}\``)]);
      assert.ok(d.fix, written);
      assert.equal(fixedText(doc(null, `CLOSED: ${written}`), ID), doc(null, `CLOSED: ${clock}`));
    }
  });

  it('reports a closing time at or before the start, or that disagrees with the end', () => {
    expectMarked(doc('19:00', 'CLOSED: [[18:55]]'), ID, [/closed at 18:55, not after it started \(19:00/]);
    expectMarked(doc('19:00-21:47', 'CLOSED: [[21:40]]'), ID, [/the header's `time` says it ended at 21:47: make the two agree \(`time: 19:00-21:40`, or `CLOSED: 21:47`\)/]);
  });

  it('does not compare with a header time that is itself wrong (that is reported on the header)', () => {
    const found = diagnosticsOf(doc('21:10-18:30', 'CLOSED: 20:00'), ID);
    assert.deepEqual(found.map((d) => d.message.startsWith('The meeting ends')), [true]);
  });

  it('reports an empty CLOSED and a second CLOSED line', () => {
    expectMarked(doc(null, '[[CLOSED:]]'), ID, [/has no time: write the time the meeting ended, `CLOSED: 16:25`/]);
    expectMarked(doc(null, 'CLOSED: 16:25\n\n[[CLOSED:]] 16:30'), ID, [/The meeting closes once/]);
  });
});
