// The attendance lists print each person's role from PEOPLE, members' as
// well as officers': a board's or a cabinet's minutes name each member's
// post, and the role is printed nowhere else. A note that already says the
// role (`(Chair)` for the Chair) is not doubled.
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { analyze, exportDocument } from '../../../server/src/core/index';

const SOURCE = [
  '---',
  'authority: Wessex Valley Hospitals NHS Foundation Trust',
  'committee: Board of Directors',
  'date: 2024-05-30',
  '---',
  '',
  'PEOPLE:',
  '@chair  Professor Alison Grant — Chair',
  '@nair   Dr Vikram Nair — Non-Executive Director',
  '@cfo    Mrs Deborah Lane — Chief Finance Officer',
  '@cpo    Mrs Yasmin Rashid — Chief People Officer',
  '@cos    Mr Andrew Bell — Company Secretary',
  '',
  'PRESENT: @chair (Chair), @nair, @cfo (from item 2)',
  'APOLOGIES: @cpo',
  'IN ATTENDANCE: @cos',
  '',
  '# 1. Minutes',
  'RESOLVED: That the minutes be approved.',
  '',
].join('\n');

describe('export: roles in the attendance lists', () => {
  const analysis = analyze(SOURCE);

  it('prints members’ roles in Markdown, once', async () => {
    const md = (await exportDocument(analysis, 'md')).content;
    assert.match(md, /\*\*Present:\*\* Professor Alison Grant \(Chair\), Dr Vikram Nair – Non-Executive Director, Mrs Deborah Lane – Chief Finance Officer \(from item 2\)\n/);
    assert.match(md, /\*\*Apologies:\*\* Mrs Yasmin Rashid – Chief People Officer\n/);
    assert.match(md, /\*\*In attendance:\*\* Mr Andrew Bell – Company Secretary\n/);
  });

  it('prints them in HTML', async () => {
    const html = (await exportDocument(analysis, 'html')).content;
    assert.match(html, /<dt>Present<\/dt><dd><span class="minutes-person">Professor Alison Grant<\/span> \(Chair\), <span class="minutes-person">Dr Vikram Nair<\/span> – Non-Executive Director,/);
    assert.match(html, /<dt>Apologies<\/dt><dd><span class="minutes-person">Mrs Yasmin Rashid<\/span> – Chief People Officer<\/dd>/);
  });

  it('prints them in Word', async () => {
    const zip = await JSZip.loadAsync((await exportDocument(analysis, 'docx')).bytes!);
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    assert.match(words, /Dr Vikram Nair – Non-Executive Director, Mrs Deborah Lane – Chief Finance Officer \(from item 2\)/);
    assert.match(words, /Mrs Yasmin Rashid – Chief People Officer/);
    assert.doesNotMatch(words, /Grant – Chair/);
  });
});
