/**
 * What each word of the language means, in one sentence a clerk can read:
 * block keywords, header keys and their fixed values, ACTION statuses and
 * the paragraphs of Schedule 12A. Completion shows these as documentation
 * and hover on a keyword shows the same text, so the two never drift apart.
 */
import type { Keyword } from '../syntax/ast';

/** Block keywords in the order a clerk meets them, with their meaning. */
export const KEYWORD_DOCS: Readonly<Record<Keyword, string>> = {
  PEOPLE: 'Declares the people of the minutes, one per line: `@handle  Display Name — Role`.',
  PRESENT: 'The members present: they count towards the quorum and are the ones who vote.',
  APOLOGIES: 'Members who sent apologies for absence.',
  ABSENT: 'Members absent without apologies.',
  'IN ATTENDANCE': 'Officers and others present who do not vote.',
  DECLARATIONS: 'Declarations of interest, `none`, or one line each: `- @person (item 3): interest`.',
  REPORT: 'The report the item considered.',
  CONTACT: 'The contact for the item: a person, a phone number, an email.',
  EXEMPT: 'Exempt information: the paragraph (1-7) of Schedule 12A that allows the item to be taken in private.',
  URGENT: 'Why the item was taken as urgent business.',
  DOCUMENTS: 'Supporting documents, comma-separated, or `none`.',
  RECOMMENDED: 'The recommendation put to the meeting.',
  MINUTES: 'Marks where the minuted discussion of the item starts.',
  RESOLVED: 'The decision: one paragraph, or a numbered or lettered list of resolutions cited as item(entry), e.g. 48(2).',
  NOTED: 'An outcome where nothing was decided.',
  VOTE: 'The vote: `for 7, against 2, abstain 1 — carried`, `unanimous` or `nem. con.`.',
  ACTION: 'An action: `owner — task — due YYYY-MM-DD — status`; the status is open, in progress, done or cancelled.',
  RISKS: 'A risk table follows: risk, description, mitigation and a rating column.',
};

/** Keywords that belong before the first agenda item. */
export const PREAMBLE_KEYWORDS: readonly Keyword[] = ['PEOPLE', 'PRESENT', 'APOLOGIES', 'ABSENT', 'IN ATTENDANCE', 'DECLARATIONS'];

/** Header keys and their meaning, in the order a header usually lists them. */
export const HEADER_KEYS: Readonly<Record<string, string>> = {
  type: '`minutes` (the default) or `report` for an officer’s report to a committee.',
  authority: 'The council or body.',
  committee: 'The committee that met (required).',
  date: 'The date of the meeting, `YYYY-MM-DD` (required).',
  time: '`HH:MM` or `HH:MM-HH:MM`.',
  venue: 'Where the meeting was held.',
  status: '`draft`, or `approved` once the minutes are signed (then add `approved-on`).',
  'approved-on': 'The date the minutes were approved, on or after the meeting date.',
  quorum: 'The number of voting members that must be present.',
  'risk-matrix': 'Likelihood range x impact range, e.g. `A-F x 1-4` (ratings such as B2) or `1-5 x 1-5` (ratings such as 4x3).',
  title: 'The title of a report.',
  author: 'The author of a report.',
  from: 'Who a report is from.',
};

/** The fixed values of header keys that have them. */
export const HEADER_VALUES: Readonly<Record<string, readonly { value: string; doc: string }[]>> = {
  status: [
    { value: 'draft', doc: 'Not yet approved as a correct record.' },
    { value: 'approved', doc: 'Approved as a correct record; add `approved-on`.' },
  ],
  type: [
    { value: 'minutes', doc: 'The minutes of a meeting (the default).' },
    { value: 'report', doc: 'An officer’s report to a committee.' },
  ],
  'risk-matrix': [
    { value: 'A-F x 1-4', doc: 'Likelihood A-F, impact 1-4; ratings such as B2 (the default).' },
    { value: 'A-E x 1-5', doc: 'Likelihood A-E, impact 1-5; ratings such as C3.' },
    { value: '1-5 x 1-5', doc: 'Likelihood and impact 1-5; ratings such as 4x3.' },
    { value: '1-4 x 1-4', doc: 'Likelihood and impact 1-4; ratings such as 3x2.' },
    { value: '1-3 x 1-3', doc: 'Likelihood and impact 1-3; ratings such as 2x2.' },
  ],
};

/** ACTION statuses with their meaning. */
export const ACTION_STATUSES: readonly { value: string; doc: string }[] = [
  { value: 'open', doc: 'Not started or not finished (the default).' },
  { value: 'in progress', doc: 'Under way.' },
  { value: 'done', doc: 'Completed.' },
  { value: 'cancelled', doc: 'Dropped; it will not be done.' },
];

/** The paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972. */
export const EXEMPT_PARAGRAPHS: readonly string[] = [
  'Information relating to any individual.',
  'Information which is likely to reveal the identity of an individual.',
  'Information relating to the financial or business affairs of any particular person (including the authority holding that information).',
  'Information relating to consultations or negotiations in connection with any labour relations matter.',
  'Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.',
  'Information which reveals that the authority proposes to give a notice or to make an order or direction.',
  'Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime.',
];
