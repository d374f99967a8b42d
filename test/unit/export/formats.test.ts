// Every format on documents never tuned against (the unseen fixtures) and on
// broken or nearly empty ones: each export still comes out whole. And the
// JSON key order is the same however the model's objects were built.
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { parse } from 'parse5';
import { analyze, exportDocument, renderJson, type ExportModel } from '../../../server/src/core/index';
import { EXAMPLES, read, UNSEEN } from '../../helpers/fixtures';

const ODD = ['', '# ', 'RESOLVED:\n', '---\ndate: 2023-02-30\nstatus: maybe\n', '---\nunclosed: header\n# 1. Item\nACTION: — — due\nRISKS:\n| a |\n'];

interface El {
  tagName?: string;
  childNodes?: El[];
}
const count = (n: El, tag: string): number => (n.tagName === tag ? 1 : 0) + (n.childNodes ?? []).reduce((s, c) => s + count(c, tag), 0);

describe('export: every format on any document', () => {
  const sources = [...UNSEEN.map((f) => ({ name: f, text: read(f) })), ...ODD.map((t) => ({ name: JSON.stringify(t), text: t }))];
  for (const { name, text } of sources) {
    it(`renders ${name.replace(/^.*\//, '')}`, async () => {
      const analysis = analyze(text);
      const html = (await exportDocument(analysis, 'html')).content;
      assert.equal(count(parse(html) as unknown as El, 'h1'), 1);
      assert.ok(html.endsWith('</html>\n'));
      const json = JSON.parse((await exportDocument(analysis, 'json')).content);
      assert.equal(Object.keys(json)[0], 'schema');
      assert.equal(json.schema, 'minutes/2');
      const md = (await exportDocument(analysis, 'md')).content;
      assert.match(md, /^(\*\*.*\*\*\n\n)?# /);
      const docx = await exportDocument(analysis, 'docx');
      const zip = await JSZip.loadAsync(docx.bytes!);
      assert.ok(zip.file('word/document.xml'));
    });
  }

  it('prints the items of a CRLF file with a BOM by their own lines', async () => {
    const file = UNSEEN.find((f) => f.includes('crlf'))!;
    const source = read(file);
    const html = (await exportDocument(analyze(source), 'html')).content;
    const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
    const headings = [...html.matchAll(/<h2 id="[^"]*" data-line="(\d+)">/g)];
    assert.ok(headings.length >= 5);
    for (const m of headings) assert.match(lines[Number(m[1])], /^# /);
  });

  it('orders JSON keys the same however the model was built', async () => {
    const analysis = analyze(read(EXAMPLES.find((f) => f.includes('westford'))!));
    const out = (await exportDocument(analysis, 'json', { includeExempt: true })).content;
    const reversed = reverseKeys(JSON.parse(out)) as ExportModel;
    assert.notEqual(JSON.stringify(reversed, null, 2) + '\n', out);
    assert.equal(renderJson(reversed), out);
    assert.match(out, /^\{\n {2}"schema": "minutes\/2",\n {2}"confidential": true,\n {2}"meta": \{\n {4}"type": "minutes",\n {4}"authority"/);
  });
});

function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v as object).reverse();
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (k === 'meta' || k === 'extra') ? (v as Record<string, unknown>)[k] : reverseKeys((v as Record<string, unknown>)[k]);
  return out;
}
