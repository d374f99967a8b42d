/**
 * Lists and headers the importer once read wrongly: an outer list that
 * resumes after a sub-list (`(c)` after `(ii)` is a letter, not the roman
 * numeral 100), a Word item number right after a resolution's list, the
 * council's name in capitals above a PDF's committee line, and the vote
 * sentence of the HTML export with its counts before or after their words,
 * and the report's guesses quoting the sentence they were read from.
 */
import * as assert from 'node:assert/strict';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { analyze } from '../../../server/src/core';
import { importMinutes } from '../../../server/src/core/import';
import { voteLine } from '../../../server/src/core/import/own-export-reader';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('import: lists and headers', () => {
  it('puts (c) after a sub-list of (i) and (ii) back at the level of (a) and (b)', async () => {
    const text = ['Minutes of the Licensing Committee held on 8 October 2025', '', '32. Taxi policy', '', 'RESOLVED that:', '', '(a) the draft be approved;', '', '(b) the consultation include:', '', '(i) the trade;', '', '(ii) disability groups; and', '', '(c) the results be reported.', '', '33. Fees', '', 'The fees were noted.'].join('\n');
    const out = (await importMinutes(enc(text))).text;
    assert.match(out, /^ {3}\(ii\) disability groups; and\n\(c\) the results be reported\.$/m);
    assert.deepEqual(analyze(out).diagnostics.filter((d) => d.ruleId === 'resolution-numbering'), []);
  });

  it('reads a bold numbered Word paragraph right after a resolution list as the next item', async () => {
    const lv = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, start = 1) => ({ level, format, text, start, alignment: AlignmentType.LEFT });
    const para = (text: string, numbering?: { reference: string; level: number }, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })], numbering });
    const doc = new Document({
      numbering: { config: [{ reference: 'items', levels: [lv(0, LevelFormat.DECIMAL, '%1.', 31)] }, { reference: 'res', levels: [lv(0, LevelFormat.LOWER_LETTER, '(%1)'), lv(1, LevelFormat.LOWER_ROMAN, '(%2)')] }] },
      sections: [
        {
          children: [
            para('Minutes of a meeting of the Licensing Committee held on 8 October 2025'),
            para('Taxi policy', { reference: 'items', level: 0 }, true),
            para('RESOLVED that:'),
            para('the draft be approved;', { reference: 'res', level: 0 }),
            para('the consultation include:', { reference: 'res', level: 0 }),
            para('the trade; and', { reference: 'res', level: 1 }),
            para('the results be reported.', { reference: 'res', level: 0 }),
            para('Fees and charges', { reference: 'items', level: 0 }, true),
            para('The fees were noted.'),
          ],
        },
      ],
    });
    const out = (await importMinutes(new Uint8Array(await Packer.toBuffer(doc)))).text;
    assert.deepEqual(analyze(out).model.items.map((i) => [i.number, i.title]), [['31', 'Taxi policy'], ['32', 'Fees and charges']]);
    assert.match(out, /^ {3}\(i\) the trade; and\n\(c\) the results be reported\.$/m);
  });

  it("reads a bold minute number (46/25) right after a lettered entry of Word's web page as the next item", async () => {
    const page = `<html><head><meta name=Generator content="Microsoft Word 15"></head><body><div class=WordSection1>
<p class=MsoNormal>Minutes of the Parish Council meeting held on Monday 3 November 2025</p>
<p class=MsoNormal><b>45/25 Planning applications</b></p>
<p class=MsoNormal>The Council considered application 25/1102.</p>
<p class=MsoListParagraph>a) Resolved to respond with no objection.</p>
<p class=MsoNormal><b>46/25 Finance</b></p>
<p class=MsoNormal>Payments were approved.</p></div></body></html>`;
    const { model } = analyze((await importMinutes(enc(page))).text);
    assert.deepEqual(model.items.map((i) => [i.number, i.title]), [['45/25', 'Planning applications'], ['46/25', 'Finance']]);
  });

  it("reads a council's name in capitals as the authority, and the committee from the title after it", async () => {
    const text = ['                    WESTBRIDGE TOWN COUNCIL', '', '     MINUTES OF THE MEETING OF THE FINANCE AND GENERAL PURPOSES', '            COMMITTEE HELD ON 14 OCTOBER 2025 AT 7.00 PM', '', '  12.     BUDGET', '          RESOLVED: That the report be noted.', '', '                                   1', '\f'].join('\n');
    const { model } = analyze((await importMinutes(enc(text))).text);
    assert.deepEqual([model.meta.authority, model.meta.committee, model.meta.date], ['Westbridge Town Council', 'Finance and General Purposes Committee', '2025-10-14']);
  });

  it('quotes in the report the source sentence of each guess read from one', async () => {
    const text = ['Minutes of the Licensing Committee held on 8 October 2025', '', '5. Allotments', '', 'Councillor Kim Lowe declared an interest in item 5 as a member of the allotment society.', '', 'RESOLVED: That the lease be renewed.', '', 'For 4, Against 1.', '', 'Action: Clerk to write to the society.'].join('\n');
    const { report } = await importMinutes(enc(text));
    assert.deepEqual(
      report.guessed.map((g) => [g.at, g.text]),
      [
        [5, 'Councillor Kim Lowe declared an interest in item 5 as a member of the allotment society.'],
        [9, 'For 4, Against 1.'],
        [11, 'Action: Clerk to write to the society.'],
      ],
    );
  });

  it("reads the export's vote sentence with the counts before or after their words", () => {
    assert.equal(voteLine('Carried: 7 for, 2 against, 0 abstentions'), 'for 7, against 2, abstain 0 — carried');
    assert.equal(voteLine('Carried: for 7, against 2, abstentions 0'), 'for 7, against 2, abstain 0 — carried');
    assert.equal(voteLine('Lost: 3 for, 5 against, 1 abstention'), 'for 3, against 5, abstain 1 — lost');
  });
});
