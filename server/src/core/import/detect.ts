/**
 * What kind of input an import was given, told from its bytes, not its
 * name: a Word document is a ZIP holding word/document.xml, HTML has tags,
 * text from a PDF has form feeds or laid-out columns, anything else that
 * decodes as UTF-8 is text. What cannot be minutes at all (a PDF itself, a
 * binary file, an empty one) is refused with a message saying why.
 */
import { looksLikePdfText } from './text-reader';

export const IMPORT_FORMATS = ['text', 'html', 'docx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Why an input cannot be imported; the CLI prints the message and exits 2. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** The format of the input, or an ImportError saying why it is none. */
export function detectFormat(bytes: Uint8Array): ImportFormat {
  if (bytes.length === 0 || isBlank(bytes)) throw new ImportError('the file is empty: there are no minutes to import');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportError('an OLE compound file: a password-protected Word document, or an old .doc; save it unprotected as .docx');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new ImportError('a PDF: run "pdftotext -layout FILE.pdf" and import the text it writes');
  }
  const head = decodeHead(bytes);
  if (head === null) throw new ImportError('a binary file, not minutes: it is neither text, HTML nor a Word document');
  if (/^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body|<meta|<div|<p[\s>]|<table|<h[1-6])/i.test(head) || /<(?:p|div|br|table|h[1-6]|li)\b[^>]*>/i.test(head.slice(0, 4000))) {
    return 'html';
  }
  return 'text';
}

/**
 * The words minutes are written in. A text with none of them, or with more
 * code or numbers than prose (a program, a spreadsheet's CSV, a log), is
 * not minutes, and importing it would only wrap it in a header.
 */
const MINUTES_WORDS =
  /\b(?:minutes|resolved|recommended|agreed|agenda|meeting|committee|council|councillors?|present|apologies|noted|chair(?:man|person)?|cabinet|board|report|item|decision|declarations?|members?|moved|seconded)\b/gi;

/** Why a text is not minutes, or null when it may well be. */
export function notMinutesReason(text: string): string | null {
  const sample = text.slice(0, 200000);
  // Counted by removing, not by matching: a match array of every letter of a long document is a lot of garbage.
  const letters = sample.replace(/\P{L}+/gu, '').length;
  const visible = sample.replace(/\s+/g, '').length;
  if (visible === 0) return 'there is no text in it';
  if (letters / visible < 0.55) return 'it is mostly numbers and symbols, not prose (a spreadsheet, a program or a log?)';
  const found = new Set((sample.match(MINUTES_WORDS) ?? []).map((w) => w.toLowerCase()));
  if (found.size < 2) return 'none of the words minutes are written in (meeting, committee, resolved, agenda, present, item ...) is in it';
  return null;
}

/** True when text looks like pdftotext output, so the text reader joins its lines. */
export function isPdfText(text: string): boolean {
  return looksLikePdfText(text);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.length, 65536); i++) if (![0x20, 0x09, 0x0a, 0x0d, 0x0c, 0xef, 0xbb, 0xbf].includes(bytes[i])) return false;
  return bytes.length <= 65536;
}

/** The first 64 KB as text, or null when they hold NUL bytes or are not UTF-8 (Windows-1252 bytes are read as Latin-1 text). */
function decodeHead(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return null;
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  if (control > head.length / 100) return null;
  return new TextDecoder('utf-8', { fatal: false }).decode(head);
}

/** The bytes as text: UTF-8 (a BOM taken off), or Windows-1252 when they are not UTF-8, as Word's "save as text" often writes. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
