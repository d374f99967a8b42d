/**
 * The vocabulary (server/src/core/vocabulary) against the parts that read it:
 * every keyword of its table is lexed as that keyword, every status word is
 * read by the model as its status and counts as open or not as the table
 * says, every separator parts an ACTION and a hyphen does not, every bullet
 * opens a list entry, and every attendance list lands in its model field.
 */
import * as assert from 'node:assert/strict';
import { analyze, parse } from '../../server/src/core';
import { documentStats } from '../../server/src/core/features/stats';
import {
  ACTION_SEPARATOR_DASHES,
  ACTION_STATUSES,
  ATTENDANCE_LISTS,
  BULLETS,
  isOpen,
  KEYWORDS,
  readStatus,
} from '../../server/src/core/vocabulary';

const HEAD = '---\ncommittee: Finance Committee\ndate: 2024-03-12\n---\n';

describe('vocabulary', () => {
  it('every keyword of the table is lexed as that keyword, in the preamble or in an item as the table says', () => {
    for (const { word, preamble } of KEYWORDS) {
      const { ast } = parse(`${HEAD}${preamble ? '' : '# 1. Item\n'}${word}: some text\n`);
      const blocks = preamble ? ast.preamble : ast.items[0].blocks;
      const block = blocks.find((b) => b.kind === 'keyword');
      assert.equal(block?.kind === 'keyword' ? block.keyword : null, word, word);
    }
  });

  it('the model reads every status word as its status, in any case and with a full stop', () => {
    for (const { status, words } of ACTION_STATUSES) {
      for (const word of [status, ...words]) {
        const written = `${word.charAt(0).toUpperCase()}${word.slice(1)}.`;
        const [action] = analyze(`${HEAD}# 1. Item\nACTION: @clerk — Write to the auditor — ${written}\n`).model.actions;
        assert.equal(action.status, status, written);
        assert.equal(action.task, 'Write to the auditor', written);
        assert.equal(readStatus(word.toUpperCase()), status, word);
      }
    }
    assert.equal(readStatus('Completed works inspection'), null);
  });

  it('an action counts as open exactly when the table says its status is', () => {
    const lines = ACTION_STATUSES.map((s, i) => `ACTION: @clerk — Task ${i} — ${s.status}`);
    const a = analyze(`${HEAD}# 1. Item\n${lines.join('\n')}\n`);
    assert.deepEqual(a.model.actions.map((x) => isOpen(x.status)), ACTION_STATUSES.map((s) => s.open));
    assert.equal(documentStats(a).openActions, ACTION_STATUSES.filter((s) => s.open).length);
    assert.ok(ACTION_STATUSES.some((s) => s.open) && ACTION_STATUSES.some((s) => !s.open), 'both kinds are tested');
  });

  it('each separator parts an ACTION line; a spaced hyphen does not', () => {
    for (const dash of ACTION_SEPARATOR_DASHES) {
      const [action] = analyze(`${HEAD}# 1. Item\nACTION: Clerk ${dash} Write ${dash} due 2024-04-01\n`).model.actions;
      assert.deepEqual([action.owner, action.task, action.due], ['Clerk', 'Write', '2024-04-01'], dash);
    }
    const [hyphen] = analyze(`${HEAD}# 1. Item\nACTION: Head of Planning - Development\n`).model.actions;
    assert.deepEqual([hyphen.owner, hyphen.task], ['Head of Planning - Development', null]);
  });

  it('each bullet opens a list entry', () => {
    for (const bullet of BULLETS) {
      const { ast } = parse(`${HEAD}# 1. Item\nRESOLVED:\n${bullet} That the report be noted.\n`);
      const block = ast.items[0].blocks[0];
      const list = block.kind === 'keyword' ? block.body.find((b) => b.kind === 'list') : undefined;
      assert.equal(list?.kind === 'list' ? list.entries[0].marker.text : null, bullet, bullet);
    }
  });

  it('each attendance list lands in its field of the model', () => {
    const people = 'PEOPLE:\n@ann  Ann Lee\n@bo  Bo Khan\n@cy  Cy Dunn\n@di  Di Hart\n\n';
    const lists = ATTENDANCE_LISTS.map((l, i) => `${l.keyword}: @${['ann', 'bo', 'cy', 'di'][i]}`).join('\n');
    const { attendance } = analyze(`${HEAD}${people}${lists}\n`).model;
    ATTENDANCE_LISTS.forEach((l, i) => assert.deepEqual(attendance[l.field].map((e) => e.handle), [['ann', 'bo', 'cy', 'di'][i]], l.keyword));
  });
});
