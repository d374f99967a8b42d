import * as assert from 'node:assert/strict';
import { expectClean, expectMarked, fixedText } from '../../helpers/expect-diagnostics';

const header = (...lines: string[]): string => ['---', 'committee: Executive', ...lines, '---', ''].join('\n');

describe('header-invalid', () => {
  it('reports a date that does not exist, checked against the calendar', () => {
    expectMarked(header('date: [[2021-02-29]]'), 'header-invalid', [/2021-02-29 is not a real date: February 2021 has 28 days/]);
    expectClean(header('date: 2020-02-29'), 'header-invalid');
    expectMarked(header('date: [[2021-13-01]]'), 'header-invalid', [/no month 13/]);
    expectMarked(header('date: [[2021-04-00]]'), 'header-invalid', [/days start at 01/]);
  });

  it('reports a date not written YYYY-MM-DD', () => {
    expectMarked(header('date: [[8 June 2021]]'), 'header-invalid', [/YYYY-MM-DD.*not `8 June 2021`/]);
  });

  it('reports a key given twice on the earlier line, which does not count', () => {
    expectMarked(header('[[date]]: 2021-11-16', 'date: 2021-11-17'), 'header-invalid', [/`date` is given twice; the later line \(`2021-11-17`\) is the one that counts/]);
    expectClean(header('date: 2021-11-16', 'time: 18:30'), 'header-invalid');
  });

  it('leaves an empty date to header-missing', () => {
    expectClean(header('date:'), 'header-invalid');
  });

  it('checks time: HH:MM or HH:MM-HH:MM, end after start', () => {
    expectClean(header('date: 2021-11-16', 'time: 18:30'), 'header-invalid');
    expectClean(header('date: 2021-11-16', 'time: 18:30-21:10'), 'header-invalid');
    expectMarked(header('date: 2021-11-16', 'time: [[21:10-18:30]]'), 'header-invalid', [/ends \(18:30\) before it starts \(21:10\)/]);
    expectMarked(header('date: 2021-11-16', 'time: [[18:30-18:30]]'), 'header-invalid', [/ends/]);
    expectMarked(header('date: 2021-11-16', 'time: [[6.30pm]]'), 'header-invalid', [/`HH:MM`/]);
    expectMarked(header('date: 2021-11-16', 'time: [[24:00]]'), 'header-invalid', [/24-hour clock/]);
  });

  it('checks status, and that approved minutes say when', () => {
    expectMarked(header('date: 2021-11-16', 'status: [[final]]'), 'header-invalid', [/`draft` or `approved`, not `final`/]);
    expectMarked(header('date: 2021-11-16', 'status: [[approved]]'), 'header-invalid', [/need `approved-on`/]);
    expectClean(header('date: 2021-11-16', 'status: approved', 'approved-on: 2021-12-14'), 'header-invalid');
    expectClean(header('date: 2021-11-16', 'status: draft'), 'header-invalid');
  });

  it('checks approved-on is a real date on or after the meeting', () => {
    expectMarked(header('date: 2021-11-16', 'status: approved', 'approved-on: [[2021-11-15]]'), 'header-invalid', [/before the meeting of 2021-11-16/]);
    expectClean(header('date: 2021-11-16', 'status: approved', 'approved-on: 2021-11-16'), 'header-invalid');
    expectMarked(header('date: 2021-11-16', 'approved-on: [[2021-11-31]]'), 'header-invalid', [/November 2021 has 30 days/]);
  });

  it('offers to lower the capitals of a status or type that is otherwise right', () => {
    assert.equal(fixedText(header('date: 2021-11-16', 'status: Draft', 'type: MINUTES'), 'header-invalid'), header('date: 2021-11-16', 'status: draft', 'type: minutes'));
    const [d] = expectMarked(header('date: 2021-11-16', 'status: [[Final]]'), 'header-invalid');
    assert.equal(d.fix, undefined);
  });

  // Word turns the hyphen of 18:30-21:10 into an en dash with spaces, and clerks paste it so.
  it('offers to write a time range typed with spaces or a dash as HH:MM-HH:MM', () => {
    expectMarked(header('date: 2021-11-16', 'time: [[18:30 – 21:10]]'), 'header-invalid', [/Write the time range as `18:30-21:10`/]);
    assert.equal(fixedText(header('date: 2021-11-16', 'time: 18:30 – 21:10'), 'header-invalid'), header('date: 2021-11-16', 'time: 18:30-21:10'));
    assert.equal(fixedText(header('date: 2021-11-16', 'time: 18:30—21:10'), 'header-invalid'), header('date: 2021-11-16', 'time: 18:30-21:10'));
    assert.equal(fixedText(header('date: 2021-11-16', 'time: 18:30 - 21:10'), 'header-invalid'), header('date: 2021-11-16', 'time: 18:30-21:10'));
    // A range that is wrong once written plainly gets no fix, and the usual message.
    const [d] = expectMarked(header('date: 2021-11-16', 'time: [[21:10 – 18:30]]'), 'header-invalid', [/`HH:MM-HH:MM`/]);
    assert.equal(d.fix, undefined);
  });

  it('checks quorum is a positive whole number', () => {
    expectClean(header('date: 2021-11-16', 'quorum: 5'), 'header-invalid');
    expectMarked(header('date: 2021-11-16', 'quorum: [[0]]'), 'header-invalid', [/whole number/]);
    expectMarked(header('date: 2021-11-16', 'quorum: [[one third]]'), 'header-invalid', [/not `one third`/]);
    expectMarked(header('date: 2021-11-16', 'quorum: [[2.5]]'), 'header-invalid');
  });

  it('checks type is minutes or report', () => {
    expectClean(header('date: 2021-11-16', 'type: report'), 'header-invalid');
    expectMarked(header('date: 2021-11-16', 'type: [[agenda]]'), 'header-invalid', [/`minutes` or `report`, not `agenda`/]);
  });

  it('checks executive is yes or no, and says what a wrong value is read as', () => {
    expectClean(header('date: 2021-11-16', 'executive: yes'), 'header-invalid');
    expectClean(header('date: 2021-11-16', 'executive: no'), 'header-invalid');
    expectMarked(header('date: 2021-11-16', 'executive: [[maybe]]'), 'header-invalid', [/^`executive` is `yes` or `no`, not `maybe`\. Until then the meeting is not read as an executive's/]);
    const [d] = expectMarked(header('date: 2021-11-16', 'executive: [[Yes]]'), 'header-invalid', [/not `Yes`\. It is read as `yes`\.$/]);
    assert.equal(d.fix?.edits[0].newText, 'yes');
  });

  it('checks the risk matrix with parseRiskMatrix', () => {
    expectClean(header('date: 2021-11-16', 'risk-matrix: A-E x 1-5'), 'header-invalid');
    expectClean(header('date: 2021-11-16', 'risk-matrix: 1-5 x 1-5'), 'header-invalid');
    expectMarked(header('date: 2021-11-16', 'risk-matrix: [[5x5]]'), 'header-invalid', [/not a risk matrix.*A-F x 1-4/]);
    expectMarked(header('date: 2021-11-16', 'risk-matrix: [[A-D x A-D]]'), 'header-invalid');
  });

  it('reports an empty checked value at its key', () => {
    expectMarked(header('date: 2021-11-16', '[[quorum]]:'), 'header-invalid', [/`quorum` has no value/]);
  });

  it('judges the last of a repeated key, the one the model keeps', () => {
    expectMarked(header('date: 2021-11-16', '[[quorum]]: 3', 'quorum: [[x]]'), 'header-invalid', [/given twice/, /whole number/]);
  });

  it('ignores keys it does not check, including names of object properties', () => {
    expectClean(header('date: 2021-11-16', 'constructor: x', 'toString: y', 'venue: Town Hall'), 'header-invalid');
  });

  it('reports each wrong value on its own line, in order', () => {
    expectMarked(header('date: [[2021-02-30]]', 'time: [[7pm]]', 'status: [[Approved]]', 'quorum: [[-1]]'), 'header-invalid');
  });
});
