/** The rule test helper itself: it must fail when a rule misbehaves, or every rule test could pass vacuously. */
import * as assert from 'node:assert/strict';
import { dedent } from '../../helpers/documents';
import { expectClean, expectDiagnostics, expectMarked, readMarkers } from '../../helpers/expect-diagnostics';

// header-missing reports exactly one thing here: the missing date, at 1:1 on the opening `---`.
const noDate = '---\ncommittee: Executive\n---\n';

describe('rule test helper', () => {
  it('dedents inline fixtures that start with a newline, keeping relative indentation', () => {
    assert.equal(dedent('\n    PRESENT: @a,\n      @b\n    '), 'PRESENT: @a,\n  @b\n');
    assert.equal(dedent('  kept as is\n'), '  kept as is\n');
  });

  it('reads [[span]] markers into offsets of the stripped text', () => {
    assert.deepEqual(readMarkers('ab[[cd]]e[[f]]'), { text: 'abcdef', spans: [{ start: 2, end: 4 }, { start: 5, end: 6 }] });
    assert.throws(() => readMarkers('a[[b'), /unclosed/);
  });

  it('fails expectClean when the rule reports something, naming what it reported', () => {
    expectDiagnostics(noDate, 'header-missing', [{ line: 1, column: 1, message: /no `date`/ }]);
    assert.throws(() => expectClean(noDate, 'header-missing'), /1:1 header-missing The header has no `date`/);
  });

  it('fails expectDiagnostics on a wrong count, line, column or message', () => {
    assert.throws(() => expectDiagnostics(noDate, 'header-missing', [{ line: 1 }, { line: 1 }]), /expected 2/);
    assert.throws(() => expectDiagnostics(noDate, 'header-missing', [{ line: 2 }]), /line/);
    assert.throws(() => expectDiagnostics(noDate, 'header-missing', [{ line: 1, column: 2 }]), /column/);
    assert.throws(() => expectDiagnostics(noDate, 'header-missing', [{ line: 1, message: /nothing like it/ }]), /message/);
  });

  it('fails expectMarked when a span differs from the marked one', () => {
    expectMarked('[[---]]\ncommittee: Executive\n---\n', 'header-missing');
    assert.throws(() => expectMarked('---\n[[committee]]: Executive\n---\n', 'header-missing'), /expected spans/);
  });

  it('refuses a rule id that is not registered', () => {
    assert.throws(() => expectClean('text\n', 'no-such-rule'), /not in the registry/);
  });
});
