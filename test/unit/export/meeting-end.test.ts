// The end of the minutes in every export: 'The meeting closed at 4.25 pm.'
// where CLOSED: gives the time (12-hour clock, noon and midnight in words),
// then the lines for the chair to sign while the minutes are a draft, or
// the confirmation once approved; nothing for a report, and no signature
// block for minutes that give no status.
import * as assert from 'node:assert/strict';
import { parse, parseFragment } from 'parse5';
import { analyze, exportDocument, renderHtml, renderPreview } from '../../../server/src/core/index';
import { meetingEnd } from '../../../server/src/core/export/proceedings';
import { all, attr, text, type El } from '../../helpers/html-tree';

/** A one-item document with the header lines given and CLOSED: when `closed` is set. */
function minutes(header: string[], closed?: string): string {
  return ['---', 'committee: Parish Council', 'date: 2024-03-12', 'time: 19:00', ...header, '---', '', '# 1. Grass cutting', '', 'NOTED: The contract was renewed.', '', ...(closed ? [`CLOSED: ${closed}`] : []), ''].join('\n');
}

function endOfPage(source: string): { tag: string; cls: string; text: string; line: string | undefined }[] {
  const els = all(parse(renderHtml(analyze(source).model, { standalone: true })) as unknown as El);
  const footer = els.find((e) => e.tagName === 'footer');
  if (!footer) return [];
  return (footer.childNodes ?? [])
    .filter((c) => c.tagName)
    .map((c) => ({ tag: c.tagName!, cls: attr(c, 'class') ?? '', text: text(c), line: attr(c, 'data-line') }));
}

describe('export: the end of the meeting', () => {
  it('prints the closing time on the 12-hour clock, noon and midnight in words', () => {
    const closedAt = (time: string): string | null => meetingEnd(analyze(minutes(['status: draft'], time)).model)?.closed ?? null;
    assert.equal(closedAt('16:25'), 'The meeting closed at 4.25 pm.');
    assert.equal(closedAt('21:47'), 'The meeting closed at 9.47 pm.');
    assert.equal(closedAt('12:00'), 'The meeting closed at 12 noon.');
    assert.equal(closedAt('12:05'), 'The meeting closed at 12.05 pm.');
    assert.equal(closedAt('00:00'), 'The meeting closed at 12 midnight.');
    assert.equal(closedAt('09:30'), 'The meeting closed at 9.30 am.');
  });

  it('ends a draft with the closing time and the lines to sign, after the last item', () => {
    const source = minutes(['status: draft'], '16:25');
    const end = endOfPage(source);
    assert.deepEqual(
      end.map((p) => [p.cls, p.text]),
      [
        ['minutes-closed', 'The meeting closed at 4.25 pm.'],
        ['minutes-signature', 'Chair ________ Date ________'],
      ],
    );
    // In the preview the closing line points at the CLOSED: line, for scroll sync and for its diagnostics.
    assert.equal(end[0].line, undefined);
    const preview = all(parseFragment(renderPreview(analyze(source))) as unknown as El);
    const closed = preview.find((e) => attr(e, 'class') === 'minutes-closed')!;
    assert.equal(source.split('\n')[Number(attr(closed, 'data-line'))], 'CLOSED: 16:25');
    const html = renderHtml(analyze(source).model, { standalone: true });
    assert.ok(html.indexOf('<footer class="minutes-end">') > html.lastIndexOf('</section>'), 'the end follows the last item');
    assert.ok(!/CLOSED|16:25/.test(html.replace(/<style>[\s\S]*?<\/style>/, '')), 'the CLOSED: line itself is not printed in the item');
  });

  it('confirms approved minutes with the date of approved-on as people read it', () => {
    const end = endOfPage(minutes(['status: approved', 'approved-on: 2024-04-09'], '20:10'));
    assert.deepEqual(
      end.map((p) => p.text),
      ['The meeting closed at 8.10 pm.', 'Confirmed as a correct record at the meeting of 9 April 2024.'],
    );
    assert.deepEqual(endOfPage(minutes(['status: approved'])).map((p) => p.text), ['Confirmed as a correct record.']);
  });

  it('gives a report no end, and minutes without a status only their closing time', () => {
    assert.deepEqual(endOfPage(minutes(['type: report', 'title: Budget report', 'status: draft'], '16:25')), []);
    assert.deepEqual(endOfPage(minutes([], '16:25')).map((p) => p.text), ['The meeting closed at 4.25 pm.']);
    assert.deepEqual(endOfPage(minutes([])), []);
  });

  it('ends the Markdown export the same way (the Word export: docx.test.ts)', async () => {
    const a = analyze(minutes(['status: draft'], '16:25'));
    const md = (await exportDocument(a, 'md')).content;
    assert.ok(md.endsWith('**NOTED:** The contract was renewed.\n\nThe meeting closed at 4.25 pm.\n\nChair ________ Date ________\n'), md);
    const approved = (await exportDocument(analyze(minutes(['status: approved', 'approved-on: 2024-04-09'])), 'md')).content;
    assert.ok(approved.endsWith('\n\n*Confirmed as a correct record at the meeting of 9 April 2024.*\n'), approved);
  });
});
