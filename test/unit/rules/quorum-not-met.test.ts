import * as assert from 'node:assert/strict';
import { expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const head = (quorum: string): string =>
  `---\ncommittee: Audit and Governance Board\ndate: 2024-07-25\nquorum: ${quorum}\n---\n\nPEOPLE:\n@achebe  Councillor Ngozi Achebe\n@brennan Councillor Liam Brennan\n@hia     Head of Internal Audit\n@clerk   Beth Lindley\n\n`;

describe('quorum-not-met', () => {
  it('reports fewer members present than the quorum, at PRESENT, with the quorum as related information', () => {
    const text = `${head('3')}[[PRESENT:]] @achebe (Chair), @brennan\nIN ATTENDANCE: @hia, @clerk\n`;
    const [d] = expectMarked(text, 'quorum-not-met', [/Only 2 members are listed as present, below the quorum of 3/]);
    assert.equal(d.related?.[0].message, 'Quorum of 3');
  });

  it('does not count those in attendance', () => {
    expectMarked(`${head('2')}[[PRESENT:]] @achebe\nIN ATTENDANCE: @hia, @clerk, Mr Peter Whitlow\n`, 'quorum-not-met', [/Only 1 member is listed/]);
  });

  it('counts plain names and wrapped lines, each person once', () => {
    expectClean(`${head('4')}PRESENT: @achebe, @brennan,\n  Councillor Farrow, Councillor Gupta\n`, 'quorum-not-met');
    expectMarked(`${head('3')}[[PRESENT:]] @achebe, @brennan, @achebe\n`, 'quorum-not-met');
  });

  it('reports at the quorum when there is no PRESENT line', () => {
    expectMarked(`${head('[[3]]')}IN ATTENDANCE: @hia\n`, 'quorum-not-met', [/quorum of 3 but there is no PRESENT line/]);
  });

  it('says nothing without a valid quorum', () => {
    expectClean(`---\ncommittee: Board\ndate: 2024-07-25\n---\n\nPRESENT: Councillor Farrow\n`, 'quorum-not-met');
    expectClean(`${head('three')}PRESENT: Councillor Farrow\n`, 'quorum-not-met');
  });

  it('accepts a quorum that is met exactly', () => {
    expectClean(`${head('2')}PRESENT: @achebe (Chair), @brennan\n`, 'quorum-not-met');
  });
});
