import { expectClean, expectMarked } from '../../helpers/expect-diagnostics';

const head = '---\ncommittee: Audit and Governance Board\ndate: 2024-07-25\n---\n\n';

describe('item-outcome', () => {
  it('reports an item with no outcome, on its number and title', () => {
    expectMarked(`${head}# [[4. Budget monitoring]]\nThe report was presented.\n`, 'item-outcome', [/Item 4 records no outcome: add RESOLVED:, RECOMMENDED: or NOTED:/]);
  });

  it('reports an unnumbered item on its title', () => {
    expectMarked(`${head}# [[Budget monitoring]]\nThe report was presented.\n\n# 2. Other\nRESOLVED: Agreed.\n`, 'item-outcome', [/^Item records no outcome/]);
  });

  it('accepts RESOLVED, RECOMMENDED or NOTED', () => {
    expectClean(`${head}# 1. A\nRESOLVED: Agreed.\n\n# 2. B\nRECOMMENDED:\n1. That it be approved.\n\n# 3. C\nNOTED: Noted.\n`, 'item-outcome');
  });

  it('does not count a VOTE or an ACTION as an outcome', () => {
    expectMarked(`${head}# [[2. Action log]]\nACTION: Clerk — Update the log\nVOTE: unanimous\n`, 'item-outcome');
  });

  it('lets an item with an outcome cover its sub-items', () => {
    expectClean(`${head}# 5. Budget\nRESOLVED: That the budget be approved.\n\n## 5.1 Revenue\nDiscussed.\n\n## 5.2 Capital\nDiscussed.\n`, 'item-outcome');
  });

  it('lets sub-items with outcomes cover their parent, and reports only the sub-items without', () => {
    expectMarked(
      `${head}# 3. Internal audit\n\n## 3.1 Annual report\nNOTED: Noted.\n\n## [[3.2 Progress report]]\nDiscussed.\n`,
      'item-outcome',
      [/Item 3.2 records no outcome/],
    );
  });

  it('reports each undecided sub-item, not their parent as well', () => {
    expectMarked(`${head}# 3. Internal audit\n\n## [[3.1 Annual report]]\nDiscussed.\n\n## [[3.2 Progress report]]\nDiscussed.\n`, 'item-outcome');
  });

  it('excepts procedural items', () => {
    const titles = [
      'Apologies for absence',
      'Apologies and substitutions',
      'Declarations of interest',
      'Disclosures of pecuniary interests',
      'Minutes of the previous meeting',
      'Minutes',
      'Urgent business',
      'Items of urgent business',
      'Exclusion of the press and public',
      'Date of next meeting',
      'Date and time of the next meeting',
      'Any other business',
      'AOB',
      'A.O.B.',
      'Any other competent business',
      'AOCB',
      'Welcome and introductions',
      'Mayor’s announcements',
      "Chair's announcements",
      'Matters arising from the minutes',
      'Public participation',
      'Public question time',
      'Open forum',
      'Questions from members of the public',
      'Public questions',
      'Members’ questions',
      'Questions',
      'Items for the next agenda',
      'Matters for inclusion on the next agenda',
      'Items for future meetings',
      'Procedure',
      'Hearing procedure',
      'Procedure for the hearing',
      'The procedure of the meeting',
    ];
    expectClean(head + titles.map((t, i) => `# ${i + 1}. ${t}\nNone.\n`).join('\n'), 'item-outcome');
  });

  it('does not except an item whose title only mentions a procedural word', () => {
    expectMarked(`${head}# [[6. Review of the apologies procedure]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[7. Questions and answers policy]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[8. Public participation strategy]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[9. Aobhainn bridge repairs]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[10. Procedure Rules review]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[11. Complaints procedure]]\nDiscussed.\n`, 'item-outcome');
  });

  it('excepts the procedural items of parish and county minutes, read past a leading "To receive"', () => {
    const titles = [
      'Procedural Matters',
      'Procedural items',
      'Use of social media, audio recording and filming',
      'Webcasting announcement',
      'Filming and recording of the meeting',
      'To receive further reports/items of business',
      'Further items of business',
      'To receive apologies for absence',
      'To approve the minutes of the meeting held on 3 May',
      'To receive declarations of interest',
    ];
    expectClean(head + titles.map((t, i) => `# ${i + 1}. ${t}\nNone.\n`).join('\n'), 'item-outcome');
  });

  it("excepts an office holder's report, and its sub-items", () => {
    const titles = [
      "Chairman's Report",
      "Clerk's Report",
      'County Councillor’s Report',
      "District Councillors' reports",
      "The Mayor's Report (verbal)",
      'Report of the Chief Executive',
      'Reports from County and District Councillors',
      "To receive the Clerk's report",
    ];
    expectClean(head + titles.map((t, i) => `# ${i + 1}. ${t}\nThe report was given.\n`).join('\n'), 'item-outcome');
    expectClean(`${head}# 1. Clerk's Report\n\n## 1.1 Correspondence\nTwo letters.\n`, 'item-outcome');
  });

  it('does not except a title that only mentions a report or a procedural word', () => {
    expectMarked(`${head}# [[1. Clerk's report on the budget]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[2. Audit Findings Report]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[3. Report of the Director of Finance on the 2024/25 budget]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[4. Use of social media policy]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[5. To approve the budget]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[6. Procedural standing orders review]]\nDiscussed.\n`, 'item-outcome');
    expectMarked(`${head}# [[7. Children's Services Report]]\nDiscussed.\n`, 'item-outcome');
  });

  it('excepts every item of a report', () => {
    expectClean(`---\ntype: report\ncommittee: Scrutiny\ndate: 2020-10-01\n---\n\n# Summary\nText.\n\n# 1. Background\n1.1. Text.\n`, 'item-outcome');
  });
});
