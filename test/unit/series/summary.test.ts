// The per-file half of the series: citations read from the text (not from
// comments), action ids and from parts, approvals and the summary's header
// lines, as the model and summarize() give them.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { summarize, summarizeText } from '../../../server/src/core/series/index';
import { dedent } from '../../helpers/documents';

const TEXT = dedent(`
  ---
  committee: Finance Committee
  date: 2024-03-12
  time: 19:30-21:00
  status: draft
  ---

  PEOPLE:
  @clerk  Jo Patel — Clerk

  PRESENT: @clerk, Councillor Benn
  APOLOGIES: Councillor Cole

  # 12/24 Minutes of the previous meeting
  RESOLVED: That the minutes of the meeting held on 13 February 2024 be approved as a correct record.

  # 13/24 Matters arising
  The clerk reported on minute 5 of 2024-02-13, on MIN. 11/24(a) and on minute 7(1) of 12th March 2024.
  // minute 99 is a comment, not a citation
  A minute of silence; minutes 4 and 5 are not citations either.
  ACTION: @clerk — Get three quotes — done — from minute 9/24
  ACTION: @clerk — Write to the county — due 2024-04-01
  ACTION: @clerk — Write to the County. — from minute 13/24

  ## 13/24(a) Grants (minute 11/24 refers)
  As minute 12/24 said.
`);

describe('series: what one file says (model and summary)', () => {
  const analysis = analyze(TEXT);
  const model = analysis.model;

  it('reads citations with and without dates, in any case, not in comments', () => {
    const cited = model.items[1].citations.map((c) => [c.text, c.meeting, c.target]);
    assert.deepEqual(cited, [
      ['minute 5 of 2024-02-13', '2024-02-13', null],
      ['MIN. 11/24(a)', null, null],
      ['minute 7(1) of 12th March 2024', '2024-03-12', null],
      ['minute 9/24', null, null],
      ['minute 13/24', null, '13/24'],
    ]);
    // A heading's citation is the item's too.
    assert.deepEqual(model.items[1].items[0].citations.map((c) => [c.text, c.target]), [['minute 11/24', null], ['minute 12/24', '12/24']]);
    const c = model.items[1].citations[1];
    assert.equal(TEXT.split('\n')[c.range.start.line].slice(c.range.start.character, c.range.end.character), 'MIN. 11/24(a)');
  });

  it('gives each action an id and, within the file, a from', () => {
    assert.deepEqual(
      model.actions.map((a) => [a.id, a.task, a.from]),
      [
        ['2024-03-12/13/24/1', 'Get three quotes', null],
        ['2024-03-12/13/24/2', 'Write to the county', null],
        ['2024-03-12/13/24/3', 'Write to the County.', '2024-03-12/13/24/2'],
      ],
    );
  });

  it('has no action ids without a real date', () => {
    const a = analyze(TEXT.replace('date: 2024-03-12', 'date: 2024-02-30'));
    assert.deepEqual(a.model.actions.map((x) => x.id), [null, null, null]);
    assert.equal(summarize(a, 'x.minutes').date, null);
  });

  it('summarises the header, items, actions, approvals and attendance', () => {
    const s = summarize(analysis, 'finance/2024-03-12.minutes');
    assert.equal(s.file, 'finance/2024-03-12.minutes');
    assert.equal(s.authority, null);
    assert.equal(s.time, '19:30');
    assert.equal(s.header.date.line, 2);
    assert.equal(s.header.status.value, 'draft');
    assert.equal(s.headerEnd, 5);
    assert.deepEqual(s.items.map((i) => [i.number, i.level]), [['12/24', 1], ['13/24', 1], ['13/24(a)', 2]]);
    assert.deepEqual(s.approvals.map((a) => [a.resolution, a.meeting]), [['12/24(1)', '2024-02-13']]);
    const from = s.actions[0].from!;
    assert.equal(from.text, 'from minute 9/24');
    assert.equal(TEXT.split('\n')[from.range.start.line].slice(from.range.start.character, from.range.end.character), 'from minute 9/24');
    assert.deepEqual(s.actions.map((a) => [a.index, a.statusWritten, a.ownerText]), [[1, true, '@clerk'], [2, false, '@clerk'], [3, false, '@clerk']]);
    assert.deepEqual(s.citations.filter((c) => c.inAction).map((c) => c.number), ['9/24', '13/24']);
    assert.deepEqual(s.attendance.present, [{ name: 'Jo Patel', handle: 'clerk' }, { name: 'Councillor Benn' }]);
    assert.deepEqual(s.attendance.apologies, [{ name: 'Councillor Cole' }]);
    // A summary is plain data: it survives JSON unchanged.
    assert.deepEqual(JSON.parse(JSON.stringify(s)), s);
  });

  it('reads "the previous meeting" as an approval without a date, and a plain resolution as none', () => {
    const a = analyze(TEXT.replace('the meeting held on 13 February 2024', 'the previous meeting').replace('be approved as a correct record', 'be signed by the Chair'));
    assert.deepEqual(summarize(a, 'x').approvals.map((x) => x.meeting), [null]);
    const b = analyze(TEXT.replace('RESOLVED: That the minutes of the meeting held on 13 February 2024 be approved as a correct record.', 'RESOLVED: That the budget be approved.'));
    assert.deepEqual(summarize(b, 'x').approvals, []);
  });
});

describe('series: summarizeText', () => {
  it('gives the summary of the whole analysis, without running the rules, CR line ends too', () => {
    for (const text of [TEXT, TEXT.replace(/\n/g, '\r\n'), TEXT.replace(/\n/g, '\r')]) {
      assert.deepEqual(summarizeText(text, 'f.minutes'), summarize(analyze(text), 'f.minutes'));
    }
  });
});
