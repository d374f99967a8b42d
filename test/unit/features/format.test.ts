import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis } from '../../../server/src/core/index';
import { formatDocument, formatRange, formatText, type FormatOptions } from '../../../server/src/core/features/format';
import { EXAMPLES, SEEDS, UNSEEN, read } from '../../helpers/fixtures';
import { ROOT } from '../../helpers/root';
import { expectGolden } from '../../helpers/golden';
import { dedent } from '../../helpers/documents';
import { applyEdits } from '../../helpers/edits';

function fmt(source: string, options?: FormatOptions): string {
  return formatText(analyze(dedent(source)), options);
}

describe('features/format', () => {
  describe('keywords', () => {
    it('writes legacy spellings as the keyword-form fix does', () => {
      assert.equal(
        fmt(`
          # 1. Report
          Recommended -
          That it be noted.

          Minutes:
          The report was presented.

          Resolved - That it be noted.

          It was resolved that:
          1. The report be noted.
        `),
        dedent(`
          # 1. Report
          RECOMMENDED:
          That it be noted.

          MINUTES:
          The report was presented.

          RESOLVED: That it be noted.

          RESOLVED: that
          1. The report be noted.
        `),
      );
    });

    it('keeps "unanimously" as a VOTE line, and leaves a legacy form that contradicts its VOTE to the clerk', () => {
      assert.equal(
        fmt('# 1. A\nIt was unanimously RESOLVED that the Committee:\n1. Noted the report.\n\n# 2. B\nIt was unanimously RESOLVED that:\n1. X.\nVOTE: for 5, against 1 — carried\n'),
        '# 1. A\nRESOLVED: that the Committee:\n1. Noted the report.\nVOTE: unanimous\n\n# 2. B\nIt was unanimously RESOLVED that:\n1. X.\nVOTE: for 5, against 1 — carried\n',
      );
    });

    it('writes a legacy form followed by another dash in one pass (idempotent): the dash would make the new keyword an old form again', () => {
      for (const [source, expected] of [
        ['# 1. A\nRecommended - — That it be noted.\n', '# 1. A\nRECOMMENDED: That it be noted.\n'],
        ['# 1. A\nResolved - - That it be noted.\n', '# 1. A\nRESOLVED: That it be noted.\n'],
        ['# 1. A\nRESOLVED:- — That it be noted.\n', '# 1. A\nRESOLVED: That it be noted.\n'],
        ['# 1. A\nRecommended - — \n', '# 1. A\nRECOMMENDED:\n'],
      ]) {
        const once = fmt(source);
        assert.equal(once, expected, JSON.stringify(source));
        assert.equal(fmt(once), once, `not idempotent on ${JSON.stringify(source)}`);
      }
    });

    it('puts one space between the colon and the text, and none after a bare keyword', () => {
      assert.equal(fmt('# 1. A\nRESOLVED:That it be noted.\nNOTED:    The figures.\nMINUTES:   \n'), '# 1. A\nRESOLVED: That it be noted.\nNOTED: The figures.\nMINUTES:\n');
    });

    it('leaves escaped keyword lines alone', () => {
      assert.equal(fmt('# 1. A\n\\Resolved - not a keyword\n'), '# 1. A\n\\Resolved - not a keyword\n');
    });
  });

  describe('headings', () => {
    it('puts one space after the marker and after the number', () => {
      assert.equal(fmt('#   1.   Ofsted  visit\n##\t5.1\tPayments\n# Summary\n'), '# 1. Ofsted  visit\n## 5.1 Payments\n# Summary\n');
    });

    it('never makes a heading, and never touches an item number', () => {
      const source = '#1. Not a heading\n# 1.Title kept\n# 77/21 Minutes\n# 4(a) Audit\n';
      assert.equal(fmt(source), source);
      const a = analyze(fmt(source));
      assert.deepEqual(a.model.items.map((i) => i.number), [null, '77/21', '4(a)']);
    });

    it('keeps an empty heading a heading', () => {
      const out = fmt('# 1. A\n#   \nText.\n');
      assert.equal(out, '# 1. A\n# \nText.\n');
      assert.equal(analyze(out).ast.items.length, 2);
    });
  });

  describe('ACTION separators', () => {
    it('writes -- and – as an em dash with one space each side, on ACTION lines only', () => {
      assert.equal(
        fmt(`
          PEOPLE:
          @a  Jo Bloggs -- Clerk

          # 1. A
          ACTION: @a -- Circulate the letter  –  due 2021-06-15 --done -- cancelled
          The vote -- taken later -- was close.
        `),
        dedent(`
          PEOPLE:
          @a  Jo Bloggs -- Clerk

          # 1. A
          ACTION: @a — Circulate the letter — due 2021-06-15 --done — cancelled
          The vote -- taken later -- was close.
        `),
      );
    });
  });

  describe('tables', () => {
    it('aligns the columns of a narrow table and draws the separator to width, keeping alignment marks', () => {
      assert.equal(
        fmt(`
          RISKS:
          | Risk | Owner | Rating |
          |:---|:---:|---:|
          | Fire | Estates | B2 |
            | Flood \\| storm | | C3 |
        `),
        dedent(`
          RISKS:
          | Risk           | Owner   | Rating |
          |:---------------|:-------:|-------:|
          | Fire           | Estates | B2     |
          | Flood \\| storm |         | C3     |
        `),
      );
    });

    it('writes a table wider than tableWidth compactly, keeping each row its cells', () => {
      const source = `
        RISKS:
        | Risk |   Description   | Rating |
        |-----|-----|-----|
        | Recruitment | Challenges relating to recruitment and retention of staff | C3 |
        | | continue | |
        | Short |
      `;
      assert.equal(
        fmt(source, { tableWidth: 40 }),
        dedent(`
          RISKS:
          | Risk | Description | Rating |
          |---|---|---|
          | Recruitment | Challenges relating to recruitment and retention of staff | C3 |
          | | continue | |
          | Short |
        `),
      );
      assert.match(fmt(source), /^\| Short       \|$/m, 'aligned under the default width');
    });

    it('aligns the rows of a table broken by a page break or a comment as one table', () => {
      assert.equal(
        fmt('RISKS:\n| A | Rating |\n| x | B2 |\n\n| longer | C3 |\n// a note\n| y | A1 |\n'),
        'RISKS:\n| A      | Rating |\n| x      | B2     |\n\n| longer | C3     |\n// a note\n| y      | A1     |\n',
      );
    });
  });

  describe('white space', () => {
    it('removes trailing white space, collapses blank lines, ends with one line break', () => {
      assert.equal(fmt('# 1. A  \nOne.\t\n\n\n   \nTwo.\u00a0\n\n\n'), '# 1. A\nOne.\n\nTwo.\n');
      assert.equal(fmt('# 1. A\nNo final break'), '# 1. A\nNo final break\n');
      assert.equal(fmt(''), '');
      assert.equal(fmt('\n\n  \n'), '');
    });

    it('keeps one leading blank line, so text that is not a header does not become one', () => {
      const source = '\n\n---\ndate: 2021-06-08\n---\n';
      const out = fmt(source);
      assert.equal(out, '\n---\ndate: 2021-06-08\n---\n');
      assert.equal(analyze(out).ast.header, null);
    });

    it('never joins paragraphs or list entries separated by a blank line', () => {
      const source = 'One.\n\n\nTwo.\n\n\n- a\n\n\n- b\n';
      const a = analyze(fmt(source));
      assert.equal(a.model.preamble.length, 3);
      assert.deepEqual(a.model.preamble.map((b) => b.kind), ['paragraph', 'paragraph', 'list']);
    });

    it('keeps CRLF line breaks and the BOM', () => {
      assert.equal(fmt('\ufeff# 1. A  \r\nACTION: @a -- x\r\n\r\n\r\nEnd'), '\ufeff# 1. A\r\nACTION: @a — x\r\n\r\nEnd\r\n');
    });
  });

  describe('edits', () => {
    it('are minimal, ordered and apart', () => {
      const text = '# 1. A\nOne. \nTwo.\n\n\n\nACTION: @a -- x\n';
      const a = analyze(text);
      const edits = formatDocument(a);
      assert.deepEqual(
        edits.map((e) => [text.slice(e.start, e.end), e.newText]),
        [
          [' ', ''],
          ['\n\n', ''],
          ['--', '—'],
        ],
      );
      assert.equal(applyEdits(text, edits), formatText(a));
      assert.deepEqual(formatDocument(analyze(formatText(a))), []);
    });

    it('formatRange changes only the lines the range touches', () => {
      const text = '# 1. A \nOne. \nTwo. \nThree. \n';
      const a = analyze(text);
      const from = a.lines.lineStart(1) + 2;
      const to = a.lines.lineStart(3); // the start of line 3 does not touch it
      assert.equal(applyEdits(text, formatRange(a, { start: from, end: to })), '# 1. A \nOne.\nTwo.\nThree. \n');
      const caret = a.lines.lineStart(3) + 1;
      assert.equal(applyEdits(text, formatRange(a, { start: caret, end: caret })), '# 1. A \nOne. \nTwo. \nThree.\n');
    });
  });

  describe('golden files', () => {
    for (const file of [...SEEDS, ...EXAMPLES]) {
      const name = path.basename(file);
      it(`formats ${name}`, () => expectGolden(`format/${name}`, formatText(analyze(read(file)))));
    }
  });

  describe('on every fixture', () => {
    const files = allFixtures();
    it('has fixtures to check', () => assert.ok(files.length >= 20, `${files.length} fixtures`));
    for (const file of files) {
      const rel = path.relative(ROOT, file);
      it(`${rel}: keeps every word in order, keeps the model, and is idempotent`, () => {
        const text = read(file);
        const before = analyze(text);
        const once = formatText(before);
        const after = analyze(once);
        assert.equal(formatText(after), once, 'idempotent');
        assert.equal(applyEdits(text, formatDocument(before)), once, 'edits give the formatted text');
        const addedVotes = voteCount(after) - voteCount(before);
        assertSameWords(words(before), words(after), legacyWords(before), addedVotes);
        if (legacyWords(before).length === 0) assert.deepEqual(withoutLines(after.model), withoutLines(before.model), 'model unchanged');
        else assert.deepEqual(asFixed(after.model), asFixed(before.model), 'model unchanged but for the keyword-form fixes');
      });
    }
  });
});

/** Seeds, unseen, examples, construct fixtures and every rule's bad and good fixtures. */
function allFixtures(): string[] {
  const under = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? under(path.join(dir, d.name)) : d.name.endsWith('.minutes') ? [path.join(dir, d.name)] : []))
      : [];
  return [...SEEDS, ...UNSEEN, ...EXAMPLES, ...under(path.join(ROOT, 'test/fixtures/constructs')), ...under(path.join(ROOT, 'test/fixtures/rules'))];
}

/** Words (runs of letters and digits) outside the keyword heads and vote labels, which the formatter may respell. */
function words(a: Analysis): string[] {
  const heads = keywordHeads(a);
  const out: string[] = [];
  for (const m of a.text.matchAll(/[\p{L}\p{N}]+/gu)) if (!heads.some((h) => m.index! >= h.start && m.index! < h.end)) out.push(m[0]);
  return out;
}

/** The words of the legacy keyword phrases of a document. */
function legacyWords(a: Analysis): string[] {
  const blocks = [...a.ast.preamble, ...flatItems(a.ast.items).flatMap((i) => i.blocks)];
  return blocks.flatMap((b) => (b.kind === 'keyword' && b.legacy ? (b.keywordText.text.match(/[\p{L}\p{N}]+/gu) ?? []) : []));
}

function keywordHeads(a: Analysis): { start: number; end: number }[] {
  const blocks = [...a.ast.preamble, ...flatItems(a.ast.items).flatMap((i) => i.blocks)];
  // A recorded vote's labels are heads too: the formatter writes `In favour:` as `FOR:`.
  return blocks.flatMap((b) => (b.kind === 'keyword' ? [b.keywordText.span, ...(b.voteLines ?? []).map((l) => l.label.span)] : []));
}

function flatItems<T extends { children: readonly T[] }>(items: readonly T[]): T[] {
  return items.flatMap((i) => [i, ...flatItems(i.children)]);
}

/**
 * The same words in the same order. The only words allowed in between are
 * those the keyword-form fix keeps from a legacy phrase (the "that" of "It
 * was resolved that") and one `unanimous` per VOTE line it added.
 */
function assertSameWords(before: string[], after: string[], legacy: string[], addedVotes: number): void {
  let extra = addedVotes;
  const kept = [...legacy];
  let i = 0;
  for (const w of after) {
    if (w === before[i]) i++;
    else if (w === 'unanimous' && extra > 0) extra--;
    else if (kept.includes(w)) kept.splice(kept.indexOf(w), 1);
    else assert.fail(`word ${i}: expected "${before[i]}", found "${w}" (context: ${before.slice(Math.max(0, i - 5), i + 5).join(' ')})`);
  }
  assert.equal(i, before.length, `words missing after "${before[i - 1]}": ${before.slice(i, i + 5).join(' ')}`);
  assert.equal(extra, 0, 'every added VOTE line says unanimous');
}

function voteCount(a: Analysis): number {
  return (a.text.match(/^VOTE:/gm) ?? []).length;
}

/**
 * The model without line numbers, which collapsing blank lines may shift, and
 * with ACTION lines' raw text read with standard separators (the parsed
 * owner, task, due date and status are compared as they are).
 */
function withoutLines(model: unknown): unknown {
  return JSON.parse(
    JSON.stringify(model, (k, v) => {
      if (k === 'line' || k === 'range') return undefined;
      if (v && v.kind === 'keyword' && v.keyword === 'ACTION' && typeof v.text === 'string')
        return { ...v, text: v.text.replace(/[ \t]+(?:--|\u2013|\u2014)[ \t]+/g, ' \u2014 ') };
      return v;
    }),
  );
}

/**
 * The model as the keyword-form fixes leave it: votes aside (a fix may add
 * `VOTE: unanimous`) and texts read without a leading "that" (a fix keeps the
 * "that" of "It was resolved that").
 */
function asFixed(model: unknown): unknown {
  return JSON.parse(
    JSON.stringify(withoutLines(model), (k, v) => {
      if (k === 'votes') return undefined;
      if (Array.isArray(v)) return v.filter((x) => !(x && x.kind === 'keyword' && x.keyword === 'VOTE'));
      return k === 'text' && typeof v === 'string' ? v.replace(/^that\s+/i, '') : v;
    }),
  );
}
