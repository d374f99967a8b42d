/**
 * What each word of the language means, in one sentence a clerk can read:
 * block keywords, header keys and their values, ACTION statuses and the
 * paragraphs of Schedule 12A. Completion shows these as documentation and
 * hover on a keyword shows the same text, so the two never drift apart.
 *
 * The words themselves are the vocabulary's (../vocabulary); each table here
 * is keyed by them, so the type checker asks for a doc for every new word.
 */
import type { ActionStatus, HeaderKey, HeaderKeyWithValues, HeaderValue, Keyword } from '../vocabulary';

/** What each block keyword means. */
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
  MOTION: 'A motion put to the meeting, its text below: `MOTION: moved by @a, seconded by @b`; ` — withdrawn` at the end if withdrawn.',
  AMENDMENT: 'An amendment to the last motion before it in the item: `AMENDMENT: moved by @c, seconded by @d`, its text below.',
  RESOLVED: 'The decision: one paragraph, or a numbered or lettered list of resolutions cited as item(entry), e.g. 48(2).',
  NOTED: 'An outcome where nothing was decided.',
  REASONS: 'The reasons for the decision, as the record of an executive decision states them.',
  ALTERNATIVES: 'The alternative options considered and rejected, or `none`.',
  VOTE: 'The vote: `for 7, against 2, abstain 1 — carried`, `unanimous` or `nem. con.`.',
  ACTION: 'An action: `owner — task — due YYYY-MM-DD — status`; the status is open, in progress, done or cancelled.',
  RISKS: 'A risk table follows: risk, description, mitigation and a rating column.',
  ARRIVED: 'A member who joined the meeting from here on: `@handle` or a name, with an optional `(note)` such as the time.',
  LEFT: 'A member who left the meeting from here on, with an optional `(note)`: `LEFT: @ferriby (having declared an interest)`.',
  RETURNED: 'A member who came back into the meeting after leaving it, with an optional `(note)`.',
  CLOSED: 'The time the meeting ended, `HH:MM`, after the last item.',
};

/** What each header key means. */
export const HEADER_KEY_DOCS: Readonly<Record<HeaderKey, string>> = {
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
  executive: '`yes` for an executive (a cabinet, a decision session): each decision then records its reasons and alternatives.',
  contact: 'The meeting’s democratic services contact: a name or @handle, a phone number, an email.',
};

/** What each value the vocabulary gives a header key means. */
export const HEADER_VALUE_DOCS: { readonly [K in HeaderKeyWithValues]: Readonly<Record<HeaderValue<K>, string>> } = {
  status: {
    draft: 'Not yet approved as a correct record.',
    approved: 'Approved as a correct record; add `approved-on`.',
  },
  type: {
    minutes: 'The minutes of a meeting (the default).',
    report: 'An officer’s report to a committee.',
  },
  executive: {
    yes: 'An executive: each item with a RESOLVED also gives REASONS and ALTERNATIVES.',
    no: 'Not an executive (the default).',
  },
  'risk-matrix': {
    'A-F x 1-4': 'Likelihood A-F, impact 1-4; ratings such as B2 (the default).',
    'A-E x 1-5': 'Likelihood A-E, impact 1-5; ratings such as C3.',
    '1-5 x 1-5': 'Likelihood and impact 1-5; ratings such as 4x3.',
    '1-4 x 1-4': 'Likelihood and impact 1-4; ratings such as 3x2.',
    '1-3 x 1-3': 'Likelihood and impact 1-3; ratings such as 2x2.',
  },
};

/** The doc of a header key's value, or undefined when the vocabulary gives the key no such value. */
export function headerValueDoc(key: string, value: string): string | undefined {
  const docs = Object.hasOwn(HEADER_VALUE_DOCS, key) ? (HEADER_VALUE_DOCS[key as HeaderKeyWithValues] as Readonly<Record<string, string>>) : undefined;
  return docs && Object.hasOwn(docs, value) ? docs[value] : undefined;
}

/** What each ACTION status means. */
export const STATUS_DOCS: Readonly<Record<ActionStatus, string>> = {
  open: 'Not started or not finished (the default).',
  'in progress': 'Under way.',
  done: 'Completed.',
  cancelled: 'Dropped; it will not be done.',
};

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
