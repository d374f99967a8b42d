import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const head =
  '---\ncommittee: Planning Committee\ndate: 2021-11-16\n---\n\nPEOPLE:\n@okafor  Councillor Grace Okafor — Chair\n@bains   Councillor Harpreet Bains\n@jennings  Councillor Sarah Jennings\n@mensah  Councillor Kwame Mensah\n@patel   Jo Patel — Democratic Services\n\n';

describe('attendance-conflict', () => {
  it('reports a person present and in apologies, pointing at the first listing', () => {
    const text = `${head}PRESENT: @okafor (Chair), @bains\nAPOLOGIES: [[@bains]]\n`;
    const [d] = expectMarked(text, 'attendance-conflict', [/@bains is listed under both PRESENT and APOLOGIES: a person belongs in one attendance list only/]);
    assert.equal(d.related?.[0].span.start, text.indexOf(', @bains') + 2);
  });

  it('reports a person present and absent, and on a wrapped line', () => {
    expectMarked(`${head}PRESENT: @okafor,\n  @bains\nABSENT: @okafor, [[@bains]]\n`.replace('ABSENT: @okafor', 'ABSENT: [[@okafor]]'), 'attendance-conflict', [
      /@okafor is listed under both PRESENT and ABSENT/,
      /@bains/,
    ]);
  });

  it('reports a name listed twice in one list, ignoring case and spacing', () => {
    expectMarked(`${head}ABSENT: Councillor Peter Quayle, [[councillor  peter quayle]]\n`, 'attendance-conflict', [/listed twice under ABSENT/]);
  });

  it('matches a plain name with the display name of a handle', () => {
    expectMarked(`${head}PRESENT: @bains\nAPOLOGIES: [[Councillor Harpreet Bains]]\n`, 'attendance-conflict', [/Councillor Harpreet Bains is listed under both PRESENT and APOLOGIES/]);
  });

  it('reports an officer listed both as a member present and in attendance', () => {
    expectMarked(`${head}PRESENT: @okafor, @patel\nIN ATTENDANCE: [[@patel]]\n`, 'attendance-conflict', [/under both PRESENT and IN ATTENDANCE/]);
  });

  it('does not take a substitute note for a listing of the absent member', () => {
    expectClean(`${head}PRESENT: @okafor (Chair), @mensah (substitute for @jennings)\nAPOLOGIES: @jennings\nIN ATTENDANCE: @patel\n`, 'attendance-conflict');
  });

  it('takes "None" and its kin for an empty list, not a person listed twice', () => {
    const text = `${head}PRESENT: @okafor, @bains\nAPOLOGIES: None\nABSENT: none.\nIN ATTENDANCE: Nil\n`;
    expectClean(text, 'attendance-conflict');
    const { attendance } = analyze(text).model;
    assert.deepEqual([attendance.apologies, attendance.absent, attendance.inAttendance], [[], [], []]);
    for (const empty of ['N/A', 'none received', 'No apologies.']) assert.deepEqual(analyze(`${head}APOLOGIES: ${empty}\n`).model.attendance.apologies, [], empty);
  });

  it('still reads a person whose name only starts like "none"', () => {
    const { apologies } = analyze(`${head}APOLOGIES: Nonie Hart, None\n`).model.attendance;
    assert.deepEqual(apologies.map((e) => e.name), ['Nonie Hart', 'None']);
  });

  it('accepts different people with similar names', () => {
    expectClean(`${head}PRESENT: Councillor Abbott, Councillor Abbot\nABSENT: Councillor Vickers\n`, 'attendance-conflict');
  });
});
