#!/usr/bin/env node
// Builds syntaxes/language-configuration.json.
//
// VS Code's onEnterRules cannot compute the next list marker from the current
// one (appendText is a fixed string), so this script writes one rule per
// marker: `3. ` continues with `4. `, `(b)` with `(c)`, `(iv)` with `(v)`,
// `a.` with `b.` and `ii.` with `iii.` (the lettered and roman lists with a
// dot that the core reads too).
// A unit test (test/unit/language-configuration.test.ts) fails when the
// committed JSON and this script disagree. Run `node syntaxes/build-language-configuration.js`
// after editing it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const MAX_NUMBER = 99;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];
// Text after the marker: at least one non-blank character. An empty entry does not continue.
const REST = '\\s+\\S.*$';
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The onEnterRule that continues a list whose current entry starts with `marker`. */
function rule(marker, next, previousLine) {
  const r = { beforeText: `^\\s*${esc(marker)}${REST}`, action: { indent: 'none', appendText: `${next} ` } };
  if (previousLine) r.previousLineText = `^\\s*${esc(previousLine)}\\s`;
  return r;
}

/** Lettered and roman markers in one wrapper style, e.g. `(x)` or `x)`. */
function letteredRules(wrap) {
  const rules = [];
  // (h) (i) (j): `(i)` after `(h)` is a letter; otherwise `(i)` starts a roman list.
  // The same holds for `(v)` after `(u)` and `(x)` after `(w)`.
  for (const [prev, cur] of [['h', 'i'], ['u', 'v'], ['w', 'x']]) {
    rules.push(rule(wrap(cur), wrap(LETTERS[LETTERS.indexOf(cur) + 1]), wrap(prev)));
  }
  for (let i = 0; i < ROMANS.length - 1; i++) rules.push(rule(wrap(ROMANS[i]), wrap(ROMANS[i + 1])));
  for (let i = 0; i < LETTERS.length - 1; i++) {
    if (!ROMANS.includes(LETTERS[i])) rules.push(rule(wrap(LETTERS[i]), wrap(LETTERS[i + 1])));
  }
  return rules;
}

/** The whole language configuration. */
function build() {
  const onEnterRules = [
    // Enter on an empty entry (a marker and nothing else) adds no new marker.
    {
      beforeText: '^\\s*(?:[-*•·]|\\d+(?:\\.\\d+)*[.)]|\\((?:\\d+|[a-z]{1,4})\\)|[a-z]\\)|[a-z]\\.|[ivx]{2,4}\\.)\\s*$',
      action: { indent: 'none' },
    },
    ...['-', '*', '•', '·'].map((b) => rule(b, b)),
  ];
  for (let n = 1; n <= MAX_NUMBER; n++) {
    onEnterRules.push(rule(`${n}.`, `${n + 1}.`), rule(`${n})`, `${n + 1})`), rule(`(${n})`, `(${n + 1})`));
  }
  onEnterRules.push(...letteredRules((x) => `(${x})`), ...letteredRules((x) => `${x})`), ...letteredRules((x) => `${x}.`));
  const wordChar = 'A-Za-z0-9_\\u00C0-\\u1FFF\\u2C00-\\uD7FF';
  return {
    comments: { lineComment: '//' },
    brackets: [['[', ']'], ['(', ')']],
    autoClosingPairs: [
      { open: '[', close: ']' },
      { open: '(', close: ')' },
      { open: '"', close: '"' },
      { open: '“', close: '”' },
    ],
    autoCloseBefore: ';:.,=}])>” \n\t',
    surroundingPairs: [['[', ']'], ['(', ')'], ['"', '"'], ['“', '”'], ['*', '*'], ['<', '>']],
    folding: { markers: { start: '^//\\s*#?region\\b', end: '^//\\s*#?endregion\\b' } },
    // Handles (`@ross-shaw`) and ISO dates are one word each, so double-click and completion take them whole.
    wordPattern: `(\\d{4}-\\d{2}-\\d{2})|([${wordChar}]+(?:-[${wordChar}]+)*)`,
    onEnterRules,
  };
}

module.exports = { build };

if (require.main === module) {
  const file = path.join(__dirname, 'language-configuration.json');
  fs.writeFileSync(file, JSON.stringify(build(), null, 2) + '\n');
  console.log(`wrote ${file}`);
}
