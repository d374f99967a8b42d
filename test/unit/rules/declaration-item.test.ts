import { expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const doc = (declarations: string): string =>
  `---\ncommittee: Planning Committee\ndate: 2021-11-16\n---\n\nPEOPLE:\n@greaves  Councillor Ruth Greaves\n@hussain  Councillor Bilal Hussain\n\nDECLARATIONS:\n${declarations}\n\n` +
  '# 77/21 Minutes of the previous meeting\nRESOLVED: Approved.\n\n# 78/21 Planning applications\n\n## 78/21(a) Mill Lane\nRESOLVED: Granted.\n\n# 3. Treasury\nNOTED: Noted.\n';

describe('declaration-item', () => {
  it('reports a declaration naming an item that does not exist, listing the items', () => {
    expectMarked(doc('- @hussain (item [[80/21]]): member of the cycling campaign'), 'declaration-item', [
      /names item 80\/21, which is not in these minutes: the items are 77\/21, 78\/21, 78\/21\(a\), 3\./,
    ]);
  });

  it('accepts items and sub-items, ignoring a trailing dot and case', () => {
    expectClean(doc('- @greaves (item 78/21(a)): owns a house nearby\n- @hussain (item 3.): cycling\n- @hussain (78/21(A)): cycling'), 'declaration-item');
  });

  it('checks each item of a declaration that names several', () => {
    expectMarked(doc('- @greaves (items 3 and [[9]]): governor\n- @hussain (items 77/21, [[4]]): cycling'), 'declaration-item', [/item 9/, /item 4/]);
  });

  it("reads a board's prefixed item references", () => {
    const board = (d: string): string =>
      `---\ncommittee: Board\ndate: 2024-05-30\n---\n\nPEOPLE:\n@nair  Dr Vikram Nair\n\nDECLARATIONS:\n${d}\n\n# BoD/24/061 Patient story\nNOTED: Noted.\n\n# BoD/24/062 Finance\nNOTED: Noted.\n`;
    expectClean(board('- @nair (item BoD/24/062): trustee of the hospital charity'), 'declaration-item');
    expectMarked(board('- @nair (item [[BoD/24/063]]): trustee of the hospital charity'), 'declaration-item', [/names item BoD\/24\/063, which is not in these minutes: the items are BoD\/24\/061, BoD\/24\/062\./]);
  });

  it('reports words that name no item number as a whole', () => {
    expectMarked(doc('- @greaves ([[Mill Lane]]): owns a house nearby'), 'declaration-item', [/names item Mill Lane/]);
  });

  it('says nothing of a declaration without an item, or of none', () => {
    expectClean(doc('- @greaves: a general interest as a landlord'), 'declaration-item');
    expectClean(
      '---\ncommittee: Board\ndate: 2024-07-25\n---\n\nDECLARATIONS: none\n\n# 1. Minutes\nRESOLVED: Approved.\n',
      'declaration-item',
    );
  });

  it('says so when no item has a number', () => {
    expectMarked(
      '---\ncommittee: Board\ndate: 2024-07-25\n---\n\nDECLARATIONS:\n- @greaves (item [[1]]): governor\n\n# Minutes\nRESOLVED: Approved.\n',
      'declaration-item',
      [/no item has a number/],
    );
  });
});
