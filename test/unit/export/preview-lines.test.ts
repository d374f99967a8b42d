// The preview tags the attendance rows and the declarations with their source
// lines (the model has none for them), so scroll sync reaches the top of the
// document and a problem in PRESENT is marked on the Present row rather than on
// the header. The HTML export is left as it was.
import * as assert from 'node:assert/strict';
import { parseFragment } from 'parse5';
import { analyze, renderHtml } from '../../../server/src/core/index';
import { preambleLines } from '../../../server/src/core/export/preamble-lines';
import { EXAMPLES, read } from '../../helpers/fixtures';
import { all, attr, text, type El } from '../../helpers/html-tree';

describe('preview: source lines of the attendance and declarations', () => {
  const source = read(EXAMPLES.find((f) => f.includes('westford'))!);
  const lines = source.split('\n');
  const lineOf = (start: string): number => lines.findIndex((l) => l.startsWith(start));
  const analysis = analyze(source);
  const preview = (diagnostics: { line: number; severity: string; message: string }[] = []): El[] =>
    all(parseFragment(renderHtml(analysis.model, { config: analysis.config, diagnostics, preambleLines: preambleLines(analysis.ast, analysis.lines) })) as unknown as El);
  const row = (els: El[], label: string): El => els.find((e) => e.tagName === 'div' && (e.childNodes ?? []).some((c) => c.tagName === 'dt' && text(c) === label))!;

  it('tags each attendance row with the line of its keyword', () => {
    const els = preview();
    for (const [label, keyword] of [['Present', 'PRESENT:'], ['Apologies', 'APOLOGIES:'], ['Absent', 'ABSENT:'], ['In attendance', 'IN ATTENDANCE:']]) {
      assert.equal(attr(row(els, label), 'data-line'), String(lineOf(keyword)), label);
    }
  });

  it('tags the declarations table and each declaration with its line', () => {
    const els = preview();
    const table = els.find((e) => e.tagName === 'table' && attr(e, 'class') === 'minutes-declarations')!;
    assert.equal(attr(table, 'data-line'), String(lineOf('DECLARATIONS:')));
    const rows = all(table).filter((e) => e.tagName === 'tr' && attr(e, 'data-line') !== undefined);
    assert.deepEqual(rows.map((r) => Number(attr(r, 'data-line'))), [lineOf('- @greaves'), lineOf('- @hussain')]);
    assert.match(text(rows[0]), /Ruth Greaves/);
  });

  it('marks a problem on a wrapped PRESENT line on the Present row, not on the header', () => {
    const els = preview([{ line: lineOf('PRESENT:') + 2, severity: 'error', message: 'in the attendance' }]);
    const marked = els.filter((e) => attr(e, 'data-severity') !== undefined);
    assert.equal(marked.length, 1);
    assert.equal(marked[0], row(els, 'Present'));
    assert.match(text(marked[0]), /^Error: in the attendance/);
  });

  it('marks an undeclared handle in APOLOGIES where it is, through analyze()', () => {
    const broken = analyze(source.replace('APOLOGIES: @jennings', 'APOLOGIES: @jennings, @nobody'));
    const diagnostics = broken.diagnostics.map((d) => ({ line: broken.lines.positionAt(d.start).line, severity: d.severity, message: d.message }));
    const els = all(parseFragment(renderHtml(broken.model, { diagnostics, preambleLines: preambleLines(broken.ast, broken.lines) })) as unknown as El);
    const apologies = row(els, 'Apologies');
    assert.equal(attr(apologies, 'data-severity'), 'error');
    assert.match(text(apologies), /@nobody is not declared in PEOPLE/);
  });

  it('leaves the HTML export without them', () => {
    const els = all(parseFragment(renderHtml(analysis.model, { standalone: true, config: analysis.config })) as unknown as El);
    assert.equal(attr(row(els, 'Present'), 'data-line'), undefined);
  });
});
