/**
 * The record of an executive decision and the end of the meeting in the
 * model: REASONS and ALTERNATIVES blocks, the header's executive and
 * contact keys, and the CLOSED line.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const head = (extra = ''): string => `---\ncommittee: Cabinet\ndate: 2025-02-04\ntime: 18:00\n${extra}---\n`;

describe('model: executive decisions', () => {
  it('REASONS and ALTERNATIVES give the item its reasons and alternatives, as written', () => {
    const a = analyze(
      `${head('executive: yes\n')}# 4. Improvement Plan\nRESOLVED:\nThat the plan be approved.\n\nREASONS:\nTo respond to the findings of the monitoring visit.\n\nALTERNATIVES:\n- To keep the existing plan: rejected.\n- To commission a review: rejected, too slow.\n\n# 5. Fees\nRESOLVED: That the fees be set.\nREASONS: The costs have risen.\nALTERNATIVES: none\n\n# 6. Update\nNOTED: The update.\n`,
    );
    const [plan, fees, update] = a.model.items;
    assert.equal(plan.reasons, 'To respond to the findings of the monitoring visit.');
    assert.equal(plan.alternatives, 'To keep the existing plan: rejected.\nTo commission a review: rejected, too slow.');
    assert.deepEqual([fees.reasons, fees.alternatives], ['The costs have risen.', 'none']);
    assert.deepEqual([update.reasons, update.alternatives], [null, null]);
    assert.equal(a.model.meta.executive, true);
    const alt = plan.content.find((c) => c.kind === 'keyword' && c.keyword === 'ALTERNATIVES');
    assert.equal(alt?.kind === 'keyword' ? alt.body[0].kind : null, 'list', 'the content keeps the block for the renderers');
  });

  it('two REASONS blocks in one item are joined as paragraphs', () => {
    const a = analyze(`${head()}# 4. Item\nRESOLVED: That x.\n\nREASONS: First.\n\nREASONS: Second.\n`);
    assert.equal(a.model.items[0].reasons, 'First.\n\nSecond.');
  });

  it('executive is false when absent or no, true for yes in any case; contact is text or null', () => {
    assert.deepEqual([analyze(`${head()}# 1. X\nNOTED: x\n`).model.meta.executive, analyze(`${head()}# 1. X\nNOTED: x\n`).model.meta.contact], [false, null]);
    assert.equal(analyze(`${head('executive: no\n')}`).model.meta.executive, false);
    assert.equal(analyze(`${head('executive: Yes\n')}`).model.meta.executive, true);
    const contact = analyze(`${head('contact: @dso, 01274 432904, dso@example.gov.uk\n')}`).model.meta.contact;
    assert.equal(contact, '@dso, 01274 432904, dso@example.gov.uk');
  });
});

describe('model: the header contact', () => {
  it('a handle in the header contact is a reference to the person, so an undeclared one is reported', () => {
    const a = analyze(`${head('contact: @dso, 01274 432904\n')}PEOPLE:\n@dso  Ms Jo Patel — Democratic Services Officer\n\n# 1. X\nNOTED: x\n`);
    const at = a.text.indexOf('@dso');
    assert.deepEqual(a.references[0], { handle: 'dso', span: { start: at, end: at + 4 }, declaration: false });
    const b = analyze(`${head('contact: @nobody\n')}# 1. X\nNOTED: x\n`);
    assert.deepEqual(b.diagnostics.filter((d) => d.ruleId === 'person-unknown').map((d) => d.start), [b.text.indexOf('@nobody')]);
  });
});

describe('model: the close of the meeting', () => {
  it('the CLOSED line gives meta.closed and is not kept as content of the last item', () => {
    const a = analyze(`${head()}# 1. Item\nNOTED: x\n\nCLOSED: 16:25\n`);
    assert.equal(a.model.meta.closed, '16:25');
    assert.deepEqual(a.model.items[0].content.map((c) => (c.kind === 'keyword' ? c.keyword : c.kind)), ['NOTED']);
  });

  it('a CLOSED time that is not HH:MM leaves meta.closed null; the first CLOSED line counts', () => {
    assert.equal(analyze(`${head()}# 1. Item\nNOTED: x\n\nCLOSED: 25:00\n`).model.meta.closed, null);
    assert.equal(analyze(`${head()}# 1. Item\nNOTED: x\n\nCLOSED: 4.25 pm\n`).model.meta.closed, null);
    assert.equal(analyze(`${head()}# 1. Item\nNOTED: x\n\nCLOSED: 16:25\nCLOSED: 17:00\n`).model.meta.closed, '16:25');
    assert.equal(analyze(`${head()}# 1. Item\nNOTED: x\n`).model.meta.closed, null);
  });
});

describe('model: executive text wrapped after the keyword', () => {
  it('a REASONS line that wraps onto the next line is one paragraph, as after NOTED', () => {
    const a = analyze(`${head()}# 4. Item\nRESOLVED: That x.\n\nREASONS: The costs of the service\nhave risen by a fifth.\n\nALTERNATIVES: To keep the fees:\nrejected.\n`);
    assert.deepEqual([a.model.items[0].reasons, a.model.items[0].alternatives], ['The costs of the service have risen by a fifth.', 'To keep the fees: rejected.']);
  });
});
