/**
 * The word check itself (core/import/words.ts), which every import test
 * leans on: it must fail when a word is lost or moved, and when the report
 * claims to have dropped words that are not where it says.
 */
import * as assert from 'node:assert/strict';
import { applyWordEdits, lineWords, missingWord, outputWords, wordsOf } from '../../../server/src/core/import';

describe('import: the word check', () => {
  const source = lineWords('Agenda item\nThe Committee noted the report.\nResolved - That it be noted.');

  it('passes when every word is there in order, with words added and comments left out', () => {
    const out = '---\ncommittee: X\n---\n# The Committee noted the report.\nRESOLVED: That it be noted.\n// import: agenda item\n';
    const { words, missing } = applyWordEdits(source, [{ at: 1, from: 'Agenda item', to: '' }]);
    assert.equal(missing, null);
    assert.equal(missingWord(words, outputWords(out)), null);
  });

  it('fails on a lost word, on words out of order, and on furniture kept only in a comment', () => {
    const words = applyWordEdits(source, [{ at: 1, from: 'Agenda item', to: '' }]).words;
    assert.deepEqual(missingWord(words, outputWords('The Committee noted the report. RESOLVED: That be noted.'))?.word, 'it');
    assert.deepEqual(missingWord(words, outputWords('RESOLVED: That it be noted. The Committee noted the report.'))?.word, 'resolved');
    assert.deepEqual(missingWord(wordsOf('Agenda item'), outputWords('// import: Agenda item\n'))?.word, 'agenda');
  });

  it('refuses a report that drops words the source does not have there', () => {
    assert.deepEqual(applyWordEdits(source, [{ at: 1, from: 'Supporting documents', to: '' }]).missing?.from, 'Supporting documents');
    // "report" is on line 2: an edit said to be on line 3 cannot take it.
    assert.deepEqual(applyWordEdits(source, [{ at: 3, from: 'report', to: '' }]).missing?.from, 'report');
  });

  it('reads words as letters and digits, without case, punctuation or accents folded away', () => {
    assert.deepEqual(wordsOf('Ofsted’s 28-29 April, £7.6m (Document “D”) café'), ['ofsted', 's', '28', '29', 'april', '7', '6m', 'document', 'd', 'café']);
  });
});
