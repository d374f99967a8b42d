/**
 * The import benchmark (issue 16's target: a 100-page Word document in at
 * most 3 s). It makes a Word document of council minutes with the docx
 * library, about 100 A4 pages at some 500 words a page: numbered items
 * (Word's automatic numbering, which the importer rebuilds from
 * numbering.xml), paragraphs, numbered resolutions, a vote and a table in
 * each item. It times the bundled `minutes import` from spawn to exit, as a
 * clerk runs it, and the core's importMinutes in this process.
 *
 * Run alone (after `npm run build`): node -r ./test/register-ts.js bench/import.ts [--json]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { importMinutes } from '../server/src/core/import';
import { CLI_JS } from './cli';
import { timing } from './stats';

export interface ImportResult {
  readonly words: number;
  readonly pages: number;
  readonly bytes: number;
  readonly cliMs: number;
  readonly cliBestMs: number;
  readonly coreMs: number;
  readonly coreBestMs: number;
  readonly items: number;
  readonly resolutions: number;
}

const WORDS_PER_PAGE = 500;
const SENTENCE =
  'Members discussed the report in detail and asked the officers about the costs, the timetable and the effect on residents, and the officers answered each question in turn.';

/** A Word document of about `pages` pages of minutes, with its word count. */
export async function makeMinutesDocx(pages: number): Promise<{ bytes: Buffer; words: number }> {
  const children: (Paragraph | Table)[] = [
    new Paragraph('Minutes of the meeting of the Full Council held on Wednesday 25 January 2023 at 7.00 pm in the Council Chamber'),
    new Paragraph('Present: Councillors Ann Avery (Chair), Ben Boyd, Cara Cole, Dev Dunn, Eve Earl, Fay Fox, Gus Gale and Hal Hunt'),
  ];
  let words = 30;
  for (let item = 0; words < pages * WORDS_PER_PAGE; item++) {
    children.push(new Paragraph({ children: [new TextRun({ text: `Item of business ${item + 1}`, bold: true })], numbering: { reference: 'items', level: 0 } }));
    for (let k = 0; k < 6; k++) children.push(new Paragraph(`${SENTENCE} ${SENTENCE} ${SENTENCE}`));
    children.push(new Paragraph('For 6, Against 1, Abstentions 1 – CARRIED'));
    children.push(new Paragraph('RESOLVED -'));
    for (let r = 0; r < 3; r++) children.push(new Paragraph({ text: `That the recommendation ${r + 1} in the report be approved as set out.`, numbering: { reference: 'resolutions', level: 0, instance: item + 1 } }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [['Measure', 'Target', 'Outturn'], ['Calls answered', '90%', '87%'], ['Complaints closed', '95%', '97%']].map(
          (row) => new TableRow({ children: row.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
        ),
      }),
    );
    words += 4 + 6 * 90 + 8 + 2 + 3 * 11 + 12;
  }
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT }] },
        { reference: 'resolutions', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '(%1)', start: 1, alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{ children }],
  });
  return { bytes: await Packer.toBuffer(doc), words };
}

export async function runImport(log: (line: string) => void = () => undefined): Promise<ImportResult> {
  const { bytes, words } = await makeMinutesDocx(100);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-bench-import-'));
  try {
    const file = path.join(dir, 'council.docx');
    fs.writeFileSync(file, bytes);
    log(`import: ${words.toLocaleString('en-GB')} words (~${Math.round(words / WORDS_PER_PAGE)} pages), ${(bytes.length / 1024).toFixed(0)} KB`);
    const cli: number[] = [];
    for (let i = 0; i < 3; i++) {
      const out = path.join(dir, `out-${i}.minutes`);
      const t = performance.now();
      const r = spawnSync(process.execPath, [CLI_JS, 'import', file, '-o', out], { encoding: 'utf8' });
      cli.push(performance.now() - t);
      if (r.status !== 0) throw new Error(`minutes import exited with ${r.status}: ${r.stderr}`);
    }
    const core: number[] = [];
    let report = null as Awaited<ReturnType<typeof importMinutes>>['report'] | null;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      report = (await importMinutes(bytes)).report;
      core.push(performance.now() - t);
    }
    const c = timing(cli);
    const k = timing(core);
    return {
      words,
      pages: Math.round(words / WORDS_PER_PAGE),
      bytes: bytes.length,
      cliMs: c.median,
      cliBestMs: c.best,
      coreMs: k.median,
      coreBestMs: k.best,
      items: report!.recognised.items,
      resolutions: report!.recognised.resolutions,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runImport((line) => process.stderr.write(`${line}\n`)).then((result) => {
    if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(result) + '\n');
    else console.log(result);
  });
}
