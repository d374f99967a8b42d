/**
 * Minutes whose exempt items hold a marker word in every field that a public
 * copy must withhold (SECRETfield), and whose kept parts hold KEPTfield
 * words: an exempt item keeps its number and title by design
 * (docs/language.md#item-lines), and a declaration made inside one moves to
 * the table at the head (docs/language.md#declarations-of-interest). The
 * markers are single words so that no format splits them (PDF lines wrap at
 * spaces and hyphens) and no format escapes them. Also the text of every
 * format of an export, for grepping: Word's paragraphs, page headers and
 * title, and the PDF's text with its pages parted by form feeds.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { dedent } from './documents';

export const MARKED = dedent(`
  ---
  authority: Fenmoor District Council
  committee: Audit Board
  date: 2024-05-01
  status: draft
  ---

  PEOPLE:
  @cfo    Chief Finance Officer
  @chair  Councillor Ann Reed — Chair
  @lee    Councillor Bo Lee

  PRESENT: @chair (Chair), @lee, Councillor Cole, Councillor Dunn
  IN ATTENDANCE: @cfo

  DECLARATIONS:
  - @lee (item 1): other registrable interest — KEPTdeclaration

  # 1. Public accounts

  The Board heard an update on the KEPTpublic accounts.

  ACTION: @cfo — Publish the KEPTaction accounts — due 2024-06-01

  # 2. KEPTtitle staffing matter
  EXEMPT: 1
  LEFT: Councillor Dunn (SECRETleftnote)
  REPORT: SECRETreport of the Chief Finance Officer
  CONTACT: SECRETcontactname, 01632 960 999, secretcontact@fenmoor.gov.uk
  URGENT: SECRETurgent reason
  DOCUMENTS: SECRETdocumentone, SECRETdocumenttwo

  The Board discussed SECRETparagraph details, see [SECRETlinktext](https://example.org/SECRETlinkhref).

  - SECRETbullet entry
    - SECRETnestedbullet entry

  | SECRETtablehead | Amount |
  |---|---:|
  | SECRETtablecell | £10 |

  DECLARATIONS:
  - @chair (item 2): non-registrable interest — KEPTdeclaredinexempt

  RECOMMENDED: That the SECRETrecommended proposal be approved.

  MINUTES: SECRETminutes text.

  MOTION: moved by Councillor SECRETmover, seconded by Councillor SECRETseconder
  That the SECRETmotion be agreed.

  AMENDMENT: moved by Councillor Cole
  Add SECRETamendment words.

  VOTE: for 1, against 2 — lost

  VOTE: recorded — carried
    FOR: @chair, Councillor SECRETvoter
    AGAINST: @lee
    ABSTAIN: Councillor Cole

  RESOLVED:
  1. That the SECRETresolutionone be approved.
  2. That the SECRETresolutiontwo be noted.

  NOTED: SECRETnoted text.

  REASONS: SECRETreasons text.

  ALTERNATIVES: SECRETalternatives text.

  ACTION: SECRETowner — Tell SECRETtask staff — due SECRETduetext

  RISKS:
  | Risk | Description | Mitigation | Owner | Rating |
  |---|---|---|---|---|
  | SECRETrisk | SECRETdescription | SECRETmitigation | SECRETriskowner | B2 |

  ## 2(a) SECRETsubitemtitle
  SECRETsubitemtext was read.

  ### 2(a)(i) SECRETsubsubtitle
  SECRETsubsubtext was read.

  # 3. Contracts

  The Board reviewed the KEPTcontracts register.

  ## 3(a) KEPTsubtitle tender
  EXEMPT: 3

  The SECRETbids were opened.

  ACTION: @cfo — Award the SECRETtender — due 2024-05-15

  ## 3(b) Register
  RISKS:
  | Risk | Description | Mitigation | Rating |
  |---|---|---|---|
  | KEPTrisk register | Entries missing | Quarterly check | C3 |

  # 4. KEPTunreadable legal claim
  EXEMPT: tbc

  RESOLVED: That the SECRETclaim be settled.

  CLOSED: 16:25
`);

/** Every marker of a withheld field in `text`, each once. */
export function secretsIn(text: string): string[] {
  return [...new Set(text.match(/SECRET[a-z]+/gi) ?? [])].sort();
}

/** The Word file's text: its title, each page header's paragraphs, then the body's, one a line, and its link targets. */
export async function docxText(bytes: Uint8Array): Promise<{ title: string; headers: string; body: string; links: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const paragraphs = (xml: string): string =>
    [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n');
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const headerFiles = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
  const headers = (await Promise.all(headerFiles.map(async (f) => paragraphs(await zip.file(f)!.async('string'))))).join('\n');
  const body = paragraphs(await zip.file('word/document.xml')!.async('string'));
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const links = [...rels.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1]).join('\n');
  return { title: unescapeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? ''), headers: unescapeXml(headers), body: unescapeXml(body), links: unescapeXml(links) };
}

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '');
}

/** A PDF's text (pdftotext, pages parted by form feeds) and its Title (pdfinfo). */
export function pdfText(pdf: Uint8Array): { text: string; title: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-markers-'));
  try {
    const file = path.join(dir, 'copy.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    return { text, title: /^Title:\s*(.*)$/m.exec(info)?.[1] ?? '' };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
