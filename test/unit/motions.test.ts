/**
 * MOTION and AMENDMENT blocks: the keyword line's mover, seconder and
 * withdrawn part, the model's motions with their amendments, and which
 * question each VOTE decides.
 */
import * as assert from 'node:assert/strict';
import { analyze, parse } from '../../server/src/core';
import type { ItemModel, KeywordContent } from '../../server/src/core';
import { unattachedAmendments } from '../../server/src/core/model/motions';

const PEOPLE = 'PEOPLE:\n@hinchcliffe  Councillor Susan Hinchcliffe\n@ross-shaw    Councillor Alex Ross-Shaw\n@lee          Councillor Lee\n\n';
const item = (body: string): ItemModel => analyze(`${PEOPLE}# 5. Local Plan\n${body}`).model.items[0];
const head = (line: string) => {
  const b = parse(`# 1. T\n${line}\nThat it be done.\n`).ast.items[0].blocks[0];
  assert.equal(b.kind, 'keyword');
  return b.kind === 'keyword' ? b.motion : undefined;
};
const keywords = (it: ItemModel): KeywordContent[] => it.content.filter((c): c is KeywordContent => c.kind === 'keyword');

describe('motions and amendments', () => {
  it('reads the example of the language: a motion, an amendment voted down, the vote on the motion', () => {
    const it = item(
      'MOTION: moved by @hinchcliffe, seconded by @ross-shaw\nThat the Council adopts the Local Plan 2021–2038.\n\n' +
        'AMENDMENT: moved by @lee, seconded by @ward\nAdd "subject to a further six weeks of consultation" after "2021–2038".\n' +
        'VOTE: for 12, against 30, abstain 2 — lost\n\nVOTE: for 40, against 3 — carried\n\nRESOLVED:\nThat the Council adopts the Local Plan 2021–2038.\n',
    );
    assert.equal(it.motions.length, 1);
    const [m] = it.motions;
    assert.deepEqual(
      { text: m.text, mover: m.mover, seconder: m.seconder, moverHandle: m.moverHandle, seconderHandle: m.seconderHandle, withdrawn: m.withdrawn, votes: m.votes, line: m.line },
      {
        text: 'That the Council adopts the Local Plan 2021–2038.',
        mover: 'Councillor Susan Hinchcliffe',
        seconder: 'Councillor Alex Ross-Shaw',
        moverHandle: 'hinchcliffe',
        seconderHandle: 'ross-shaw',
        withdrawn: false,
        votes: [1],
        line: 6,
      },
    );
    assert.equal(m.amendments.length, 1);
    const [a] = m.amendments;
    assert.equal(a.text, 'Add "subject to a further six weeks of consultation" after "2021–2038".');
    assert.deepEqual([a.mover, a.moverHandle, a.seconder, a.seconderHandle], ['Councillor Lee', 'lee', 'ward', 'ward']);
    assert.deepEqual(a.votes, [0]);
    assert.deepEqual(
      it.votes.map((v) => [v.on, v.motion, v.amendment, v.outcome]),
      [
        ['amendment', 1, 1, 'lost'],
        ['motion', 1, null, 'carried'],
      ],
    );
    assert.deepEqual(it.resolutions.map((r) => r.id), ['5(1)']);
    const [motion, amendment] = keywords(it);
    assert.deepEqual(motion.motion, { number: 1, amendment: null, mover: 'Councillor Susan Hinchcliffe', seconder: 'Councillor Alex Ross-Shaw', withdrawn: false });
    assert.equal(motion.text, null, 'the mover and seconder are not the text of the block');
    assert.deepEqual(amendment.motion, { number: 1, amendment: 1, mover: 'Councillor Lee', seconder: 'ward', withdrawn: false });
  });

  it('reads the mover and seconder in the forms clerks write them', () => {
    const names = (line: string) => {
      const h = head(line);
      return [h?.mover?.name.text ?? null, h?.mover?.handle?.text ?? null, h?.seconder?.name.text ?? null, h?.seconder?.handle?.text ?? null, !!h?.withdrawn];
    };
    assert.deepEqual(names('MOTION: moved by @lee, seconded by @ward'), ['@lee', 'lee', '@ward', 'ward', false]);
    assert.deepEqual(names('MOTION: moved @lee, seconded @ward'), ['@lee', 'lee', '@ward', 'ward', false]);
    assert.deepEqual(names('MOTION: Moved by Councillor Lee and seconded by Councillor Ward.'), ['Councillor Lee', null, 'Councillor Ward', null, false]);
    assert.deepEqual(names('MOTION: proposed by Cllr J. Smith, seconded by Cllr Ross-Shaw'), ['Cllr J. Smith', null, 'Cllr Ross-Shaw', null, false]);
    assert.deepEqual(names('MOTION: Moved: @lee; Seconded: @ward'), ['@lee', 'lee', '@ward', 'ward', false]);
    assert.deepEqual(names('MOTION: moved by @lee (Leader), seconded by the Mayor, Councillor Ward'), ['@lee', 'lee', 'the Mayor, Councillor Ward', null, false]);
    assert.deepEqual(names('AMENDMENT: moved by @lee'), ['@lee', 'lee', null, null, false]);
    assert.deepEqual(names('AMENDMENT: seconded by @ward'), [null, null, '@ward', 'ward', false]);
    assert.deepEqual(names('AMENDMENT: moved by @lee, seconded by @ward — withdrawn'), ['@lee', 'lee', '@ward', 'ward', true]);
    assert.deepEqual(names('AMENDMENT: moved by Cllr Collins (B) – withdrawn.'), ['Cllr Collins (B)', null, null, null, true]);
    assert.deepEqual(names('AMENDMENT: — withdrawn'), [null, null, null, null, true]);
    assert.deepEqual(names('AMENDMENT: moved by @lee — withdrawn (with the consent of the meeting)'), ['@lee', 'lee', null, null, true]);
    assert.equal(head('MOTION: That the plan — withdrawn in 2019 — be reinstated')?.withdrawn, null, 'only a final part says withdrawn');
  });

  it('keeps what else the keyword line says as the first words of the motion', () => {
    assert.equal(head('MOTION: That the Council adopts the plan.')?.text?.text, 'That the Council adopts the plan.');
    assert.equal(head('MOTION: That the plan — as revised — be adopted — withdrawn')?.text?.text, 'That the plan — as revised — be adopted');
    const h = head('MOTION: moved by @lee — That the plan be adopted');
    assert.equal(h?.mover?.handle?.text, 'lee');
    assert.equal(h?.text?.text, 'That the plan be adopted');
    // A line that is text, not a head: `moved` must open it.
    assert.equal(head('MOTION: The Mayor moved the motion.')?.mover, null);
    const it = item('MOTION: That the Council\nadopts the plan.\n');
    assert.equal(it.motions[0].text, 'That the Council adopts the plan.');
    assert.equal(keywords(it)[0].text, 'That the Council adopts the plan.');
  });

  it('takes the text below a head line across blank lines, as after a bare RESOLVED:, and keeps list markers', () => {
    const it = item('MOTION: moved by @lee, seconded by @hinchcliffe\n\nThat the Council:\n(a) adopts the plan;\n(b) thanks the officers.\n');
    assert.equal(it.motions[0].text, 'That the Council:\n(a) adopts the plan;\n(b) thanks the officers.');
    assert.equal(it.content.length, 1, 'the text is the motion body, not a paragraph after it');
  });

  it('marks a withdrawn motion or amendment', () => {
    const it = item('MOTION: moved by @lee — withdrawn\nThat the plan be withdrawn.\n\nMOTION: moved by @hinchcliffe\nThat the plan be adopted.\n');
    assert.deepEqual(it.motions.map((m) => [m.withdrawn, m.mover]), [[true, 'Councillor Lee'], [false, 'Councillor Susan Hinchcliffe']]);
    assert.equal(it.motions[0].text, 'That the plan be withdrawn.');
  });

  it("attaches each amendment to the item's last motion before it and numbers both within the item", () => {
    const it = item(
      'MOTION: moved by @lee\nFirst.\n\nAMENDMENT: moved by @ward\nA.\n\nMOTION: moved by @hinchcliffe\nSecond.\n\nAMENDMENT: moved by @ross-shaw\nB.\nVOTE: for 1, against 5 — lost\n\nAMENDMENT: moved by @lee\nC.\nVOTE: for 4, against 2 — carried\n\nVOTE: for 6 — carried\n',
    );
    assert.deepEqual(it.motions.map((m) => [m.text, m.amendments.map((a) => a.text)]), [['First.', ['A.']], ['Second.', ['B.', 'C.']]]);
    assert.deepEqual(
      keywords(it).filter((k) => k.motion).map((k) => [k.keyword, k.motion!.number, k.motion!.amendment]),
      [['MOTION', 1, null], ['AMENDMENT', 1, 1], ['MOTION', 2, null], ['AMENDMENT', 2, 2], ['AMENDMENT', 2, 3]],
    );
    assert.deepEqual(it.votes.map((v) => [v.on, v.motion, v.amendment]), [['amendment', 2, 2], ['amendment', 2, 3], ['motion', 2, null]]);
    assert.deepEqual(it.motions[1].votes, [2]);
    assert.deepEqual(it.motions[1].amendments.map((a) => a.votes), [[0], [1]]);
  });

  it('leaves an amendment with no motion before it in its item out of every motion, where the rule can find it', () => {
    const src = `${PEOPLE}# 1. First\nMOTION: moved by @lee\nThat X.\n\n# 2. Second\nAMENDMENT: moved by @ward\nAdd Y.\nVOTE: for 2 — carried\n\nMOTION: moved by @lee\nThat Z.\n`;
    const a = analyze(src);
    const second = a.model.items[1];
    assert.equal(second.motions.length, 1);
    assert.deepEqual(second.motions[0].amendments, []);
    assert.deepEqual(keywords(second)[0].motion, { number: null, amendment: null, mover: 'ward', seconder: null, withdrawn: false });
    assert.deepEqual([second.votes[0].on, second.votes[0].motion], [null, null], 'the vote after it is the item’s');
    const orphans = unattachedAmendments(a.ast.items[1]);
    assert.equal(orphans.length, 1);
    assert.equal(a.lines.lineAt(orphans[0].span.start), 10);
    assert.deepEqual(unattachedAmendments(a.ast.items[0]), []);
  });

  it('gives a vote to a motion only with blank lines between; any other vote is the item’s', () => {
    const votes = (body: string) => item(body).votes.map((v) => v.on);
    assert.deepEqual(votes('MOTION: moved by @lee\nThat X.\nVOTE: for 3 — carried\n'), ['motion']);
    assert.deepEqual(votes('MOTION: moved by @lee\nThat X.\n\n\nVOTE: for 3 — carried\n'), ['motion']);
    assert.deepEqual(votes('MOTION: moved by @lee\nThat X.\n\nThe Mayor put the motion.\n\nVOTE: for 3 — carried\n'), [null]);
    assert.deepEqual(votes('MOTION: moved by @lee\nThat X.\n\nACTION: @lee — Write\nVOTE: for 3 — carried\n'), [null]);
    assert.deepEqual(votes('MOTION: moved by @lee\nThat X.\nVOTE: for 3 — carried\nVOTE: for 4 — carried\n'), ['motion', null]);
    assert.deepEqual(votes('VOTE: for 3 — carried\n'), [null]);
    // After the vote on an amendment, the next vote is on its motion, as amended; then the item's again.
    assert.deepEqual(votes('MOTION: moved by @lee\nX.\n\nAMENDMENT: moved by @ward\nY.\n\nVOTE: lost\nVOTE: carried\nVOTE: carried\n'), ['amendment', 'motion', null]);
  });

  it('never gives a vote to a withdrawn motion or amendment: nothing was put on it', () => {
    const it = item('MOTION: moved by @lee\nThat X.\n\nAMENDMENT: moved by @ward — withdrawn\nY.\n\nVOTE: for 5 — carried\n');
    assert.deepEqual(it.votes.map((v) => [v.on, v.motion, v.amendment]), [['motion', 1, null]]);
    assert.deepEqual(it.motions[0].amendments[0].votes, []);
    assert.deepEqual(it.motions[0].votes, [0]);
    const after = item('MOTION: moved by @lee — withdrawn\nThat X.\n\nVOTE: for 5 — carried\n');
    assert.deepEqual(after.votes.map((v) => v.on), [null]);
    assert.deepEqual(after.motions[0].votes, []);
  });

  it('reads a MOTION before the first item without numbering it in any item', () => {
    const m = analyze(`${PEOPLE}MOTION: moved by @lee\nThat the meeting be adjourned.\n\n# 1. Next\n`).model;
    const k = m.preamble.find((c): c is KeywordContent => c.kind === 'keyword' && c.keyword === 'MOTION');
    assert.deepEqual(k?.motion, { number: null, amendment: null, mover: 'Councillor Lee', seconder: null, withdrawn: false });
    assert.deepEqual(m.items[0].motions, []);
  });
});
