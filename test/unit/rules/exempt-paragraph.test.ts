import { expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const item = (exempt: string): string =>
  `---\ncommittee: Planning Committee\ndate: 2021-11-16\n---\n\n# 84/21 Enforcement appeal\n${exempt}\n\nRESOLVED: That the Council defend the appeal.\n`;

describe('exempt-paragraph', () => {
  it('accepts paragraphs 1 to 7, with or without the word paragraph and a description', () => {
    for (const v of ['1', '5', '7', 'paragraph 3', 'Paragraph 3 (financial or business affairs)', '3 — financial or business affairs', 'para. 2'])
      expectClean(item(`EXEMPT: ${v}`), 'exempt-paragraph');
  });

  it('reports a paragraph outside 1 to 7, on the number', () => {
    expectMarked(item('EXEMPT: [[9]]'), 'exempt-paragraph', [/paragraphs 1 to 7, not 9/]);
    expectMarked(item('EXEMPT: [[0]]'), 'exempt-paragraph');
    expectMarked(item('EXEMPT: paragraph [[10]] (legal advice)'), 'exempt-paragraph', [/not 10/]);
  });

  it('reports a value that is not a paragraph number, on the whole value', () => {
    expectMarked(item('EXEMPT: [[yes]]'), 'exempt-paragraph', [/not `yes`/]);
    expectMarked(item('EXEMPT: [[Schedule 12A paragraph 3]]'), 'exempt-paragraph', [/paragraph number, 1 to 7/]);
    expectMarked(item('EXEMPT: [[3.5]]'), 'exempt-paragraph');
  });

  it('reports an empty EXEMPT at the keyword', () => {
    expectMarked(item('[[EXEMPT:]]'), 'exempt-paragraph', [/needs the Schedule 12A paragraph number/]);
  });

  it('says nothing of items that are not exempt', () => {
    expectClean(item('REPORT: Report of the Head of Planning'), 'exempt-paragraph');
  });
});
