import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import {
  definitionAt,
  highlightsAt,
  prepareRename,
  referencesAt,
  renameHandle,
} from '../../../server/src/core/features/handles';
import { dedent } from '../../helpers/documents';
import { analyzeAt, textOf } from '../../helpers/cursor';
import { applyEdits } from '../../helpers/edits';

const DOC = `
  PEOPLE:
  @alam   Irfan Alam — Democratic Services
  @sdcs   Strategic Director

  IN ATTENDANCE: @sdcs, @alam (clerk)

  # 1. Ofsted visit
  CONTACT: @alam, 01274 432904, irfan.alam@bradford.gov.uk

  The @sdcs presented the report.

  ACTION: @sdcs — Bring the plan back — due 2021-10-14
`;

/** DOC with the cursor put at the n-th occurrence of `needle`, plus `shift` characters. */
function at(needle: string, n = 1, shift = 0): string {
  let i = -1;
  for (let k = 0; k < n; k++) i = DOC.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} #${n} not in DOC`);
  return DOC.slice(0, i + shift) + '$0' + DOC.slice(i + shift);
}

describe('features/handles', () => {
  describe('definitionAt', () => {
    it('goes from a use in text to the PEOPLE declaration', () => {
      const { analysis, offset } = analyzeAt(at('@sdcs presented', 1, 3));
      const def = definitionAt(analysis, offset)!;
      assert.equal(textOf(analysis, def.origin), '@sdcs');
      assert.equal(textOf(analysis, def.target), '@sdcs');
      assert.equal(analysis.lines.positionAt(def.target.start).line, 2);
      assert.equal(textOf(analysis, def.targetLine), '@sdcs   Strategic Director');
    });

    it('works from the declaration itself and at both ends of a handle', () => {
      const before = analyzeAt(at('@alam   Irfan'));
      assert.equal(before.analysis.lines.positionAt(definitionAt(before.analysis, before.offset)!.target.start).line, 1);
      const after = analyzeAt(at('@alam (clerk)', 1, 5));
      assert.equal(textOf(after.analysis, definitionAt(after.analysis, after.offset)!.origin), '@alam');
    });

    it('finds handles on wrapped attendance lines and in ACTION owners', () => {
      const { analysis, offset } = analyzeAt(`
        PEOPLE:
        @a  Councillor A
        @b  Councillor B

        PRESENT: @a,
          @b$0 (substitute for @a)
      `);
      assert.equal(textOf(analysis, definitionAt(analysis, offset)!.target), '@b');
      const action = analyzeAt(at('@sdcs — Bring', 1, 2));
      assert.ok(definitionAt(action.analysis, action.offset));
    });

    it('is null off a handle, on an email address and for an undeclared handle', () => {
      for (const marked of [at('Ofsted visit'), at('alam@bradford', 1, 2), `PEOPLE:\n@a  A\n\nSee @nob$0ody.\n`]) {
        const { analysis, offset } = analyzeAt(marked);
        assert.equal(definitionAt(analysis, offset), null, marked);
      }
    });
  });

  describe('referencesAt', () => {
    it('leaves an @ in a link’s address alone: no reference, no person-unknown, untouched by rename', () => {
      const text = `${dedent(DOC)}\nThe @sdcs posts at [the @sdcs blog](https://medium.com/@sdcs) and <https://mastodon.social/@bradford-cs>.\n`;
      const a = analyze(text);
      const line = text.split('\n').length - 2;
      const onLine = referencesAt(a, text.indexOf('@sdcs'), true).filter((s) => a.lines.positionAt(s.start).line === line);
      assert.deepEqual(onLine.map((s) => a.lines.positionAt(s.start).character), [4, 24]);
      assert.deepEqual(a.diagnostics.filter((d) => d.ruleId === 'person-unknown'), []);
      const renamed = renameHandle(a, text.indexOf('@sdcs'), 'director');
      assert.ok(!('error' in renamed));
      assert.ok(applyEdits(text, renamed.edits).includes('The @director posts at [the @director blog](https://medium.com/@sdcs) and <https://mastodon.social/@bradford-cs>.'));
    });

    it('lists every use, with or without the declaration', () => {
      const { analysis, offset } = analyzeAt(at('@alam, 01274', 1, 1));
      const all = referencesAt(analysis, offset, true);
      assert.deepEqual(all.map((s) => analysis.lines.positionAt(s.start).line), [1, 4, 7]);
      assert.ok(all.every((s) => textOf(analysis, s) === '@alam'));
      const uses = referencesAt(analysis, offset, false);
      assert.deepEqual(uses.map((s) => analysis.lines.positionAt(s.start).line), [4, 7]);
    });

    it('is empty off a handle', () => {
      const { analysis, offset } = analyzeAt(at('presented'));
      assert.deepEqual(referencesAt(analysis, offset, true), []);
    });
  });

  describe('highlightsAt', () => {
    it('marks the declaration as a write and uses as reads', () => {
      const { analysis, offset } = analyzeAt(at('@sdcs presented'));
      const h = highlightsAt(analysis, offset);
      assert.deepEqual(
        h.map((x) => [analysis.lines.positionAt(x.start).line, x.kind]),
        [
          [2, 'write'],
          [4, 'read'],
          [9, 'read'],
          [11, 'read'],
        ],
      );
    });
  });

  describe('prepareRename', () => {
    it('offers the handle without its @', () => {
      const { analysis, offset } = analyzeAt(at('@sdcs, @alam'));
      const r = prepareRename(analysis, offset)!;
      assert.equal(textOf(analysis, r), 'sdcs');
      assert.equal(r.placeholder, 'sdcs');
    });

    it('is null off a handle', () => {
      const { analysis, offset } = analyzeAt(at('Strategic'));
      assert.equal(prepareRename(analysis, offset), null);
    });
  });

  describe('renameHandle', () => {
    it('renames the declaration and every use, and nothing else', () => {
      const { analysis, offset, text } = analyzeAt(at('@sdcs presented', 1, 2));
      const result = renameHandle(analysis, offset, 'director');
      assert.ok('edits' in result);
      assert.equal(result.edits.length, 4);
      const renamed = applyEdits(text, result.edits);
      assert.equal(renamed, text.replace(/@sdcs/g, '@director'));
      const after = analyze(renamed);
      assert.deepEqual(
        after.references.filter((r) => r.handle === 'director').length,
        4,
        'the renamed handles are read back as handles',
      );
    });

    it('accepts the new name with its @', () => {
      const { analysis, offset, text } = analyzeAt(at('@alam (clerk)'));
      const result = renameHandle(analysis, offset, '@irfan-alam');
      assert.ok('edits' in result);
      assert.equal(applyEdits(text, result.edits), text.replace(/@alam\b/g, '@irfan-alam'));
    });

    it('refuses a name that is not a handle', () => {
      const { analysis, offset } = analyzeAt(at('@alam (clerk)'));
      for (const bad of ['Alam', 'i alam', 'alam-', 'al--am', '', '@', 'alam.x']) {
        const result = renameHandle(analysis, offset, bad);
        assert.ok('error' in result, bad);
        assert.match(result.error, /not a handle/);
      }
    });

    it('refuses a handle another person already has', () => {
      const { analysis, offset } = analyzeAt(at('@alam (clerk)'));
      const result = renameHandle(analysis, offset, 'sdcs');
      assert.ok('error' in result);
      assert.match(result.error, /@sdcs is already declared/);
    });

    it('refuses a handle that is used but not declared, which would merge two people', () => {
      const { analysis, offset } = analyzeAt(`${DOC}\n  The @cfo and @alam$0 spoke.\n`);
      const result = renameHandle(analysis, offset, '@cfo');
      assert.ok('error' in result);
      assert.match(result.error, /@cfo is already used in these minutes \(not declared in PEOPLE\)/);
    });

    it('changes nothing when renaming a handle to itself, and refuses off a handle', () => {
      const same = analyzeAt(at('@alam (clerk)'));
      assert.deepEqual(renameHandle(same.analysis, same.offset, 'alam'), { edits: [] });
      const off = analyzeAt(at('Ofsted'));
      assert.ok('error' in renameHandle(off.analysis, off.offset, 'x'));
    });
  });
});
