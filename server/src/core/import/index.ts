/**
 * Importing minutes written before the language (`minutes import`): a text
 * copy, a web page, a Word document in; a `.minutes` file and a report of
 * what was recognised, guessed, dropped and rewritten out. Pure: bytes or
 * text in, text out; nothing from the input is ever run.
 *
 * The stages, one file each: detect.ts (what the input is), text-reader.ts,
 * html-reader.ts and docx-reader.ts (the input as blocks), recognise.ts (the
 * blocks as the language's lines), writer.ts (the file's text), report.ts,
 * and words.ts, which checks the promise that every word of the minutes is
 * kept in order.
 */
import { analyze } from '../index';
import { flattenModelItems } from '../model/flatten-items';
import type { ReadResult } from './blocks';
import { decodeText, detectFormat, ImportError, notMinutesReason, type ImportFormat } from './detect';
import type { HeaderOptions } from './header';
import { readHtml } from './html-reader';
import { readDocx } from './docx-reader';
import { recognise } from './recognise';
import { emptyReport, quoteGuesses, type ImportReport } from './report';
import { looksLikePdfText, readPdfText, readText } from './text-reader';
import { writeLines, writeMinutes } from './writer';

export { ImportError, IMPORT_FORMATS, detectFormat, type ImportFormat } from './detect';
export { summaryLine, type ImportReport } from './report';
export { applyWordEdits, lineWords, missingWord, outputWords, wordsOf, type LocatedWord } from './words';

/** What an import is told: the format when not detected, and header values that win over the source's. */
export interface ImportOptions extends HeaderOptions {
  readonly from?: ImportFormat;
}

export interface ImportResult {
  readonly text: string;
  readonly report: ImportReport;
}

/** The largest input read: a council's longest minutes are a few MB; anything bigger is not minutes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Imports one source. Throws ImportError (with a message for the clerk) on
 * input that is not minutes: empty, binary, a PDF, a corrupt or protected
 * Word document, too large, or with no text at all.
 */
export async function importMinutes(input: Uint8Array | string, options: ImportOptions = {}): Promise<ImportResult> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(`the file is ${(bytes.length / 1048576).toFixed(0)} MB; minutes are at most ${MAX_IMPORT_BYTES / 1048576} MB (is it a scan or an archive?)`);
  }
  const format = options.from ?? detectFormat(bytes);
  const read = await readAs(format, bytes);
  const kind = format === 'text' && read.bestEffort ? 'pdf-text' : format;
  const words = read.minutes ?? read.blocks.map((b) => (b.kind === 'text' ? b.text : b.rows.flat().join(' ')));
  if (!words.some((t) => t.trim())) throw new ImportError(`no text found in the ${format === 'docx' ? 'document' : 'file'}`);
  const why = notMinutesReason(words.join('\n'));
  if (why) throw new ImportError(`this does not look like minutes: ${why}`);
  const report = emptyReport(kind, format === 'docx' ? 'paragraph' : 'line', read.bestEffort ?? null);
  const rec = recognise(read, report);
  const written = read.minutes ? { text: writeLines(rec.header, read.minutes, options), analysis: null } : writeMinutes(rec, options, report);
  const text = written.text;
  quoteGuesses(report);
  count(written.analysis?.model ?? analyze(text).model, report, rec.names.names);
  return { text, report };
}

async function readAs(format: ImportFormat, bytes: Uint8Array): Promise<ReadResult> {
  if (format === 'docx') return readDocx(bytes);
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (format === 'html') return readHtml(text);
  return looksLikePdfText(text) ? readPdfText(text) : readText(text);
}

/** The recognised counts, from the model of the written file: what the clerk will see in the outline. */
function count(model: ReturnType<typeof analyze>['model'], report: ImportReport, names: readonly { name: string; handle: string }[]): void {
  const items = flattenModelItems(model.items);
  const c = report.recognised;
  c.items = items.length;
  c.resolutions = items.reduce((n, i) => n + i.resolutions.length, 0);
  c.votes = items.reduce((n, i) => n + i.votes.length, 0);
  c.actions = model.actions.length;
  c.contacts = items.filter((i) => i.contact).length;
  c.declarations = model.declarations.length;
  c.people = names.length;
  for (const n of names) report.people.push(n);
}


