/**
 * Recorded (named) votes: the FOR:, AGAINST: and ABSTAIN: lines indented
 * under a VOTE, in the tree and in the model, and what stays narrative.
 */
import * as assert from 'node:assert/strict';
import { analyze, parse } from '../../server/src/core';
import type { ItemModel } from '../../server/src/core';

const PEOPLE = 'PEOPLE:\n@ali   Councillor Ali\n@benn  Councillor Benn\n@cole  Councillor Cole\n@dunn  Councillor Dunn\n\n';
const item = (body: string): ItemModel => analyze(`${PEOPLE}# 3. Budget\n${body}`).model.items[0];
const paragraphs = (it: ItemModel): string[] => it.content.flatMap((c) => (c.kind === 'paragraph' ? [c.text] : []));

describe('recorded votes', () => {
  it('reads the names under a VOTE into votes[].recorded, display names from PEOPLE', () => {
    const it = item('VOTE: for 3, against 2, abstain 1 — carried\n  FOR: @ali, @benn, @cole\n  AGAINST: @dunn, Councillor Earl\n  ABSTAIN: Councillor Fox (Vice-Chair)\n');
    const [v] = it.votes;
    assert.deepEqual(v.recorded, {
      for: [
        { name: 'Councillor Ali', handle: 'ali' },
        { name: 'Councillor Benn', handle: 'benn' },
        { name: 'Councillor Cole', handle: 'cole' },
      ],
      against: [{ name: 'Councillor Dunn', handle: 'dunn' }, { name: 'Councillor Earl' }],
      abstain: [{ name: 'Councillor Fox' }],
    });
    assert.deepEqual([v.for, v.against, v.abstain, v.outcome], [3, 2, 1, 'carried']);
    assert.deepEqual(it.content.map((c) => c.kind), ['keyword'], 'the name lines are part of the vote');
  });

  it('reads the labels in any case and in their kin, and lines that wrap like attendance lists', () => {
    const it = item('VOTE: recorded — carried\n  In favour: @ali,\n      @benn,\n    @cole\n  against: @dunn\n  Abstentions: Councillor Fox\n');
    const r = it.votes[0].recorded!;
    assert.deepEqual(r.for.map((n) => n.handle), ['ali', 'benn', 'cole']);
    assert.deepEqual(r.against.map((n) => n.handle), ['dunn']);
    assert.deepEqual(r.abstain.map((n) => n.name), ['Councillor Fox']);
    const tree = parse(`# 1. T\nVOTE: recorded\n\tFor (2): @ali, @benn\n\tABSTAINED: @cole\n`).ast.items[0].blocks[0];
    assert.equal(tree.kind, 'keyword');
    if (tree.kind !== 'keyword') return;
    assert.deepEqual(tree.voteLines?.map((l) => [l.side, l.label.text, l.names.length]), [['for', 'For', 2], ['abstain', 'ABSTAINED', 1]]);
  });

  it('counts the names when the VOTE line gives no counts, and keeps counts that are written', () => {
    const counted = item('VOTE: recorded — carried\n  FOR: @ali, @benn, @cole\n  AGAINST: @dunn\n').votes[0];
    assert.deepEqual([counted.for, counted.against, counted.abstain, counted.outcome], [3, 1, 0, 'carried']);
    // Written counts that disagree with the names are kept, for vote-invalid to report.
    const written = item('VOTE: for 5, against 1 — carried\n  FOR: @ali, @benn\n  AGAINST: @dunn\n').votes[0];
    assert.deepEqual([written.for, written.against, written.abstain], [5, 1, null]);
  });

  it('marks a vote that says recorded but names no one, and leaves a counted vote unrecorded', () => {
    assert.deepEqual(item('VOTE: recorded — carried\n').votes[0].recorded, { for: [], against: [], abstain: [] });
    assert.equal(item('VOTE: for 7, against 2 — carried\n').votes[0].recorded, null);
  });

  it('keeps the v1 meaning of an indented line right under a VOTE that is no vote label', () => {
    const it = item('VOTE: for 7 — carried\n  The Chair used a casting vote.\n  FOR: @ali\n');
    assert.equal(it.votes[0].recorded, null);
    assert.deepEqual(paragraphs(it), ['The Chair used a casting vote. FOR: @ali']);
    // After a bare keyword and a blank line, an indented label line is the block's body, as any indented line is.
    const resolved = item('RESOLVED:\n\n  For: the reasons in the report, the plan be approved.\n');
    assert.deepEqual(resolved.resolutions.map((r) => r.text), ['For: the reasons in the report, the plan be approved.']);
  });

  it('leaves a FOR: line that is not under a VOTE as narrative, indented or not', () => {
    const it = item('FOR: @ali, @benn\n\nThe vote was taken.\n  AGAINST: @dunn\n\nVOTE: carried\n\n  ABSTAIN: @cole\n');
    assert.deepEqual(paragraphs(it), ['FOR: @ali, @benn', 'The vote was taken. AGAINST: @dunn', 'ABSTAIN: @cole']);
    assert.equal(it.votes[0].recorded, null);
    // Not a label: `for` followed by more words before the colon.
    const tree = parse('# 1. T\nVOTE: carried\n  For the record: the Chair abstained\n').ast.items[0].blocks[0];
    assert.equal(tree.kind === 'keyword' && tree.voteLines, undefined);
  });

  it('takes the vote on a motion with its names, and stops the names at a line that is not indented', () => {
    const it = item('MOTION: moved by @ali, seconded by @benn\nThat the budget be set.\n\nVOTE: recorded — carried\n  FOR: @ali, @benn\n  AGAINST: @dunn\nThe budget was set.\n');
    assert.deepEqual([it.votes[0].on, it.votes[0].motion, it.votes[0].for, it.votes[0].against], ['motion', 1, 2, 1]);
    assert.deepEqual(paragraphs(it), ['The budget was set.']);
  });

  it('parses an edited recorded vote as a fresh parse does', () => {
    const before = `${PEOPLE}# 1. A\nVOTE: recorded — carried\n  FOR: @ali\n\n# 2. B\nVOTE: recorded — lost\n  AGAINST: @benn\n`;
    const after = before.replace('  FOR: @ali\n', '  FOR: @ali,\n    @cole\n  ABSTAIN: @dunn\n');
    const first = parse(before);
    const strip = (v: unknown) => JSON.parse(JSON.stringify(v));
    assert.deepEqual(strip(parse(after, first.ast).ast), strip(parse(after).ast));
    const edited = parse(after, first.ast).ast.items[0].blocks[0];
    assert.deepEqual(edited.kind === 'keyword' && edited.voteLines?.map((l) => l.names.map((n) => n.name.text)), [['@ali', '@cole'], ['@dunn']]);
  });
});
