/**
 * Targeted parser behaviour through the façade; the full trees are in the
 * parse-tree goldens.
 */
import * as assert from 'node:assert/strict';
import { analyze, parse } from '../../server/src/core';
import { MinutesParser } from '../../server/src/core/syntax/parser';

const item = (src: string) => analyze(src).model.items[0];

describe('parser', () => {
  it("passes Chevrotain's grammar checks, which the parser skips at run time", () => {
    // Chevrotain throws on a definition error its checks find (ambiguity, left recursion, ...).
    assert.doesNotThrow(() => new MinutesParser({ validate: true }));
  });

  it('reads every item number form, longest first, without a trailing dot', () => {
    const numbers = ['1.', '12', '4(a)', '77/21', '78/21(a)', '3.1', '5.1.'].map((n) => item(`# ${n} Title\n`).number);
    assert.deepEqual(numbers, ['1', '12', '4(a)', '77/21', '78/21(a)', '3.1', '5.1']);
    assert.equal(item('# Title only\n').number, null);
    assert.equal(item('## 5.1 Payments\n').title, 'Payments');
  });

  it("reads a board's prefixed minute references and lettered item numbers, but not a road or ordinal in a title", () => {
    const numbers = ['BoD/24/061', 'TB23/045', 'BoD/24/064a', '4a', '4a(i)'].map((n) => item(`# ${n} Title\n`).number);
    assert.deepEqual(numbers, ['BoD/24/061', 'TB23/045', 'BoD/24/064a', '4a', '4a(i)']);
    assert.equal(item('# BoD/24/065 Board Assurance Framework\nRESOLVED: Approved.\n').resolutions[0].id, 'BoD/24/065(1)');
    for (const title of ['A1 Ring Road', 'B4337 speed limit', 'M4/M5 junction', '1st quarter', '3D printing', 'COVID/19 recovery'])
      assert.equal(item(`# ${title}\n`).number, null, title);
  });

  it('nests sub-items under their item and keeps item lines anywhere in the item', () => {
    const m = analyze('# 5. Finance\nNarrative.\n## 5.1 Payments\nRESOLVED: Paid.\n## 5.2 Receipts\nEXEMPT: 3\n# 6. Next\n').model;
    assert.deepEqual(m.items.map((i) => i.number), ['5', '6']);
    assert.deepEqual(m.items[0].items.map((i) => i.number), ['5.1', '5.2']);
    assert.deepEqual(m.items[0].items[0].resolutions.map((r) => r.id), ['5.1(1)']);
    assert.equal(m.items[0].items[1].exempt, 3);
  });

  it('numbers resolutions the way councils cite them', () => {
    assert.deepEqual(item('# 48. X\nRESOLVED:\n1. a\n2. b\n').resolutions.map((r) => r.id), ['48(1)', '48(2)']);
    assert.deepEqual(item('# 79/21 X\nRESOLVED:\n(a) a\n(b) b\n').resolutions.map((r) => r.id), ['79/21(a)', '79/21(b)']);
    assert.deepEqual(item('# 48. X\nRESOLVED: That it be noted.\n').resolutions.map((r) => r.id), ['48(1)']);
  });

  it('cites a nested entry through its parent, so two sub-lists give different ids', () => {
    const src = '# 49. Housing\nRESOLVED:\n1. That the strategy be adopted, with:\n   (a) a review in 2022;\n   (b) a report to Council.\n2. That officers consult on:\n   (a) rents;\n   (b) repairs.\n3. That it be published.\n';
    assert.deepEqual(item(src).resolutions.map((r) => r.id), ['49(1)', '49(1)(a)', '49(1)(b)', '49(2)', '49(2)(a)', '49(2)(b)', '49(3)']);
    const bullets = '# 7. X\nRESOLVED: That it be noted.\nRESOLVED:\n- That it be referred, with:\n  - a note;\n  - a plan.\n- That it be published.\n';
    assert.deepEqual(item(bullets).resolutions.map((r) => r.id), ['7(1)', '7(2)', '7(2)(1)', '7(2)(2)', '7(3)']);
  });

  // A later RESOLVED numbers after the item's top-level resolutions: 49(1)(a) and 49(1)(b) are parts of 49(1).
  it('numbers a later RESOLVED after the top-level resolutions only', () => {
    const src = '# 49. X\nRESOLVED:\n1. That A, with:\n   (a) a;\n   (b) b.\n\nRESOLVED: That it be published.\n\nRESOLVED:\n- That it be sent.\n';
    assert.deepEqual(item(src).resolutions.map((r) => r.id), ['49(1)', '49(1)(a)', '49(1)(b)', '49(2)', '49(3)']);
  });

  it('tells handles from email addresses', () => {
    const refs = analyze('# 1. X\nAsk @alam or jo.patel@westford.gov.uk (@sdcs).\n').references.map((r) => r.handle);
    assert.deepEqual(refs, ['alam', 'sdcs']);
  });

  it('takes a backslash-escaped keyword line as plain text', () => {
    const it0 = item('# 1. X\n\\RESOLVED: not a decision\n');
    assert.equal(it0.resolutions.length, 0);
    assert.deepEqual(it0.content[0], { kind: 'paragraph', text: 'RESOLVED: not a decision', line: 1 });
  });

  it('keeps comments in the tree and out of the model', () => {
    const a = analyze('# 1. X\n// private note\nRESOLVED: Done.\n');
    assert.equal(a.ast.comments[0].text.text, 'private note');
    assert.ok(!JSON.stringify(a.model).includes('private note'));
  });

  it('ignores a BOM and reports the same positions for CRLF and LF', () => {
    const lf = '---\ncommittee: X\ndate: 2021-02-30\n---\nPEOPLE:\n@a A — “Role”\nnot a handle line — £5\n# 1. X\nACTION: — task\n';
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
    const pos = (src: string) => {
      const a = analyze(src);
      return a.diagnostics.map((d) => [d.ruleId, a.lines.positionAt(d.start), a.lines.positionAt(d.end)]);
    };
    assert.ok(pos(lf).length > 0, 'the fixture should produce diagnostics');
    const shifted = pos(crlf).map(([id, s, e]) => [id, s, e]);
    // The BOM takes one column on the first line only; every diagnostic here is on a later line.
    assert.deepEqual(shifted, pos(lf));
  });

  it('merges risk continuation rows and drops repeated headers before the model', () => {
    const src = '# 4. Risks\nRISKS:\n| Risk | Description | Mitigation | Rating |\n|---|---|---|---|\n| A | d | m1 | B2 |\n| | | m2 | |\n\n| Risk | Description | Mitigation | Rating |\n| | | m3 | |\n| B | e | n | C3 |\n';
    const risks = analyze(src).model.risks;
    assert.deepEqual(risks.map((r) => [r.risk, r.mitigation, r.rating]), [['A', 'm1 m2 m3', 'B2'], ['B', 'n', 'C3']]);
  });

  it('skips blank lines after a bare keyword line and runs a list on across blank lines', () => {
    const it0 = item('# 1. X\nRESOLVED:\n\n1. a\n\n2. b\n\nNarrative after.\n');
    assert.deepEqual(it0.resolutions.map((r) => r.text), ['a', 'b']);
    assert.equal(it0.content[it0.content.length - 1].kind, 'paragraph');
  });

  it('reads legacy keyword spellings as their keyword', () => {
    for (const head of ['Resolved -', 'RESOLVED –', 'It was resolved that:', 'Resolved:']) {
      assert.equal(item(`# 1. X\n${head}\nThat it be noted.\n`).resolutions.length, 1, head);
    }
    assert.equal(item('# 1. X\nRecommended -\nThat it be noted.\n').recommended.length, 1);
  });

  it('never throws and reports an unclosed header as a syntax problem', () => {
    const { problems } = parse('---\ncommittee: X\n# 1. Item\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /header is not closed/);
    for (const s of ['', '\n', '---', '|', '#', '# ', '\uFEFF', '\r\n\r\n', '(', '- ', 'RESOLVED:', '\\', '\u0000\u0001']) assert.doesNotThrow(() => analyze(s));
  });
});
