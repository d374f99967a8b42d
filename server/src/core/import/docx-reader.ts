/**
 * Reading a Word document: mammoth (a well-kept .docx reader) turns it
 * into HTML, which html-reader.ts reads like any page. Mammoth leaves out
 * Word's automatic numbers, so before it writes the HTML each numbered
 * paragraph gets its number back in front of its text, as Word prints it
 * (docx-numbering.ts), and each paragraph a mark of its place, so that the
 * report can say "paragraph 12". Nothing outside the document is read:
 * mammoth's access to linked files is off, and images are left out.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { ReadResult, SourceBlock } from './blocks';
import { ImportError } from './detect';
import { numberParagraphs, type NumberedParagraph } from './docx-numbering';
import { readHtml } from './html-reader';

/** Private-use characters around a paragraph's number in the HTML mammoth writes; taken out again before anything else sees the text. */
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/g;

type MammothNode = { type: string; value?: string; children?: MammothNode[]; numbering?: unknown };
/** mammoth.transforms, which its type declarations leave out. */
type Transforms = { transforms: { paragraph(fn: (p: MammothNode) => MammothNode): (document: unknown) => unknown } };

/** Reads a .docx into blocks; `at` is the paragraph's 1-based number in the document. */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new ImportError(`the Word document cannot be read: it is damaged or not a .docx (${(err as Error).message})`);
  }
  const part = (name: string): Promise<string | null> => zip.file(name)?.async('string') ?? Promise.resolve(null);
  const documentXml = await part('word/document.xml');
  if (documentXml === null) throw new ImportError('the Word document cannot be read: it has no word/document.xml (is it a .docx?)');
  const paragraphs = numberParagraphs(documentXml, await part('word/numbering.xml'), await part('word/styles.xml'));
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes as Buffer },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (mammoth as unknown as Transforms).transforms.paragraph(renumber(paragraphs)),
      },
    );
    html = result.value;
  } catch (err) {
    throw new ImportError(`the Word document cannot be read: ${(err as Error).message}`);
  }
  const read = readHtml(html);
  return { ...read, blocks: read.blocks.map(unmark) };
}

/**
 * A paragraph transform that puts back each paragraph's number and place.
 * Mammoth visits paragraphs in document order; each is matched to the
 * scanned paragraph with the same text, looking a few ahead, so that a
 * paragraph mammoth skips cannot shift every number after it.
 */
function renumber(paragraphs: readonly NumberedParagraph[]): (p: MammothNode) => MammothNode {
  let next = 0;
  const texts = paragraphs.map((p) => norm(p.text));
  return (p) => {
    const text = norm(textOf(p));
    let found = -1;
    for (let k = next; k < Math.min(paragraphs.length, next + 8); k++) {
      if (texts[k] === text) {
        found = k;
        break;
      }
    }
    if (found === -1) return p;
    next = found + 1;
    const label = paragraphs[found].label;
    const lead = `${MARK_OPEN}${found + 1}${MARK_CLOSE}${label ? `${label} ` : ''}`;
    const first = p.children?.find((c) => c.type === 'run');
    const mark: MammothNode = { type: 'text', value: lead };
    const children = first
      ? p.children!.map((c) => (c === first ? { ...c, children: [mark, ...(c.children ?? [])] } : c))
      : [{ type: 'run', children: [mark] }, ...(p.children ?? [])];
    return { ...p, children, numbering: label ? null : p.numbering };
  };
}

function textOf(n: MammothNode): string {
  if (n.type === 'text') return n.value ?? '';
  if (n.type === 'tab') return '\t';
  return (n.children ?? []).map(textOf).join('');
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Takes the place marks out of a block's text, and gives the block the first one's paragraph number. */
function unmark(b: SourceBlock): SourceBlock {
  const strip = (s: string): string => s.replace(MARK, '').replace(/\s+/g, ' ').trim();
  const source = b.kind === 'text' ? b.text : b.rows.flat().join(' ');
  const at = Number(/\uE000(\d+)\uE001/.exec(source)?.[1] ?? b.at);
  return b.kind === 'text' ? { ...b, text: strip(b.text), at } : { ...b, rows: b.rows.map((r) => r.map(strip)), at };
}
