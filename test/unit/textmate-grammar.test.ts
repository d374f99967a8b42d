// Tokenizes real lines with VS Code's own TextMate engine (vscode-textmate +
// the Oniguruma wasm) and checks the scopes that themes colour. No editor runs.
// The words checked (keywords, header values, statuses, separators, bullets)
// are the core's vocabulary, so a word added there and not to the grammar fails here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, parse } from '../../server/src/core';
import { ACTION_SEPARATOR_DASHES, ACTION_STATUSES, BULLETS, HEADER_KEY_NAMES, HEADER_KEYS, KEYWORD_WORDS } from '../../server/src/core/vocabulary';
import { ROOT } from '../helpers/root';
import { check, checkNot, loadMinutesGrammar, tokenize } from '../helpers/textmate';

const SEEDS = path.join(ROOT, 'test/fixtures/seeds');

describe('TextMate grammar (source.minutes)', () => {
  before(loadMinutesGrammar);

  describe('header', () => {
    const doc = [
      '---',
      'authority: City of Bradford Metropolitan District Council',
      'committee: Executive',
      'date: 2021-06-08',
      'time: 10:00-12:30',
      'status: approved',
      'approved-on: 2021-07-01',
      'quorum: 3',
      'risk-matrix: A-F x 1-4',
      '---',
      '',
      '# 1. Item',
      '---',
    ].join('\n');

    it('scopes the --- lines and the block', () => {
      check(doc, '---', 'punctuation.definition.header.begin.minutes', 0);
      check(doc, '---', 'punctuation.definition.header.end.minutes', 1);
      check(doc, 'committee', 'meta.header.minutes');
    });
    it('scopes keys and values', () => {
      check(doc, 'authority', 'support.type.property-name.header.minutes');
      check(doc, ':', 'punctuation.separator.key-value.minutes');
      check(doc, 'City of Bradford', 'string.unquoted.header-value.minutes');
      check(doc, 'approved-on', 'support.type.property-name.header.minutes');
      check(doc, 'approved', 'constant.language.header.minutes', 0);
      check('---\nquorum: 3\n---', '3', 'constant.numeric.integer.minutes');
    });
    it('scopes every header key of the core, and the fixed values of status and type', () => {
      for (const key of HEADER_KEY_NAMES) check(`---\n${key}: x\n---`, key, 'support.type.property-name.header.minutes');
      for (const { key, values, closed } of HEADER_KEYS) {
        if (closed) for (const value of values ?? []) check(`---\n${key}: ${value}\n---`, value, 'constant.language.header.minutes');
      }
    });
    it('scopes dates, times and the risk matrix in values', () => {
      check(doc, '2021-06-08', 'constant.numeric.date.minutes');
      check(doc, '10:00', 'constant.numeric.time.minutes');
      check(doc, '12:30', 'constant.numeric.time.minutes');
      check(doc, 'A-F', 'constant.other.risk-range.minutes');
      check(doc, '1-4', 'constant.other.risk-range.minutes');
    });
    it('is only a header at the very top', () => {
      checkNot(doc, '---', 'punctuation.definition.header', 2);
      checkNot(doc, 'Item', 'meta.header');
      const late = '\n---\ndate: 2021-06-08\n---\n';
      checkNot(late, 'date', 'support.type.property-name');
    });
    it('ends at a heading when the closing --- is missing', () => {
      const open = '---\ndate: 2021-06-08\n# 1. Item\nRESOLVED: yes';
      check(open, 'Item', 'entity.name.section.minutes');
      checkNot(open, 'Item', 'meta.header');
      check(open, 'RESOLVED', 'keyword.other.resolved.minutes');
    });
  });

  describe('block keywords', () => {
    for (const kw of KEYWORD_WORDS) {
      const scope = `keyword.other.${kw.toLowerCase().replace(' ', '-')}.minutes`;
      it(`${kw}: at the start of a line is ${scope}`, () => {
        const doc = `${kw}: some text`;
        check(doc, kw, scope);
        check(doc, ':', 'punctuation.separator.key-value.minutes');
      });
    }
    it('is not a keyword in the middle of a line, in lower case, or without its colon', () => {
      checkNot('It was RESOLVED: that', 'RESOLVED', 'keyword');
      checkNot('Resolved: that', 'Resolved', 'keyword');
      checkNot('RESOLVED that the report be noted', 'RESOLVED', 'keyword');
      checkNot(' RESOLVED: indented', 'RESOLVED', 'keyword');
    });
    it('a leading backslash makes the line plain text', () => {
      const doc = '\\RESOLVED: not a keyword';
      check(doc, '\\', 'constant.character.escape.line.minutes');
      checkNot(doc, 'RESOLVED', 'keyword');
      checkNot('\\# 1. Not a heading', '1.', 'constant.numeric');
    });
    it('scopes "none" after DECLARATIONS and DOCUMENTS, and the EXEMPT paragraph', () => {
      check('DECLARATIONS: none', 'none', 'constant.language.none.minutes');
      check('DOCUMENTS: none', 'none', 'constant.language.none.minutes');
      check('EXEMPT: 3', '3', 'constant.numeric.integer.minutes');
    });
  });

  describe('agenda item headings', () => {
    const numbers = ['1.', '12', '4(a)', '77/21', '78/21(a)', '3.1', '5.1.', 'BoD/24/061', 'TB23/045', '4a', '064a', '12(a)(i)'];
    for (const level of [1, 2]) {
      for (const number of numbers) {
        it(`${'#'.repeat(level)} ${number} Title`, () => {
          const doc = `${'#'.repeat(level)} ${number} Ofsted Monitoring Visit`;
          check(doc, '#'.repeat(level), 'punctuation.definition.heading.minutes');
          check(doc, '#'.repeat(level), `markup.heading.${level}.minutes`);
          check(doc, number, 'constant.numeric.item-number.minutes');
          check(doc, 'Ofsted Monitoring Visit', 'entity.name.section.minutes');
          checkNot(doc, 'Ofsted', 'constant.numeric');
        });
      }
    }
    it('takes the longest number and leaves an unnumbered title alone', () => {
      check('## 5.1 Payments', '5.1', 'constant.numeric.item-number.minutes');
      checkNot('# Apologies for absence', 'Apologies', 'constant.numeric');
      check('# Apologies for absence', 'Apologies for absence', 'entity.name.section.minutes');
      checkNot('#1 no space', '#1', 'markup.heading');
      checkNot('### three', '###', 'markup.heading');
    });
    // The colouring must show the number the core reads: the same text as
    // item number, the same titles left alone (a road, `3D printing`).
    it('marks as item number exactly what the parser reads as one', () => {
      const titles = ['A1 Ring Road', 'B4337 speed limit', '3D printing', '1st quarter', 'HRA 2024/25 budget', '2024/25 budget', 'ARC 23/31 Audit', 'BoD/24/061 Minutes', '4(a)(ii) Fees', '7. Close', 'Apologies'];
      for (const rest of titles) {
        const doc = `# ${rest}`;
        const parsed = parse(`---\ncommittee: C\ndate: 2021-01-01\n---\n${doc}\n`).ast.items[0].number?.text ?? null;
        const line = tokenize(doc).filter((t) => t.scopes.includes('constant.numeric.item-number.minutes')).map((t) => t.text).join('');
        assert.equal(line || null, parsed, `# ${rest}`);
      }
    });
    it('scopes inline markup inside a title', () => {
      check('# 2. Report of the @sdcs', 'sdcs', 'variable.other.handle.minutes');
    });
  });

  describe('people and handles', () => {
    const doc = [
      'PEOPLE:',
      '@hinchcliffe  Councillor Susan Hinchcliffe — Leader of the Council',
      '@ross-shaw    Councillor Alex Ross-Shaw',
      '',
      'PRESENT: @hinchcliffe (Chair), Councillor Lee (substitute for @jabar),',
      '  @ross-shaw',
      'The @sdcs wrote to jo.patel@westford.gov.uk and @ross-shaw replied.',
    ].join('\n');

    it('scopes the declarations in PEOPLE', () => {
      check(doc, 'hinchcliffe', 'variable.other.handle.declaration.minutes', 0);
      check(doc, 'Councillor Susan Hinchcliffe', 'entity.name.person.minutes');
      check(doc, '—', 'punctuation.separator.segment.minutes');
      check(doc, 'Leader of the Council', 'string.unquoted.role.minutes');
      check(doc, 'ross-shaw', 'variable.other.handle.declaration.minutes', 0);
    });
    it('scopes handles, notes and commas in attendance, across a wrapped line', () => {
      check(doc, 'hinchcliffe', 'variable.other.handle.minutes', 1);
      check(doc, 'Chair', 'string.unquoted.note.minutes');
      check(doc, 'jabar', 'variable.other.handle.minutes');
      check(doc, 'ross-shaw', 'meta.attendance.minutes', 1);
      check(doc, 'ross-shaw', 'variable.other.handle.minutes', 1);
    });
    it('scopes handles in text but not inside an email address', () => {
      check(doc, '@sdcs', 'variable.other.handle.minutes');
      check(doc, 'jo.patel@westford.gov.uk', 'markup.underline.link.email.minutes');
      checkNot(doc, '@westford', 'variable.other.handle');
      check(doc, 'ross-shaw', 'variable.other.handle.minutes', 2);
      checkNot('Email x_y@foo now', '@foo', 'variable');
      checkNot('Tag @Upper case', '@Upper', 'variable');
    });
  });

  describe('dates, actions and votes', () => {
    it('scopes ISO dates in text', () => {
      check('Approved on 2021-07-14.', '2021-07-14', 'constant.numeric.date.minutes');
      checkNot('Call 2021-07-140 now', '2021-07-140', 'constant.numeric.date');
    });
    const statusScope = (status: string): string => `constant.language.status.${status.replace(' ', '-')}.minutes`;
    for (const { status } of ACTION_STATUSES) {
      const scope = statusScope(status);
      it(`ACTION status "${status}"`, () => {
        const doc = `ACTION: @alam, @sdcs — Circulate the Ofsted letter — due 2021-06-15 — ${status}`;
        check(doc, status, scope);
        check(doc, 'due', 'keyword.other.due.minutes');
        check(doc, '2021-06-15', 'constant.numeric.date.minutes');
        check(doc, 'alam', 'variable.other.handle.minutes');
        check(doc, '—', 'punctuation.separator.segment.minutes', 1);
      });
    }
    it('scopes every word the core reads as a status as that status, in any case and with a full stop', () => {
      for (const { status, words } of ACTION_STATUSES) {
        for (const word of [status, ...words]) {
          const capital = word.charAt(0).toUpperCase() + word.slice(1);
          for (const written of [word, capital, `${word}.`]) {
            check(`ACTION: @alam — Circulate the letter — ${written}`, word === written ? word : written.replace(/\.$/, ''), statusScope(status));
          }
        }
      }
    });
    it('scopes each of the core\'s ACTION separators', () => {
      for (const dash of ACTION_SEPARATOR_DASHES) {
        const doc = `ACTION: @alam ${dash} Circulate the letter ${dash} done`;
        check(doc, dash, 'punctuation.separator.segment.minutes');
        check(doc, 'done', statusScope('done'));
      }
    });
    it('scopes the words the core also reads as statuses (completed, ongoing, withdrawn), in any case', () => {
      for (const [word, scope] of [
        ['Completed', 'constant.language.status.done.minutes'],
        ['closed.', 'constant.language.status.done.minutes'],
        ['ongoing', 'constant.language.status.in-progress.minutes'],
        ['in-progress', 'constant.language.status.in-progress.minutes'],
        ['withdrawn', 'constant.language.status.cancelled.minutes'],
        ['Not started', 'constant.language.status.open.minutes'],
      ]) {
        const doc = `ACTION: @alam — Circulate the letter — ${word}`;
        check(doc, word.replace(/\.$/, ''), scope);
        // The core reads the same word as the same status.
        const [action] = analyze(`---\ncommittee: C\ndate: 2021-01-01\n---\n# 1. Item\n${doc}\n`).model.actions;
        assert.equal(statusScope(action.status), scope, word);
      }
      checkNot('ACTION: @alam — Completed works inspection — due 2021-06-15', 'Completed', 'constant.language.status');
    });
    it('a status word inside the task is not a status', () => {
      const doc = 'ACTION: @sdcs – Make sure the plan is done properly -- due 2021-10-14';
      checkNot(doc, 'done', 'constant.language.status');
      check(doc, '–', 'punctuation.separator.segment.minutes');
      check(doc, '--', 'punctuation.separator.segment.minutes');
      check('ACTION: @sdcs -- done -- Publish', 'done', 'constant.language.status.done.minutes');
    });
    it('scopes vote counts and outcomes', () => {
      const doc = 'VOTE: for 7, against 2, abstain 1 — carried';
      check(doc, 'for', 'keyword.other.vote-count.for.minutes');
      check(doc, '7', 'constant.numeric.integer.minutes');
      check(doc, 'against', 'keyword.other.vote-count.against.minutes');
      check(doc, 'abstain', 'keyword.other.vote-count.abstain.minutes');
      check(doc, 'carried', 'constant.language.outcome.carried.minutes');
      check('VOTE: for 3, against 5 — lost', 'lost', 'constant.language.outcome.lost.minutes');
      check('VOTE: unanimous', 'unanimous', 'constant.language.vote.unanimous.minutes');
      check('VOTE: nem. con.', 'nem. con.', 'constant.language.vote.nem-con.minutes');
      checkNot('The motion was carried.', 'carried', 'constant.language');
    });
  });

  describe('tables and lists', () => {
    const doc = [
      'RISKS:',
      '| Risk | Description | Action to avoid or mitigate risk | Risk rating |',
      '|---|---|---|---|',
      '| Actions not implemented | If the actions ... | The Improvement Board will monitor | B2 |',
      '| Recruitment | Challenges | An engagement forum | 4x3 |',
      '| | | Workforce Development Strategy \\| more | |',
    ].join('\n');

    it('scopes pipes, the separator row and ratings', () => {
      check(doc, '|', 'punctuation.separator.table.minutes', 0);
      check(doc, 'Description', 'markup.table.minutes');
      check(doc, '---', 'meta.separator.table.minutes');
      check(doc, 'B2', 'constant.other.rating.minutes');
      check(doc, '4x3', 'constant.other.rating.minutes');
      check(doc, '\\|', 'constant.character.escape.minutes');
      checkNot('The B2 road', 'B2', 'constant.other.rating');
      checkNot('| Actions B2 are late |', 'B2', 'constant.other.rating');
    });
    for (const marker of ['1.', '1)', '(1)', 'a)', '(a)', '(iv)', '3.1.', '12.']) {
      it(`numbered list marker ${marker}`, () => {
        check(`${marker} That the report be noted.`, marker, 'punctuation.definition.list.begin.minutes');
        check(`${marker} That the report be noted.`, marker, 'markup.list.numbered.minutes');
      });
    }
    for (const bullet of BULLETS) {
      it(`bullet ${bullet}`, () => {
        check(`${bullet} a point`, bullet, 'markup.list.unnumbered.minutes');
        check(`  ${bullet} an indented point`, bullet, 'punctuation.definition.list.begin.minutes');
      });
    }
    it('needs a space after the marker', () => {
      checkNot('1.5 million', '1.5', 'markup.list');
      checkNot('**bold** start', '**', 'markup.list');
      checkNot('-- dashes', '--', 'markup.list');
    });
  });

  describe('comments and inline markup', () => {
    it('scopes // comments at the start of a line only', () => {
      check('// narrative continues as in the seed', '//', 'punctuation.definition.comment.minutes');
      check('// narrative continues as in the seed', 'narrative', 'comment.line.double-slash.minutes');
      checkNot('See https://example.org/x', '//', 'comment');
    });
    it('scopes bold, italic, links and escapes', () => {
      const doc = 'That **all** members *note* the [report](https://example.org/r.pdf), <https://example.org> and \\*this\\*.';
      check(doc, 'all', 'markup.bold.minutes');
      check(doc, '**', 'punctuation.definition.bold.minutes');
      check(doc, 'note', 'markup.italic.minutes');
      check(doc, 'report', 'string.other.link.title.minutes');
      check(doc, 'https://example.org/r.pdf', 'markup.underline.link.minutes');
      check(doc, 'https://example.org', 'markup.underline.link.minutes', 1);
      check(doc, '\\*', 'constant.character.escape.minutes');
      checkNot(doc, 'this', 'markup.italic');
      checkNot('3 * 4 * 5', '4', 'markup.italic');
    });
  });

  describe('the seed documents', () => {
    const seeds = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.minutes')) : [];
    it('has seeds to check', () => {
      assert.equal(seeds.length, 5);
    });
    for (const seed of seeds) {
      it(`${seed}: every heading and keyword line is scoped`, () => {
        const text = fs.readFileSync(path.join(SEEDS, seed), 'utf8');
        const tokens = tokenize(text);
        text.split(/\r?\n/).forEach((lineText, line) => {
          const first = tokens.find((t) => t.line === line && t.text.length > 0);
          if (/^#{1,2} /.test(lineText)) {
            assert.ok(first?.scopes.some((s) => s.startsWith('markup.heading.')), `${seed}:${line + 1} heading`);
          }
          const kw = new RegExp(`^(${KEYWORD_WORDS.join('|')}):`).exec(lineText);
          if (kw) {
            assert.ok(first?.scopes.some((s) => s.startsWith('keyword.other.')), `${seed}:${line + 1} keyword ${kw[1]}`);
          }
        });
      });
    }
  });
});
