/**
 * Word's automatic numbering, rebuilt. Mammoth reads a list paragraph's
 * level but not its number: the `(1)`, `(a)` and `48.` a clerk sees are
 * made by Word from numbering.xml (each list's levels: the start, the
 * format, the text such as `(%1)` or `%1.%2.`) and counted paragraph by
 * paragraph. This module reads numbering.xml, styles.xml (a style may
 * carry the numbering, as Word's "List Number" does) and document.xml's
 * paragraphs, and counts them as Word does, list by list (each `w:num`),
 * a level restarting under a new entry of the level above.
 *
 * The XML is read with a small tag scanner: these parts are machine-written
 * and regular, and only a handful of elements and attributes matter.
 */

/** One paragraph of document.xml in document order: its text, and its number as Word prints it (or null). */
export interface NumberedParagraph {
  readonly text: string;
  readonly label: string | null;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/** Reads the paragraphs of document.xml with their rebuilt numbers. */
export function numberParagraphs(documentXml: string, numberingXml: string | null, stylesXml: string | null): NumberedParagraph[] {
  const lists = readNumbering(numberingXml ?? '');
  const styleNumbering = readStyleNumbering(stylesXml ?? '');
  const counters = new Map<string, number[]>();
  return scanParagraphs(documentXml).map((p) => {
    const fromStyle = p.style ? styleNumbering.get(p.style) : undefined;
    const numId = p.numId ?? fromStyle?.numId;
    const ilvl = p.ilvl ?? fromStyle?.ilvl ?? 0;
    const levels = numId && numId !== '0' ? lists.get(numId) : undefined;
    if (!levels || !levels[ilvl]) return { text: p.text, label: null };
    const counts = counters.get(numId!) ?? [];
    counts[ilvl] = counts[ilvl] === undefined ? levels[ilvl].start : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    counters.set(numId!, counts);
    return { text: p.text, label: labelOf(levels, counts, ilvl) };
  });
}

/** `(%1)` with the counters: each `%n` is level n-1's count in that level's format. */
function labelOf(levels: readonly Level[], counts: readonly number[], ilvl: number): string | null {
  const level = levels[ilvl];
  if (level.format === 'none') return null;
  if (level.format === 'bullet') return '-';
  const text = level.text.replace(/%(\d)/g, (_, d: string) => {
    const k = Number(d) - 1;
    const lv = levels[k];
    return lv ? format(counts[k] ?? lv.start, lv.format) : '';
  });
  return text.trim() || null;
}

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const parts: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of parts) while (n >= v) (out += s), (n -= v);
  return out;
}

const TAG = /<(\/?)([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;

function attrOf(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** The lists of numbering.xml: each w:num's levels (its abstract list's, with start overrides). */
function readNumbering(xml: string): Map<string, Level[]> {
  const abstract = new Map<string, Level[]>();
  const nums: { id: string; abstractId: string; overrides: Map<number, number> }[] = [];
  let current: Level[] | null = null;
  let level: Level | null = null;
  let num: (typeof nums)[number] | null = null;
  let overrideLevel = -1;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs = '', selfClose] = m;
    if (!name) continue;
    const val = attrOf(attrs, 'w:val');
    if (!close && name === 'w:abstractNum') abstract.set(attrOf(attrs, 'w:abstractNumId') ?? '', (current = []));
    else if (close && name === 'w:abstractNum') current = null;
    else if (!close && name === 'w:lvl' && current) current[Number(attrOf(attrs, 'w:ilvl') ?? 0)] = level = { start: 1, format: 'decimal', text: '' };
    else if (close && name === 'w:lvl') level = null;
    else if (level && name === 'w:start' && val) level.start = Number(val);
    else if (level && name === 'w:numFmt' && val) level.format = val;
    else if (level && name === 'w:lvlText' && val !== undefined) level.text = decode(val);
    else if (!close && name === 'w:num') nums.push((num = { id: attrOf(attrs, 'w:numId') ?? '', abstractId: '', overrides: new Map() }));
    else if (num && name === 'w:abstractNumId' && val) num.abstractId = val;
    else if (num && !close && name === 'w:lvlOverride') overrideLevel = Number(attrOf(attrs, 'w:ilvl') ?? 0);
    else if (num && name === 'w:startOverride' && val) num.overrides.set(overrideLevel, Number(val));
    else if (close && name === 'w:num') num = null;
    void selfClose;
  }
  const lists = new Map<string, Level[]>();
  for (const n of nums) {
    const levels = (abstract.get(n.abstractId) ?? []).map((l, i) => ({ ...l, start: n.overrides.get(i) ?? l.start }));
    lists.set(n.id, levels);
  }
  return lists;
}

/** Styles that carry numbering (`List Number`), by style id. */
function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  let style: string | null = null;
  let numId: string | undefined;
  let ilvl = 0;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs = ''] = m;
    if (!name) continue;
    if (!close && name === 'w:style') [style, numId, ilvl] = [attrOf(attrs, 'w:styleId') ?? null, undefined, 0];
    else if (style && name === 'w:numId') numId = attrOf(attrs, 'w:val');
    else if (style && name === 'w:ilvl') ilvl = Number(attrOf(attrs, 'w:val') ?? 0);
    else if (close && name === 'w:style') {
      if (style && numId) out.set(style, { numId, ilvl });
      style = null;
    }
  }
  return out;
}

interface ScannedParagraph {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
}

/** The paragraphs of document.xml in the order they open, with their numbering properties and text. */
function scanParagraphs(xml: string): ScannedParagraph[] {
  const out: ScannedParagraph[] = [];
  const open: ScannedParagraph[] = [];
  let inText = false;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs = '', selfClose, text] = m;
    const p = open[open.length - 1];
    if (text !== undefined) {
      if (inText && p) p.text += decode(text);
      continue;
    }
    if (name === 'w:p' && !close) {
      const para: ScannedParagraph = { text: '' };
      out.push(para);
      if (!selfClose) open.push(para);
    } else if (name === 'w:p' && close) open.pop();
    else if (!p) continue;
    else if (name === 'w:t') inText = !close && !selfClose;
    else if (name === 'w:tab' && !close) p.text += '\t';
    else if (name === 'w:numId') p.numId = attrOf(attrs, 'w:val');
    else if (name === 'w:ilvl') p.ilvl = Number(attrOf(attrs, 'w:val') ?? 0);
    else if (name === 'w:pStyle') p.style = attrOf(attrs, 'w:val');
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');
}
