import * as assert from 'node:assert/strict';
import { expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const ID = 'decision-record';
const head = (executive = 'yes'): string => `---\ncommittee: Cabinet\ndate: 2025-03-11\nexecutive: ${executive}\n---\n\n`;

describe(ID, () => {
  it('reports an executive decision with neither REASONS nor ALTERNATIVES, on its first RESOLVED', () => {
    const [d] = expectMarked(
      `${head()}# 4. Hardship fund\n[[RESOLVED:]] That the fund be increased.\n\nRESOLVED: That the Director report back.\n`,
      ID,
      [/^Item 4 is an executive decision and records no REASONS and no ALTERNATIVES: add `REASONS:` with the reasons for the decision and `ALTERNATIVES:` with the options considered and rejected \(or `ALTERNATIVES: none`\) after the RESOLVED\.$/],
    );
    assert.equal(d.severity, 'warning');
  });

  it('names what is missing when only one is there', () => {
    expectMarked(`${head()}# 4. Fund\n[[RESOLVED:]] That the fund be increased.\n\nREASONS:\nDemand exceeded the fund.\n`, ID, [/records no ALTERNATIVES: add `ALTERNATIVES:`/]);
    expectMarked(`${head()}# 4. Fund\n[[RESOLVED:]] That the fund be increased.\n\nALTERNATIVES: none\n`, ID, [/records no REASONS: add `REASONS:` with the reasons/]);
  });

  it('accepts REASONS and ALTERNATIVES with text, ALTERNATIVES: none, and items without RESOLVED', () => {
    expectClean(
      `${head()}# 1. Minutes\nNOTED: Noted.\n\n# 2. Fund\nRESOLVED: That the fund be increased.\n\nREASONS:\nDemand exceeded the fund.\n\nALTERNATIVES:\nTo keep it: rejected.\n\n# 3. Budget\nRESOLVED: That it be noted.\n\nREASONS: To keep the budget under review.\n\nALTERNATIVES: none\n`,
      ID,
    );
  });

  it('does not count a REASONS: with nothing under it', () => {
    expectMarked(`${head()}# 2. Fund\n[[RESOLVED:]] That the fund be increased.\n\nREASONS:\n\nALTERNATIVES: none\n`, ID, [/records no REASONS/]);
  });

  it('lets an item\'s REASONS and ALTERNATIVES cover its sub-items, not an item\'s those of the next', () => {
    expectClean(`${head()}# 5. Budget\nREASONS: A balanced budget is required by law.\n\nALTERNATIVES: none\n\n## 5.1 Revenue\nRESOLVED: That it be approved.\n`, ID);
    expectMarked(`${head()}# 5. Budget\nRESOLVED: That it be approved.\n\nREASONS: Required.\n\nALTERNATIVES: none\n\n# 6. Capital\n[[RESOLVED:]] That it be approved.\n`, ID, [/^Item 6/]);
  });

  it('checks nothing without executive: yes', () => {
    expectClean(`---\ncommittee: Planning\ndate: 2025-03-11\n---\n\n# 1. Fund\nRESOLVED: That it be increased.\n`, ID);
    expectClean(`${head('no')}# 1. Fund\nRESOLVED: That it be increased.\n`, ID);
  });
});
