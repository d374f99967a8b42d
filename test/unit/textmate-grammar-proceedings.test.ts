// The TextMate grammar on a meeting's proceedings: motions and amendments
// with their movers, seconders and `— withdrawn`, recorded votes, arrivals
// and departures, CLOSED, REASONS and ALTERNATIVES, `A1.` item numbers and
// the `a.`/`ii.` list markers. Where the core reads a construct, the test
// asks the core too: the grammar must colour what the parser reads, and
// leave alone what it does not (a FOR: line at the margin, `moved by` in a
// motion's text, `civic.` at the start of a sentence).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, parse } from '../../server/src/core';
import type { KeywordBlockNode } from '../../server/src/core/syntax/ast';
import { documentBlocks } from '../../server/src/core/syntax/walk';
import { KEYWORD_WORDS, VOTE_LABELS } from '../../server/src/core/vocabulary';
import { ROOT } from '../helpers/root';
import { check, checkNot, loadMinutesGrammar, scopesOf, tokenize } from '../helpers/textmate';

const HEAD = '---\ncommittee: C\ndate: 2025-02-20\n---\nPEOPLE:\n@a  Councillor A\n@b  Councillor B\n\nPRESENT: @a, @b, Councillor Lee\n\n# 1. Item\n';

/** The keyword blocks of the first item of HEAD followed by `body`. */
function blocksOf(body: string): KeywordBlockNode[] {
  return parse(HEAD + body).ast.items[0].blocks.filter((b): b is KeywordBlockNode => b.kind === 'keyword');
}

/** The text of the tokens on a line of `body` (0-based) that carry a scope starting with `prefix`. */
function scoped(body: string, line: number, prefix: string): string[] {
  return tokenize(body)
    .filter((t) => t.line === line && t.scopes.some((s) => s.startsWith(prefix)))
    .map((t) => t.text);
}

describe('TextMate grammar (source.minutes): proceedings', () => {
  before(loadMinutesGrammar);

  describe('motions and amendments', () => {
    it('scopes the keyword, moved by, seconded by, the names and a final withdrawn', () => {
      const doc = 'AMENDMENT: moved by @lee, seconded by Councillor Ward — withdrawn';
      check(doc, 'AMENDMENT', 'keyword.other.amendment.minutes');
      check(doc, 'moved', 'keyword.other.moved.minutes');
      check(doc, 'by', 'keyword.other.by.minutes');
      check(doc, 'lee', 'variable.other.handle.minutes');
      check(doc, ',', 'punctuation.separator.comma.minutes');
      check(doc, 'seconded', 'keyword.other.seconded.minutes');
      check(doc, '—', 'punctuation.separator.segment.minutes');
      check(doc, 'withdrawn', 'constant.language.outcome.withdrawn.minutes');
      check('MOTION: — withdrawn', 'withdrawn', 'constant.language.outcome.withdrawn.minutes');
      check('MOTION: Proposed @a, seconded @b', 'Proposed', 'keyword.other.moved.minutes');
    });

    // Each line: the grammar marks a mover, a seconder and "withdrawn" exactly where the core reads them.
    const heads = [
      'moved by @a, seconded by @b',
      'moved by @a',
      'seconded by Councillor Lee',
      'proposed @a and seconded by @b.',
      'Moved by @a — That the report be noted.',
      'That it be noted that the item was moved by @a',
      'That the seconded officer stay — withdrawn',
      'moved by @a, seconded by @b — withdrawn',
      'That the budget be approved',
      'moved by @a — That it be withdrawn',
    ];
    for (const head of heads) {
      it(`reads "MOTION: ${head}" as the core does`, () => {
        const [block] = blocksOf(`MOTION: ${head}\nThe text.\n`);
        const motion = block.motion!;
        const doc = `MOTION: ${head}`;
        assert.equal(scoped(doc, 0, 'keyword.other.moved').length > 0, motion.mover !== null, 'mover');
        assert.equal(scoped(doc, 0, 'keyword.other.seconded').length > 0, motion.seconder !== null, 'seconder');
        assert.equal(scoped(doc, 0, 'constant.language.outcome.withdrawn').length > 0, motion.withdrawn !== null, 'withdrawn');
      });
    }

    it('colours the text below the keyword line as text', () => {
      const doc = 'MOTION: moved by @a\nThat it was moved by the Leader.';
      checkNot(doc, 'moved', 'keyword.other.moved', 1);
      checkNot(doc, 'That', 'meta.motion');
    });
  });

  describe('recorded votes', () => {
    for (const { side, words } of VOTE_LABELS) {
      for (const word of words) {
        for (const written of [word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1)]) {
          it(`"${written}:" under a VOTE is the ${side} label, as the core reads it`, () => {
            const body = `VOTE: recorded — carried\n  ${written}: @a, Councillor Lee (J)\n    @b\n`;
            const [vote] = blocksOf(body);
            assert.equal(vote.voteLines?.[0]?.side, side);
            check(body, written, `keyword.other.vote-label.${side}.minutes`);
            check(body, '@a', 'variable.other.handle.minutes');
            check(body, '@b', 'variable.other.handle.minutes');
            checkNot(body, 'J', 'meta.note');
          });
        }
      }
    }

    it('scopes a count in brackets after the label, and the vote line as part of the vote', () => {
      const doc = 'VOTE: for 3, against 2 — carried\n  Against (2): @a, @b\n  FOR: Councillor Lee (Chair)';
      check(doc, '2', 'constant.numeric.integer.minutes', 1);
      check(doc, 'Against', 'meta.vote.minutes');
      check(doc, 'Chair', 'string.unquoted.note.minutes');
    });

    it('leaves a FOR: line alone that the core does not read as a vote line', () => {
      for (const body of ['FOR: @a, @b\n', 'NOTED: The report.\n  FOR: @a\n', 'VOTE: unanimous\n\n  FOR: @a\n']) {
        const votes = blocksOf(body).filter((b) => b.keyword === 'VOTE');
        assert.ok(!votes.some((v) => v.voteLines?.length), body);
        const line = body.split('\n').findIndex((l) => l.includes('FOR:'));
        assert.deepEqual(scoped(body, line, 'keyword.other.vote-label'), [], body);
      }
    });

    it('ends the vote at an unindented line', () => {
      const doc = 'VOTE: recorded — lost\n  AGAINST: @a\nRESOLVED: That it be noted.';
      check(doc, 'RESOLVED', 'keyword.other.resolved.minutes');
      checkNot(doc, 'RESOLVED', 'meta.vote');
    });
  });

  describe('who was there, the executive record and the close', () => {
    it('scopes ARRIVED, LEFT and RETURNED with their names and notes; a bracket of initials is part of the name', () => {
      const doc = 'ARRIVED: @jabar (7.10 pm)\nLEFT: Councillor Collins (B) (having declared an interest)\nRETURNED: @ferriby';
      check(doc, 'ARRIVED', 'keyword.other.arrived.minutes');
      check(doc, 'jabar', 'variable.other.handle.minutes');
      check(doc, '7.10 pm', 'string.unquoted.note.minutes');
      check(doc, 'LEFT', 'keyword.other.left.minutes');
      checkNot(doc, 'B', 'meta.note');
      check(doc, 'having declared an interest', 'string.unquoted.note.minutes');
      check(doc, 'RETURNED', 'keyword.other.returned.minutes');
      // The core reads the same: the initials in the name, the bracket after them a note.
      const [, left] = blocksOf(`${doc}\n`);
      assert.equal(left.changes?.[0].name.text, 'Councillor Collins (B)');
      assert.equal(left.changes?.[0].note?.text, 'having declared an interest');
    });

    it('treats initials in an attendance list as the core does', () => {
      const doc = 'PRESENT: Collins (B), Collins (J. R.), @a (Chair)';
      checkNot(doc, 'B', 'meta.note');
      checkNot(doc, 'J. R.', 'meta.note');
      check(doc, 'Chair', 'string.unquoted.note.minutes');
      const a = analyze(`---\ncommittee: C\ndate: 2025-02-20\n---\n${doc}\n`);
      assert.deepEqual(a.model.attendance.present.map((e) => e.name).slice(0, 2), ['Collins (B)', 'Collins (J. R.)']);
    });

    it('scopes CLOSED and its time, REASONS, and ALTERNATIVES: none', () => {
      check('CLOSED: 16:25', 'CLOSED', 'keyword.other.closed.minutes');
      check('CLOSED: 16:25', '16:25', 'constant.numeric.time.minutes');
      check('REASONS:\nTo respond to the findings.', 'REASONS', 'keyword.other.reasons.minutes');
      check('ALTERNATIVES: none', 'ALTERNATIVES', 'keyword.other.alternatives.minutes');
      check('ALTERNATIVES: none', 'none', 'constant.language.none.minutes');
      checkNot('ALTERNATIVES: To do nothing', 'To do nothing', 'constant.language');
    });

    it('scopes the values of executive and the contact key in the header', () => {
      check('---\nexecutive: yes\n---', 'yes', 'constant.language.header.minutes');
      check('---\ncontact: @dsm, 01632 960 415\n---', 'contact', 'support.type.property-name.header.minutes');
    });

    it('ends a header without its closing fence at a v2 keyword', () => {
      const doc = '---\ndate: 2025-02-20\nMOTION: moved by @a';
      check(doc, 'MOTION', 'keyword.other.motion.minutes');
      checkNot(doc, 'MOTION', 'meta.header');
    });
  });

  describe('numbers and list markers', () => {
    it('marks A1. and B12. as item numbers, as the parser does, and not A1 without its dot', () => {
      for (const rest of ['A1. Land at Mill Lane', 'B12. Appeals', 'A1 Ring Road', 'Z9999. Last']) {
        const doc = `# ${rest}`;
        const parsed = parse(`---\ncommittee: C\ndate: 2021-01-01\n---\n${doc}\n`).ast.items[0].number?.text ?? null;
        const marked = tokenize(doc).filter((t) => t.scopes.includes('constant.numeric.item-number.minutes')).map((t) => t.text).join('');
        assert.equal(marked || null, parsed, doc);
      }
    });

    // Each marker: the grammar marks it exactly when the core reads a list entry with it.
    const markers = ['a.', 'b.', 'i.', 'ii.', 'iv.', 'xiv.', 'xxxix.', 'A)', '(A)', 'ii)', '(iv)', 'civic.', 'mill.', 'e.g.', 'iix.', '1.', '12)', '1000.', '3.1.'];
    for (const marker of markers) {
      it(`list marker "${marker}" as the core reads it`, () => {
        const line = `${marker} That the report be noted.`;
        const [block] = blocksOf(`RESOLVED:\n${line}\n`);
        const list = block.body.find((x) => x.kind === 'list');
        const read = list?.kind === 'list' ? list.entries[0].marker.text : null;
        const scopes = scopesOf(line, marker);
        assert.equal(scopes.includes('punctuation.definition.list.begin.minutes'), read === marker, `core read ${read}`);
      });
    }
  });

  describe('the v2 fixture documents', () => {
    const dir = path.join(ROOT, 'test/fixtures/v2');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.minutes'));
    it('has fixtures to check', () => assert.ok(files.length >= 6));
    for (const file of files) {
      it(`${file}: every keyword line, vote label and mover the core reads is scoped`, () => {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const a = analyze(text);
        const tokens = tokenize(text);
        const scopesAt = (offset: number): string[] => {
          const { line, character } = a.lines.positionAt(offset);
          let col = 0;
          for (const t of tokens.filter((x) => x.line === line)) {
            if (character >= col && character < col + t.text.length) return t.scopes;
            col += t.text.length;
          }
          return [];
        };
        for (const b of documentBlocks(a.ast)) {
          if (b.kind !== 'keyword' || b.legacy) continue;
          const where = `${file}:${a.lines.positionAt(b.span.start).line + 1}`;
          assert.ok(KEYWORD_WORDS.includes(b.keyword));
          assert.ok(scopesAt(b.keywordText.span.start).some((s) => s.startsWith('keyword.other.')), `${where} ${b.keyword}`);
          for (const l of b.voteLines ?? []) assert.ok(scopesAt(l.label.span.start).includes(`keyword.other.vote-label.${l.side}.minutes`), `${where} ${l.label.text}`);
          for (const who of [b.motion?.mover, b.motion?.seconder]) if (who?.handle) assert.ok(scopesAt(who.span.start).includes('variable.other.handle.minutes'), `${where} ${who.name.text}`);
          if (b.motion?.withdrawn) assert.ok(scopesAt(b.motion.withdrawn.span.start).includes('constant.language.outcome.withdrawn.minutes'), `${where} withdrawn`);
        }
      });
    }
  });
});
