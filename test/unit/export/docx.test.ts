// The Word export opened back with jszip: a real .docx whose document.xml
// holds the minutes' text in reading order, Word's heading styles, the
// resolutions with their citations, actions and risks as tables, the
// withheld-item note, and hyperlinks for the document's links.
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { analyze, exportDocument } from '../../../server/src/core/index';
import { dedent } from '../../helpers/documents';
import { EXAMPLES, read, SEEDS } from '../../helpers/fixtures';

/** The paragraphs of document.xml as text, each with its style name. */
async function paragraphs(bytes: Uint8Array): Promise<{ style: string | null; text: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null,
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[0] === '<w:tab/>' ? '\t' : unescapeXml(t[1])))
      .join(''),
  }));
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

describe('export: Word', () => {
  const example = analyze(read(EXAMPLES.find((f) => f.includes('westford'))!));

  it('is a zip package with the parts Word needs', async () => {
    const result = await exportDocument(example, 'docx');
    assert.equal(result.encoding, 'base64');
    assert.equal(result.content, Buffer.from(result.bytes!).toString('base64'));
    const zip = await JSZip.loadAsync(result.bytes!);
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', '_rels/.rels']) assert.ok(zip.file(part), part);
  });

  it('uses Word heading styles for the meeting, the items and the sub-items', async () => {
    const paras = await paragraphs((await exportDocument(example, 'docx')).bytes!);
    const styled = (s: string): string[] => paras.filter((p) => p.style === s).map((p) => p.text);
    assert.deepEqual(styled('Heading1'), ['Planning Committee']);
    assert.deepEqual(
      styled('Heading2').map((t) => t.split('\t')[0]),
      ['77/21', '78/21', '79/21', '80/21', '81/21', '82/21', '83/21', '84/21'],
    );
    assert.deepEqual(styled('Heading3'), [
      '78/21(a)\t21/01234/FUL — Land at Mill Lane: 46 dwellings with access, parking and public open space',
      '78/21(b)\t21/01877/HOU — 14 Orchard Rise: two-storey side and rear extension',
    ]);
  });

  it('numbers resolutions by their citation and prints names for handles', async () => {
    const texts = (await paragraphs((await exportDocument(example, 'docx')).bytes!)).map((p) => p.text);
    assert.ok(texts.includes('78/21(a)(2)\tThat the Head of Planning and Regeneration be authorised to complete the section 106 agreement and to issue the decision notice once it is signed.'));
    assert.ok(texts.includes('79/21(b)\tThat the objectors be told in writing of the decision and of their right to apply for consent to prune.'));
    assert.ok(texts.includes('Vote: Carried: 7 for, 2 against, 1 abstention'));
    assert.ok(!texts.some((t) => /@(chen|hpr|nair)\b/.test(t)));
  });

  it('prints actions and risks as tables and withholds the exempt item', async () => {
    const bytes = (await exportDocument(example, 'docx')).bytes!;
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    // Declarations, the actions of five items (84/21's are withheld) and one risk table.
    assert.equal(tables.length, 7);
    const risk = tables.find((t) => t.includes('Designation for speed'))!;
    assert.equal((risk.match(/<w:tr[ >]/g) ?? []).length, 5);
    assert.match(risk, /<w:shd [^>]*w:fill="E6A700"/);
    const texts = (await paragraphs(bytes)).map((p) => p.text);
    assert.ok(texts.includes('Item 84/21 was considered in private under paragraph 5 of Schedule 12A; its minutes are withheld.'));
    assert.ok(!texts.some((t) => t.includes('Instruct counsel')));
  });

  it('links the document’s links', async () => {
    const zip = await JSZip.loadAsync((await exportDocument(example, 'docx')).bytes!);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    assert.match(rels, /Target="https:\/\/planning\.westford\.gov\.uk\/online-applications\/21\/01234\/FUL" TargetMode="External"/);
    assert.match(rels, /Target="https:\/\/www\.westshire\.gov\.uk\/lcwip" TargetMode="External"/);
  });

  it('renders every seed, the report with its numbered paragraphs', async () => {
    for (const file of SEEDS) {
      const texts = (await paragraphs((await exportDocument(analyze(read(file)), 'docx')).bytes!)).map((p) => p.text);
      assert.ok(texts.length > 10, file);
      if (file.includes('medway')) {
        assert.ok(texts.includes('Report on Ofsted Monitoring Visit'));
        assert.ok(texts.some((t) => t.startsWith('3.16.\tIt was positive to hear')));
      }
    }
  });
});

describe('export: Word, the v2 proceedings', () => {
  const source = dedent(`
    ---
    committee: Council
    date: 2025-02-20
    time: 19:00
    status: draft
    contact: @dsm, 01632 960 415
    ---
    PEOPLE:
    @lee   Councillor Ann Lee
    @cole  Councillor Cy Cole
    @dsm   Kate Ellison

    PRESENT: @lee, @cole, Councillor Doyle

    # 6. Local Plan
    LEFT: @cole (having declared an interest)
    DECLARATIONS:
    - @cole (item 6): owns land in the plan area

    MOTION: moved by @lee, seconded by Councillor Doyle
    That the Council adopts the Local Plan.

    AMENDMENT: moved by @cole, seconded by @lee
    Add "subject to consultation".

    VOTE: for 1, against 2 — lost

    VOTE: recorded — carried
      FOR: @lee, Councillor Doyle
      AGAINST: Councillor **Bold**

    REASONS:
    The plan meets the housing need.

    CLOSED: 21:05
  `);

  it('prints the heads, the recorded vote as a table, the departure, the reasons, the contact and the end', async () => {
    const bytes = (await exportDocument(analyze(source), 'docx')).bytes!;
    const texts = (await paragraphs(bytes)).map((p) => p.text);
    for (const line of [
      'Contact\tKate Ellison, 01632 960 415',
      'Councillor Cy Cole left the meeting (having declared an interest).',
      'Motion: Moved by Councillor Ann Lee, seconded by Councillor Doyle. Carried.',
      'Amendment: Moved by Councillor Cy Cole, seconded by Councillor Ann Lee. Lost.',
      'Vote on the amendment: Lost: 1 for, 2 against',
      'Vote on the motion: Carried: 2 for, 1 against, 0 abstentions',
      'Recorded vote on the motion',
      'For (2)',
      'Councillor Ann Lee, Councillor Doyle',
      'Reasons for the decision: ',
      'The meeting closed at 9.05 pm.',
      'Chair ________ Date ________',
    ]) {
      assert.ok(texts.includes(line), `no paragraph ${JSON.stringify(line)} in ${JSON.stringify(texts)}`);
    }
    assert.equal(texts[texts.length - 1], 'Chair ________ Date ________');
    // A recorded name is printed as written, not read for markup.
    assert.ok(texts.includes('Councillor **Bold**'));
  });

  it('prints a declaration made in an item once, in that item', async () => {
    const texts = (await paragraphs((await exportDocument(analyze(source), 'docx')).bytes!)).map((p) => p.text);
    assert.equal(texts.filter((t) => t === 'owns land in the plan area').length, 1);
    const at = texts.indexOf('owns land in the plan area');
    assert.ok(at > texts.findIndex((t) => t.startsWith('6\tLocal Plan')), 'the declaration is printed in item 6');
    assert.equal(texts.filter((t) => t === 'Declarations of interest').length, 1);
  });
});
