// Checks syntaxes/language-configuration.json (kept in step with its generator)
// and the snippets file, by simulating what VS Code does with them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/root';
import { analyze } from '../../server/src/core/index';
import { voteLabelOf } from '../../server/src/core/vocabulary';
import { expandSnippet } from '../helpers/snippet-text';

const configFile = path.join(ROOT, 'syntaxes/language-configuration.json');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { build } = require(path.join(ROOT, 'syntaxes/build-language-configuration.js')) as { build(): unknown };

interface OnEnterRule { beforeText: string; previousLineText?: string; action: { indent: string; appendText?: string } }
const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as {
  comments: { lineComment: string };
  wordPattern: string;
  folding: { markers: { start: string; end: string } };
  onEnterRules: OnEnterRule[];
};

/** What VS Code appends after Enter at the end of `line` (first matching rule wins), or undefined. */
function onEnter(line: string, previousLine = ''): string | undefined {
  for (const rule of config.onEnterRules) {
    if (!new RegExp(rule.beforeText).test(line)) continue;
    if (rule.previousLineText && !new RegExp(rule.previousLineText).test(previousLine)) continue;
    return rule.action.appendText ?? '';
  }
  return undefined;
}

describe('language configuration', () => {
  it('is the output of syntaxes/build-language-configuration.js (run it after editing)', () => {
    assert.deepEqual(JSON.parse(fs.readFileSync(configFile, 'utf8')), JSON.parse(JSON.stringify(build())));
  });

  it('uses // line comments and // #region folding markers', () => {
    assert.equal(config.comments.lineComment, '//');
    assert.match('// #region Exempt items', new RegExp(config.folding.markers.start));
    assert.match('// #endregion', new RegExp(config.folding.markers.end));
  });

  it('compiles every regular expression', () => {
    for (const r of config.onEnterRules) {
      new RegExp(r.beforeText);
      if (r.previousLineText) new RegExp(r.previousLineText);
    }
  });

  const cases: Array<[string, string | undefined, string?]> = [
    ['1. That the report be noted.', '2. '],
    ['9. Ninth', '10. '],
    ['  12) Indented', '13) '],
    ['(3) Third', '(4) '],
    ['(a) That the Committee', '(b) '],
    ['b) second', 'c) '],
    ['(i) first', '(ii) '],
    ['(iv) fourth', '(v) '],
    ['(v) fifth', '(vi) '],
    ['(i) ninth letter', '(j) ', '(h) eighth letter'],
    ['(v) letter v', '(w) ', '(u) letter u'],
    ['a. That the Council', 'b. '],
    ['  c. third', 'd. '],
    ['i. first', 'ii. '],
    ['iv. fourth', 'v. '],
    ['i. ninth letter', 'j. ', 'h. eighth letter'],
    ['a.', ''],
    ['ii. ', ''],
    ['i.e. this', undefined],
    ['- a bullet', '- '],
    ['* a bullet', '* '],
    ['• a bullet', '• '],
    ['· a bullet', '· '],
    ['1.', ''],
    ['(a) ', ''],
    ['- ', ''],
    ['RESOLVED:', undefined],
    ['The meeting closed at 9.', undefined],
    ['1.5 million pounds', undefined],
  ];
  for (const [line, expected, previous] of cases) {
    it(`Enter after "${line}"${previous ? ` (below "${previous}")` : ''} appends ${JSON.stringify(expected)}`, () => {
      assert.equal(onEnter(line, previous), expected);
    });
  }

  it('takes handles with hyphens and ISO dates as one word', () => {
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('@ross-shaw on 2021-06-08 — done'.match(word), ['ross-shaw', 'on', '2021-06-08', 'done']);
  });
});

describe('snippets', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/minutes.snippets.json'), 'utf8')) as Record<
    string,
    { prefix: string | string[]; body: string[]; description: string }
  >;

  it('offers the agreed snippets', () => {
    for (const name of ['Meeting skeleton', 'Agenda item', 'Resolution list', 'Action', 'Vote', 'Risks table']) {
      assert.ok(snippets[name], `snippet "${name}"`);
    }
  });

  it('gives each snippet a prefix, a description and a body, with unique prefixes', () => {
    const seen = new Set<string>();
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.description, `${name} description`);
      assert.ok(Array.isArray(s.body) && s.body.length > 0, `${name} body`);
      for (const p of [s.prefix].flat()) {
        assert.ok(!seen.has(p), `prefix ${p} used twice`);
        seen.add(p);
      }
    }
  });

  it('writes keywords and headings at the start of their lines, and a recorded vote\'s labels indented under it', () => {
    for (const [name, s] of Object.entries(snippets)) {
      s.body.forEach((line, i) => {
        // FOR:, AGAINST: and ABSTAIN: belong indented under their VOTE, as the core reads them.
        if (voteLabelOf(line)) {
          assert.match(line, /^ {2}\S/, `${name}: "${line}"`);
          assert.match(s.body.slice(0, i).reverse().find((l) => !/^\s/.test(l)) ?? '', /^VOTE:/, `${name}: "${line}" under a VOTE`);
        } else assert.doesNotMatch(line, /^\s+(#|[A-Z][A-Z ]+:)/, `${name}: "${line}"`);
      });
    }
  });

  it('has a snippet for each of the proceedings, which the parser reads as what it says', () => {
    const text = (name: string): string => {
      assert.ok(snippets[name], `snippet "${name}"`);
      return expandSnippet(snippets[name].body.join('\n'));
    };
    const header = text('Executive header').replace('\n---\n', '\n---\n\nPEOPLE:\n@mover  Councillor A\n@seconder  Councillor B\n@member  Councillor C\n\nPRESENT: @mover, @seconder, @member\n');
    const items = ['Motion with amendment', 'Motion', 'Recorded vote', 'Executive decision', 'Withdrawn amendment', 'Arrival or departure'].map(
      // The withdrawn amendment is to the motion before it.
      (name, i) => `# ${i + 1}. ${name}\n${name === 'Withdrawn amendment' ? `${text('Motion')}\n\n` : ''}${text(name)}\n`,
    );
    const a = analyze(`${header}\n${items.join('\n')}\n${text('Close of the meeting')}\n`);
    const [amended, motion, recorded, executive, withdrawn, arrival] = a.model.items;
    assert.deepEqual(amended.votes.map((v) => [v.on, v.amendment]), [['amendment', 1], ['motion', null]]);
    assert.equal(amended.motions[0].amendments[0].seconderHandle, 'seconder');
    assert.deepEqual(motion.votes.map((v) => v.on), ['motion']);
    assert.deepEqual(recorded.votes[0].recorded?.for.map((n) => n.handle), ['member']);
    assert.equal(executive.reasons, 'The reasons for the decision.');
    assert.equal(executive.alternatives, 'none');
    assert.deepEqual(withdrawn.motions[0].amendments.map((x) => [x.moverHandle, x.withdrawn]), [['mover', true]]);
    assert.deepEqual(arrival.attendanceChanges.map((c) => [c.kind, c.handle, c.note]), [['arrived', 'member', '7.10 pm']]);
    assert.equal(a.model.meta.executive, true);
    assert.equal(a.model.meta.contact, 'Democratic Services, 01632 960 000');
    assert.equal(a.model.meta.closed, '21:47');
    assert.deepEqual(a.diagnostics.filter((d) => d.ruleId === 'syntax-error'), []);
  });
});
