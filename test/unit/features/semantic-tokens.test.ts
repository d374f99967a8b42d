import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/index';
import {
  encodeSemanticTokens,
  SEMANTIC_TOKEN_LEGEND,
  semanticTokens,
} from '../../../server/src/core/features/semantic-tokens';
import { dedent } from '../../helpers/documents';
import { ROOT } from '../../helpers/root';

/** Tokens as `type:text[+modifiers]` strings, in order. */
function tokens(source: string): string[] {
  const a = analyze(dedent(source));
  return semanticTokens(a).map((t) => `${t.type}:${a.text.slice(t.offset, t.offset + t.length)}${t.modifiers.map((m) => `+${m}`).join('')}`);
}

describe('features/semantic-tokens', () => {
  it('colours header keys, dates, comments, handles and keywords', () => {
    assert.deepEqual(
      tokens(`
        ---
        committee: Audit
        date: 2024-07-25
        approved-on: 2024-09-26
        ---
        // drafted 2024-07-26 by @clerk

        PEOPLE:
        @clerk  Beth Lindley

        IN ATTENDANCE: @clerk
        Resolved - That the item be noted on 2024-07-25.
      `),
      [
        'property:committee',
        'property:date',
        'number:2024-07-25',
        'property:approved-on',
        'number:2024-09-26',
        'comment:// drafted 2024-07-26 by @clerk',
        'keyword:PEOPLE:',
        'variable:@clerk+declaration',
        'keyword:IN ATTENDANCE:',
        'variable:@clerk',
        'keyword:Resolved -+deprecated',
        'number:2024-07-25',
      ],
    );
  });

  it('colours item numbers, ACTION statuses and due dates, VOTE outcomes', () => {
    assert.deepEqual(
      tokens(`
        # 78/21(a) Mill Lane
        VOTE: for 7, against 2, abstain 1 — carried
        VOTE: nem. con.
        ACTION: @nair — Complete the agreement — due 2022-02-28 — done
        ACTION: Highways — Review the open questions — in progress
        ACTION: Highways — Resurface the car park — Completed
        ## 5.1 Payments
        A date-like 2021-13-45x is not a date, 12021-01-01 neither.
      `),
      [
        'number:78/21(a)',
        'keyword:VOTE:',
        'enumMember:carried',
        'keyword:VOTE:',
        'enumMember:nem. con.',
        'keyword:ACTION:',
        'variable:@nair',
        'number:2022-02-28',
        'enumMember:done',
        'keyword:ACTION:',
        'enumMember:in progress',
        'keyword:ACTION:',
        'enumMember:Completed',
        'number:5.1',
      ],
    );
  });

  it('colours the ratings of a RISKS table (found by header name) and not its header or other tables', () => {
    const source = `
      # 4. Risks
      RISKS:
      | Risk | Rating | Owner |
      |---|---|---|
      | Fire | B2 | Estates |
      | | C3 | |
      | Risk | Rating | Owner |
      | Flood | A1 | Estates |

      Not a risk table:
      | Plain | Rating |
      |---|---|
      | x | D4 |
    `;
    assert.deepEqual(
      tokens(source).filter((t) => t.startsWith('enumMember')),
      ['enumMember:B2', 'enumMember:C3', 'enumMember:A1'],
    );
  });

  it('colours the proceedings: motion keywords and movers, withdrawn, recorded vote labels and voters, arrivals, CLOSED and its time', () => {
    assert.deepEqual(
      tokens(`
        PEOPLE:
        @lee  Councillor Lee

        # 6. Budget
        AMENDMENT: moved by @lee, seconded by Councillor Ward — withdrawn
        That it be amended.
        VOTE: recorded — lost
          In favour: @lee
          AGAINST: Councillor Ward
        ARRIVED: @lee (7.20 pm)
        CLOSED: 21:47
      `).filter((t) => !t.includes('PEOPLE') && !t.includes('+declaration')),
      [
        'number:6.',
        'keyword:AMENDMENT:',
        'variable:@lee',
        'enumMember:withdrawn',
        'keyword:VOTE:',
        'enumMember:lost',
        'keyword:In favour',
        'variable:@lee',
        'keyword:AGAINST',
        'keyword:ARRIVED:',
        'variable:@lee',
        'keyword:CLOSED:',
        'number:21:47',
      ],
    );
  });

  it('filters by range', () => {
    const a = analyze('---\ndate: 2024-01-02\n---\n# 1. X\nACTION: @a — y — done\n');
    const line = 4;
    const range = { start: a.lines.lineStart(line), end: a.lines.lineEnd(line) };
    assert.deepEqual(
      semanticTokens(a, range).map((t) => a.text.slice(t.offset, t.offset + t.length)),
      ['ACTION:', '@a', 'done'],
    );
  });

  it('encodes to the relative integer form', () => {
    const a = analyze('# 1. X\nACTION: @a — due 2024-01-02\n');
    const data = encodeSemanticTokens(semanticTokens(a), a.lines);
    const type = (t: string): number => SEMANTIC_TOKEN_LEGEND.tokenTypes.indexOf(t as never);
    assert.deepEqual(data, [
      0, 2, 2, type('number'), 0, // 1.
      1, 0, 7, type('keyword'), 0, // ACTION:
      0, 8, 2, type('variable'), 0, // @a
      0, 9, 10, type('number'), 0, // 2024-01-02 (after "@a — due ")
    ]);
  });

  it('sets one bit per modifier', () => {
    const a = analyze('PEOPLE:\n@a  A\n\nMinutes:\n');
    const data = encodeSemanticTokens(semanticTokens(a), a.lines);
    const bit = (m: string): number => 1 << SEMANTIC_TOKEN_LEGEND.tokenModifiers.indexOf(m as never);
    const mods = [];
    for (let i = 4; i < data.length; i += 5) mods.push(data[i]);
    assert.deepEqual(mods, [0, bit('declaration'), bit('deprecated')]);
  });

  it('on every fixture: tokens are ordered, disjoint, on one line each, and decode back to themselves', () => {
    for (const file of fixtureFiles()) {
      const text = readFileSync(file, 'utf8');
      const a = analyze(text);
      const toks = semanticTokens(a);
      assert.ok(toks.length > 10, file);
      for (let i = 1; i < toks.length; i++) assert.ok(toks[i].offset >= toks[i - 1].offset + toks[i - 1].length, `${file}: disjoint`);
      const data = encodeSemanticTokens(toks, a.lines);
      assert.equal(data.length, toks.length * 5, `${file}: one entry per token`);
      let line = 0;
      let char = 0;
      for (let i = 0; i < toks.length; i++) {
        const [dl, dc, len, type, mods] = data.slice(i * 5, i * 5 + 5);
        line += dl;
        char = dl === 0 ? char + dc : dc;
        const offset = a.lines.offsetAt({ line, character: char });
        assert.equal(offset, toks[i].offset, `${file}: token ${i} position`);
        assert.equal(len, toks[i].length);
        assert.equal(SEMANTIC_TOKEN_LEGEND.tokenTypes[type], toks[i].type);
        assert.equal(mods, toks[i].modifiers.reduce((b, m) => b | (1 << SEMANTIC_TOKEN_LEGEND.tokenModifiers.indexOf(m)), 0));
        assert.ok(!a.text.slice(toks[i].offset, toks[i].offset + len).includes('\n'), `${file}: one line`);
      }
    }
  });

  it('gives a CRLF file the same encoding as its LF form', () => {
    const crlf = readFileSync(join(ROOT, 'test/fixtures/unseen/northbury-full-council-crlf.minutes'), 'utf8');
    const a = analyze(crlf);
    const b = analyze(crlf.replace(/\r\n/g, '\n'));
    assert.deepEqual(encodeSemanticTokens(semanticTokens(a), a.lines), encodeSemanticTokens(semanticTokens(b), b.lines));
  });
});

function fixtureFiles(): string[] {
  const dirs = ['test/fixtures/seeds', 'test/fixtures/unseen', 'test/fixtures/v2', 'examples'].map((d) => join(ROOT, d));
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.minutes')).map((f) => join(d, f)));
}
