// Exempt items (docs/language.md#item-lines): withheld from every public export, with
// their actions, risks and resolutions, unless includeExempt is set.
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { analyze, exportDocument, withholdExempt, type ExportFormat } from '../../../server/src/core/index';
import { EXAMPLES, read } from '../../helpers/fixtures';
import { dedent } from '../../helpers/documents';

const SOURCE = dedent(`
  ---
  committee: Audit Board
  date: 2024-05-01
  ---

  PEOPLE:
  @cfo  Chief Finance Officer

  # Public matters

  The Board heard an update.

  ACTION: @cfo — Publish the accounts — due 2024-06-01

  # Confidential staffing matter
  EXEMPT: 1

  The Board discussed PERSONNEL-SECRET details.

  RESOLVED:
  (a) That the PERSONNEL-SECRET proposal be approved.

  ACTION: @cfo — Tell PERSONNEL-SECRET staff — due 2024-05-08

  # 7. Contracts

  The Board reviewed the contracts register.

  ## 7(a) Tender for cleaning
  EXEMPT: 3

  The CONTRACT-SECRET bids were opened.

  RISKS:
  | Risk | Description | Mitigation | Rating |
  |---|---|---|---|
  | CONTRACT-SECRET challenge | A losing bidder challenges | Legal review | B2 |

  VOTE: for 4, against 1 — carried

  ACTION: @cfo — Award the CONTRACT-SECRET tender — due 2024-05-15

  ### 7(a)(i) Lot 1
  The CONTRACT-SECRET lot 1 went to the lowest bidder.

  ## 7(b) Register
  RISKS:
  | Risk | Description | Mitigation | Rating |
  |---|---|---|---|
  | Register out of date | Entries missing | Quarterly check | C3 |

  ACTION: @cfo — Update the register — due 2024-07-01
`);

const SECRETS = /PERSONNEL-SECRET|CONTRACT-SECRET/;

describe('export: withholding exempt items', () => {
  const analysis = analyze(SOURCE);

  it('keeps only number, title and paragraph of each exempt item, sub-items included', () => {
    const pub = withholdExempt(analysis.model);
    assert.deepEqual(pub.items[1], { number: null, title: 'Confidential staffing matter', exempt: 1, withheld: true });
    const contracts = pub.items[2];
    assert.ok(!('withheld' in contracts));
    assert.ok('items' in contracts);
    assert.deepEqual(contracts.items[0], { number: '7(a)', title: 'Tender for cleaning', exempt: 3, withheld: true });
    assert.equal(contracts.items[1].title, 'Register');
    assert.equal(pub.items.length, 3);
  });

  it('drops their actions and risks from the document-wide lists, and nothing else', () => {
    const full = analysis.model;
    assert.equal(full.actions.length, 4);
    assert.equal(full.risks.length, 2);
    const pub = withholdExempt(full);
    assert.deepEqual(
      pub.actions.map((a) => a.task),
      ['Publish the accounts', 'Update the register'],
    );
    assert.deepEqual(
      pub.risks.map((r) => r.risk),
      ['Register out of date'],
    );
    // An unnumbered public item keeps its action although the withheld one has no number either.
    assert.equal(pub.actions[0].item, null);
  });

  it('leaves the analysed model untouched', () => {
    const before = JSON.stringify(analysis.model);
    withholdExempt(analysis.model);
    assert.equal(JSON.stringify(analysis.model), before);
    assert.match(before, SECRETS);
  });

  for (const format of ['html', 'md', 'json', 'docx'] as ExportFormat[]) {
    it(`${format}: withheld by default, in full with includeExempt`, async () => {
      const pub = await textOf(format, false);
      assert.doesNotMatch(pub, SECRETS);
      assert.match(pub, /Tender for cleaning/);
      assert.match(pub, /Update the register/);
      const full = await textOf(format, true);
      assert.match(full, /PERSONNEL-SECRET/);
      assert.match(full, /CONTRACT-SECRET lot 1/);
      if (format === 'json') {
        assert.equal(pub.match(/"withheld": true/g)?.length, 2);
        assert.doesNotMatch(full, /"withheld"/);
        return;
      }
      assert.match(pub, /Item 7\(a\) was considered in private under paragraph 3 of Schedule 12A; its minutes are withheld\./);
      assert.match(pub, /This item was considered in private under paragraph 1 of Schedule 12A; its minutes are withheld\./);
      assert.doesNotMatch(full, /its minutes are withheld/);
      assert.match(full, /Not for publication: exempt information under paragraph 3 of Part 1 of Schedule 12A/);
    });
  }

  // The export goes ahead on a document with errors, so an EXEMPT line whose
  // paragraph cannot be read must still keep the item private.
  for (const format of ['html', 'md', 'json', 'docx'] as ExportFormat[]) {
    it(`${format}: an item whose EXEMPT paragraph cannot be read (EXEMPT: tbc, EXEMPT:) is withheld too`, async () => {
      const source = dedent(`
        ---
        committee: Audit Board
        date: 2024-05-01
        ---

        # 4. Staffing review
        EXEMPT: tbc

        The Board discussed PERSONNEL-SECRET details.
        RESOLVED: That the PERSONNEL-SECRET proposal be approved.

        # 5. Legal claim
        EXEMPT:

        RESOLVED: That the CONTRACT-SECRET claim be settled.
      `);
      const doc = analyze(source);
      assert.ok(doc.diagnostics.some((d) => d.ruleId === 'exempt-paragraph'));
      assert.deepEqual(withholdExempt(doc.model).items[0], { number: '4', title: 'Staffing review', exempt: null, withheld: true });
      const pub = await textOfDoc(doc, format, false);
      assert.doesNotMatch(pub, SECRETS);
      if (format !== 'json') assert.match(pub, /Item 4 was considered in private; its minutes are withheld\./);
      assert.match(await textOfDoc(doc, format, true), /PERSONNEL-SECRET/);
    });
  }

  it('JSON of the example: 84/21 withheld, its action gone', async () => {
    const example = analyze(read(EXAMPLES.find((f) => f.includes('westford'))!));
    const json = JSON.parse((await exportDocument(example, 'json')).content);
    const item = json.items.find((i: { number: string }) => i.number === '84/21');
    assert.deepEqual(item, { number: '84/21', title: 'Enforcement appeal — land at Stonebridge Farm', exempt: 5, withheld: true });
    assert.ok(!json.actions.some((a: { item: string }) => a.item === '84/21'));
    assert.ok(example.model.actions.some((a) => a.item === '84/21'));
    const all = JSON.parse((await exportDocument(example, 'json', { includeExempt: true })).content);
    assert.equal(all.items.find((i: { number: string }) => i.number === '84/21').resolutions.length, 2);
  });

  async function textOf(format: ExportFormat, includeExempt: boolean): Promise<string> {
    return textOfDoc(analysis, format, includeExempt);
  }

  async function textOfDoc(doc: ReturnType<typeof analyze>, format: ExportFormat, includeExempt: boolean): Promise<string> {
    const result = await exportDocument(doc, format, { includeExempt });
    if (format !== 'docx') return result.content;
    const zip = await JSZip.loadAsync(result.bytes!);
    const xml = await zip.file('word/document.xml')!.async('string');
    return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n');
  }
});
