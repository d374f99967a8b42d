// The shared wording of the exports (dates, times, votes, withheld items)
// and the risk bands, configured and default.
import * as assert from 'node:assert/strict';
import { clockTime, longDate, shortDate, voteSentence, withheldSentence } from '../../../server/src/core/export/present';
import { riskBand, safeColor } from '../../../server/src/core/model/risk-band';
import { parseVote } from '../../../server/src/core/model/vote';

describe('export: wording', () => {
  it('prints dates the way minutes do, and anything else as written', () => {
    assert.equal(longDate('2021-11-16'), 'Tuesday 16 November 2021');
    assert.equal(longDate('2024-02-29'), 'Thursday 29 February 2024');
    assert.equal(shortDate('2022-01-07'), '7 January 2022');
    assert.equal(longDate('2023-02-29'), '2023-02-29');
    assert.equal(shortDate('next week'), 'next week');
  });

  it('prints times on the 12-hour clock', () => {
    assert.equal(clockTime('18:30-21:10'), '6.30 pm to 9.10 pm');
    assert.equal(clockTime('09:05'), '9.05 am');
    assert.equal(clockTime('12:00 - 00:00'), '12 noon to 12 midnight');
    assert.equal(clockTime('25:00'), '25:00');
    assert.equal(clockTime('evening'), 'evening');
  });

  it('words a vote from what was read of it', () => {
    const v = (t: string): string | null => voteSentence(parseVote(t, 0));
    assert.equal(v('for 7, against 2, abstain 1 — carried'), 'Carried: 7 for, 2 against, 1 abstention');
    assert.equal(v('for 3, against 8, abstain 2 — lost'), 'Lost: 3 for, 8 against, 2 abstentions');
    assert.equal(v('unanimous'), 'Carried unanimously');
    assert.equal(v('nem. con.'), 'Carried nem. con.');
    assert.equal(v('for 5, against 1'), '5 for, 1 against');
    assert.equal(v('for 4, against 0, abstain 0 — carried'), 'Carried: 4 for, 0 against, 0 abstentions');
    assert.equal(v('on a show of hands'), null);
  });

  it('says which item was withheld and why', () => {
    assert.equal(withheldSentence({ number: '12', exempt: 3 }), 'Item 12 was considered in private under paragraph 3 of Schedule 12A; its minutes are withheld.');
    assert.equal(withheldSentence({ number: null, exempt: 1 }), 'This item was considered in private under paragraph 1 of Schedule 12A; its minutes are withheld.');
  });
});

describe('export: risk bands', () => {
  const name = (rating: string, matrix?: string, bands?: Parameters<typeof riskBand>[2]): string | undefined => riskBand(rating, matrix, bands)?.name;

  it('bands a 5x5 matrix with 5 as the highest of both', () => {
    assert.equal(name('5x5', '1-5 x 1-5'), 'High');
    assert.equal(name('4x4', '1-5 x 1-5'), 'High');
    assert.equal(name('3x3', '1-5 x 1-5'), 'Medium');
    assert.equal(name('2x2', '1-5 x 1-5'), 'Low');
    assert.equal(name('1x1', '1-5 x 1-5'), 'Low');
  });

  it('bands the Medway-style default matrix with A the most likely and 1 the most severe', () => {
    assert.equal(name('A1'), 'High');
    assert.equal(name('B2'), 'High');
    assert.equal(name('C3'), 'Medium');
    assert.equal(name('F4'), 'Low');
    assert.equal(name('E1', 'A-F x 1-4'), 'Medium');
    assert.equal(name('F3', 'A-F x 1-4'), 'Low');
  });

  it('bands other lettered matrices with A the most likely and the highest number the most severe', () => {
    assert.equal(name('A5', 'A-E x 1-5'), 'High');
    assert.equal(name('D4', 'A-E x 1-5'), 'Medium');
    assert.equal(name('E1', 'A-E x 1-5'), 'Low');
  });

  it('gives no band to a rating outside the matrix', () => {
    assert.equal(riskBand('G2', undefined, undefined), null);
    assert.equal(riskBand('B2', '1-5 x 1-5', undefined), null);
    assert.equal(riskBand('', undefined, undefined), null);
  });

  it('takes configured bands in order: listed ratings, then scores of 1-based steps', () => {
    const bands = {
      bands: [
        { name: 'Red', color: '#d4351c', ratings: ['a1', 'B 1'] },
        { name: 'Amber', color: 'orange', minScore: 8 },
        { name: 'Green', color: 'rgb(0, 112, 60)', minScore: 1 },
      ],
    };
    assert.equal(name('A1', 'A-F x 1-4', bands), 'Red');
    assert.equal(name('B1', 'A-F x 1-4', bands), 'Red');
    assert.equal(name('D2', 'A-F x 1-4', bands), 'Amber');
    assert.equal(name('A2', 'A-F x 1-4', bands), 'Green');
    assert.equal(riskBand('D2', 'A-F x 1-4', bands)!.color, 'orange');
    assert.equal(riskBand('A1', 'A-F x 1-4', bands)!.textColor, '#ffffff');
    assert.equal(name('A1', 'A-F x 1-4', { bands: [{ name: 'Only', minScore: 20 }] }), undefined);
  });

  it('accepts only colours that cannot carry anything else into a style', () => {
    assert.equal(safeColor('#1D70B8'), '#1D70B8');
    assert.equal(safeColor('Red'), 'red');
    assert.equal(safeColor('rgb(10, 20, 30)'), 'rgb(10, 20, 30)');
    for (const bad of ['red;background:url(x)', 'url(https://x)', 'expression(alert(1))', '#12345', 'var(--x)', '"red"']) assert.equal(safeColor(bad), null, bad);
  });
});
