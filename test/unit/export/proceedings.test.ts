// The v2 proceedings in the HTML and Markdown exports, on small documents
// written inline: a motion and its amendments under heads naming the mover,
// the seconder and the outcome read from the votes; each vote labelled with
// the question it decides; a recorded vote as a table with a caption and
// row headers; arrivals and departures where they happened; REASONS and
// ALTERNATIVES under their printed labels; and the header's contact.
import * as assert from 'node:assert/strict';
import { parse, parseFragment } from 'parse5';
import { analyze, exportDocument, renderHtml, renderPreview, type Analysis } from '../../../server/src/core/index';
import { all, attr, text, type El } from '../../helpers/html-tree';
import { dedent } from '../../helpers/documents';

const COUNCIL = dedent(`
  ---
  committee: Council
  date: 2025-02-20
  time: 19:00
  status: draft
  contact: @dsm, 01632 960 415
  ---
  PEOPLE:
  @lee   Councillor Ann Lee — Leader
  @ward  Councillor Ben Ward
  @cole  Councillor Cy Cole
  @dsm   Kate Ellison — Democratic Services Manager

  PRESENT: @lee, @ward, @cole, Councillor Doyle

  # 6. Local Plan
  ARRIVED: Councillor Quayle (7.20 pm)

  MOTION: moved by @lee, seconded by @ward
  That the Council adopts the Local Plan.

  AMENDMENT: moved by @cole — withdrawn
  Add "subject to consultation".

  AMENDMENT: moved by Councillor Doyle, seconded by @cole
  Add "and reviews it in 2027".

  VOTE: for 3, against 1 — carried

  VOTE: recorded — carried
    FOR: @lee, @ward, Councillor Quayle
    AGAINST: @cole

  RESOLVED: That the Council adopts the Local Plan and reviews it in 2027.

  REASONS:
  The plan meets the housing need.

  ALTERNATIVES:
  To delay adoption: rejected.

  LEFT: @cole (having declared an interest)

  # 7. Other business
  RETURNED: @cole

  MOTION: moved by @ward
  That the Council thanks the staff.

  VOTE: for 4, against 0 — carried

  MOTION: moved by @cole, seconded by Councillor Doyle
  That the Council meets in July.

  VOTE: for 1, against 4 — lost
`);

function page(a: Analysis): El[] {
  return all(parse(renderHtml(a.model, { standalone: true, config: a.config })) as unknown as El);
}

const byClass = (els: El[], cls: string): El[] => els.filter((e) => (attr(e, 'class') ?? '').split(' ').includes(cls));
const words = (e: El): string => text(e).replace(/\s+/g, ' ').trim();

describe('export: proceedings (motions, votes, attendance changes, executive records)', () => {
  const analysis = analyze(COUNCIL);
  const els = page(analysis);

  it('heads each motion and amendment with the mover, the seconder and the outcome', () => {
    const heads = byClass(els, 'minutes-motion-head').map(words);
    assert.deepEqual(heads, [
      'Motion: Moved by Councillor Ann Lee, seconded by Councillor Ben Ward. Carried.',
      'Amendment 1: Moved by Councillor Cy Cole. Withdrawn.',
      'Amendment 2: Moved by Councillor Doyle, seconded by Councillor Cy Cole. Carried.',
      'Motion 1: Moved by Councillor Ben Ward. Carried.',
      'Motion 2: Moved by Councillor Cy Cole, seconded by Councillor Doyle. Lost.',
    ]);
    const blocks = els.filter((e) => /minutes-(motion|amendment) /.test(`${attr(e, 'class') ?? ''} `) && e.tagName === 'div');
    assert.deepEqual(
      blocks.map((b) => attr(b, 'class')),
      [
        'minutes-block minutes-motion minutes-outcome-carried',
        'minutes-block minutes-amendment minutes-outcome-withdrawn',
        'minutes-block minutes-amendment minutes-outcome-carried',
        'minutes-block minutes-motion minutes-outcome-carried',
        'minutes-block minutes-motion minutes-outcome-lost',
      ],
    );
    // The motion's text is inside its block, and the head line's handles are not printed as written.
    assert.match(words(blocks[0]), /That the Council adopts the Local Plan\.$/);
    assert.ok(!els.some((e) => /moved by @|@lee|@cole/.test(words(e))));
  });

  it('labels each vote with the question it decides', () => {
    const votes = byClass(els, 'minutes-vote').map(words);
    assert.deepEqual(votes, [
      'Vote on amendment 2: Carried: 3 for, 1 against',
      'Vote on the motion as amended: Carried: 3 for, 1 against, 0 abstentions',
      'Vote on motion 1: Carried: 4 for, 0 against',
      'Vote on motion 2: Lost: 1 for, 4 against',
    ]);
  });

  it('prints a recorded vote as a table with a caption and a row header per side', () => {
    const [table] = byClass(els, 'minutes-recorded-vote');
    assert.ok(table, 'a recorded vote table');
    assert.equal(words(all(table).find((e) => e.tagName === 'caption')!), 'Recorded vote on the motion as amended');
    const rows = all(table).filter((e) => e.tagName === 'tr');
    assert.deepEqual(
      rows.map((r) => all(r).filter((c) => c.tagName === 'th').map((th) => [words(th), attr(th, 'scope')])),
      [[['For (3)', 'row']], [['Against (1)', 'row']]],
    );
    assert.deepEqual(
      rows.map((r) => words(all(r).find((c) => c.tagName === 'td')!)),
      ['Councillor Ann Lee, Councillor Ben Ward, Councillor Quayle', 'Councillor Cy Cole'],
    );
  });

  it('in the preview, points each row of a recorded vote at its line, so a problem there is marked on its row', () => {
    const source = COUNCIL.split('\n');
    const against = source.findIndex((l) => l.trim().startsWith('AGAINST: @cole'));
    const start = analysis.lines.offsetAt({ line: against, character: 4 });
    const html = renderPreview({ ...analysis, diagnostics: [{ ruleId: 'test', severity: 'error', message: 'on the against line', start, end: start + 1 }] });
    const rows = all(parseFragment(html) as unknown as El).filter((e) => e.tagName === 'tr' && (attr(e, 'data-line') ?? '') !== '');
    const recorded = rows.filter((r) => /^(For|Against) \(/.test(words(r).replace(/^Error: on the against line/, '')));
    assert.deepEqual(
      recorded.map((r) => source[Number(attr(r, 'data-line'))].trim().split(':')[0]),
      ['FOR', 'AGAINST'],
    );
    assert.equal(attr(recorded[1], 'data-severity'), 'error');
    assert.match(words(recorded[1]), /^Error: on the against line/);
    // The export has no preview lines: its rows point at the VOTE line.
    const exported = page(analysis).filter((e) => e.tagName === 'tr' && /^(For|Against) \(/.test(words(e)));
    assert.deepEqual(exported.map((r) => source[Number(attr(r, 'data-line'))].split(':')[0]), ['VOTE', 'VOTE']);
  });

  it('prints arrivals, departures and returns where they happened, with their notes', () => {
    const changes = byClass(els, 'minutes-attendance-change');
    assert.deepEqual(changes.map(words), [
      'Councillor Quayle arrived (7.20 pm).',
      'Councillor Cy Cole left the meeting (having declared an interest).',
      'Councillor Cy Cole returned to the meeting.',
    ]);
    const sectionOf = (e: El): string | undefined => attr(els.filter((s) => s.tagName === 'section' && all(s).includes(e)).pop()!, 'id');
    assert.deepEqual(changes.map(sectionOf), ['item-6', 'item-6', 'item-7']);
    const source = COUNCIL.split('\n');
    assert.deepEqual(
      changes.map((c) => source[Number(attr(c, 'data-line'))].split(':')[0]),
      ['ARRIVED', 'LEFT', 'RETURNED'],
    );
  });

  it('labels REASONS and ALTERNATIVES as councils print them', () => {
    const reasons = byClass(els, 'minutes-reasons')[0];
    const alternatives = byClass(els, 'minutes-alternatives')[0];
    assert.equal(words(reasons), 'Reasons for the decision: The plan meets the housing need.');
    assert.equal(words(alternatives), 'Alternatives considered and rejected: To delay adoption: rejected.');
  });

  it('prints the header contact under the heading block, its handle as the name', () => {
    const header = els.find((e) => e.tagName === 'header')!;
    const contact = byClass(all(header), 'minutes-meeting-contact')[0];
    assert.equal(words(contact), 'Contact: Kate Ellison, 01632 960 415');
  });

  it('says the same in Markdown', async () => {
    const md = (await exportDocument(analysis, 'md')).content;
    for (const line of [
      '**Motion:** Moved by Councillor Ann Lee, seconded by Councillor Ben Ward. **Carried.**',
      '**Amendment 1:** Moved by Councillor Cy Cole. **Withdrawn.**',
      '*Vote on the motion as amended:* Carried: 3 for, 1 against, 0 abstentions',
      '**Recorded vote on the motion as amended**',
      '| For (3) | Councillor Ann Lee, Councillor Ben Ward, Councillor Quayle |',
      '| Against (1) | Councillor Cy Cole |',
      'Councillor Quayle arrived (7.20 pm).',
      'Councillor Cy Cole left the meeting (having declared an interest).',
      '**Reasons for the decision:**',
      '**Alternatives considered and rejected:**',
      '**Contact:** Kate Ellison, 01632 960 415',
      '**Motion 2:** Moved by Councillor Cy Cole, seconded by Councillor Doyle. **Lost.**',
    ]) {
      assert.ok(md.split('\n').includes(line), `no line ${JSON.stringify(line)} in:\n${md}`);
    }
  });
});
