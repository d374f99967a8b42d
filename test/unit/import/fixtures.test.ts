/**
 * The team's own inputs, of each kind: web pages in ModernGov's shape and
 * Word's HTML (test/fixtures/import/html), text copies and pdftotext
 * output (text/), and Word documents made by make-docx.ts with real
 * automatic numbering (docx/). Each gives its hand-reviewed golden file
 * and report, and keeps the importer's three promises.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importMinutes, lineWords, type LocatedWord } from '../../../server/src/core/import';
import { ROOT } from '../../helpers/root';
import { expectGolden } from '../../helpers/golden';
import { docxWords, expectEveryWord, expectHtmlRoundTrip, expectNoSyntaxError, htmlWords } from './guarantees';

const KINDS = ['html', 'text', 'docx'] as const;
const WORDS: Record<(typeof KINDS)[number], (bytes: Buffer) => LocatedWord[] | Promise<LocatedWord[]>> = {
  html: (b) => htmlWords(b.toString('utf8')),
  text: (b) => lineWords(b.toString('utf8')),
  docx: (b) => docxWords(b),
};

describe('import: the team-written inputs', () => {
  for (const kind of KINDS) {
    const dir = path.join(ROOT, 'test/fixtures/import', kind);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(html|txt|docx)$/.test(f)).sort() : [];
    describe(kind, () => {
      it('has at least six inputs', () => {
        if (files.length < 6) throw new Error(`${kind}: ${files.length} inputs`);
      });
      for (const file of files) {
        const name = file.replace(/\.[^.]+$/, '');
        const run = async () => {
          const bytes = fs.readFileSync(path.join(dir, file));
          return { bytes, ...(await importMinutes(bytes)) };
        };
        it(`${file} matches its golden file and report`, async () => {
          const r = await run();
          expectGolden(`import/${kind}/${name}.minutes`, r.text);
          expectGolden(`import/${kind}/${name}.report.json`, `${JSON.stringify(r.report, null, 2)}\n`);
        });
        it(`${file} keeps every word in order, has no syntax-error, and comes back the same from its HTML export`, async () => {
          const r = await run();
          expectEveryWord(await WORDS[kind](r.bytes), r.text, r.report);
          expectNoSyntaxError(r.text);
          await expectHtmlRoundTrip(r.text);
        });
        it(`${file}: every guess in the report has its // import: note in the output`, async () => {
          const r = await run();
          const notes = r.text.split('\n').filter((l) => l.startsWith('// import:') && !/PEOPLE|people are written|^\/\/ import: @/.test(l));
          if (r.report.guessed.length > notes.length) throw new Error(`${r.report.guessed.length} guesses, ${notes.length} notes`);
        });
      }
    });
  }
});
