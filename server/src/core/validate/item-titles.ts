/**
 * What an agenda item is, read from its title alone: procedural (apologies,
 * the minutes, any other business, the recording of the meeting, ...) or an
 * office holder's report (the Clerk's Report, Report of the Chief
 * Executive). item-outcome asks no outcome of either; docs/language.md
 * ("Items that need an outcome") says which titles count, and this file is
 * that section in code.
 *
 * Titles are matched whole, not by a word they contain: `Review of the
 * apologies procedure`, `Use of social media policy` and `Clerk's report on
 * the budget` are business. A parish council's leading "To receive", "To
 * note", "To approve" (and the like) is read past, so `To receive apologies
 * for absence` is the apologies item and `To approve the budget` is business.
 */

/** The titles of procedural items, lower-cased, after the leading "To receive" and such. */
const PROCEDURAL: readonly RegExp[] = [
  /^apologies\b/,
  /^(declarations?|disclosures?)( of (interests?|pecuniary interests?))?\b/,
  /^(confirmation of )?(the )?minutes\b/,
  /^(items? of )?urgent (business|items?)\b/,
  /^exclusion of (the )?(press|public)\b/,
  /^(the )?date (and time )?of (the )?next meeting\b/,
  /^any other (urgent |competent )?business\b/,
  /^a\.?o\.?c?\.?b\.?(?=$|[^\w])/,
  /^welcome( and introductions)?\b/,
  /^introductions?\b/,
  /^([\w’'-]+ )?announcements\b/,
  /^matters arising\b/,
  /^(items?|matters) for (inclusion (on|in) )?(the )?(next|future) (agenda|meeting)s?\b/,
  // Whole titles only (a dash or brackets may follow): `Public participation strategy` and
  // `Procedure Rules review` are business.
  /^(the )?((hearing|meeting) )?procedure( (for|of|at) (the |this )?(hearing|meeting))?[ \t]*([(:–—-]|$)/,
  /^(open|public) (participation|forum|session|speaking|question time|questions?)[ \t]*([(:–—-]|$)/,
  /^(public |members’? |members' |councillors’? |councillors' )?questions( (from|by|to)\b|$)/,
  // "Procedural matters", "Procedural items", "Procedural business".
  /^procedural( (matters?|items?|business))?[ \t]*([(:–—-]|$)/,
  // A slot for whatever else comes up: "Further reports/items of business", "Other items".
  /^(any )?(further|other|additional|remaining) (reports?|items?|matters?|business)(( ?\/ ?| and | or |, ?)(reports?|items?|matters?))*( of business)?[ \t]*([(:–—-]|$)/,
];

/**
 * The words a title about the meeting's own recording is made of
 * ("Use of social media, audio recording and filming", "Webcasting
 * announcement", "Filming and recording of the meeting").
 */
const RECORDING_WORDS: ReadonlySet<string> = new Set([
  'use', 'of', 'the', 'this', 'and', 'or', 'at', 'by', 'public', 'social', 'media', 'audio', 'video', 'recording', 'recordings',
  'filming', 'photography', 'broadcasting', 'broadcast', 'webcasting', 'webcast', 'live', 'streaming', 'meeting', 'meetings',
  'proceedings', 'announcement', 'notice', 'reporting',
]);
/** At least one of these must be in it: `Use of the meeting` is not about recording. */
const RECORDING_CORE = /\b(recording|recordings|filming|photography|broadcast|broadcasting|webcast|webcasting|streaming|social media)\b/;

/** Office holders' reports, whole titles: `Clerk's Report`, `Councillors' reports`. */
const POSSESSIVE_REPORT = /^(the )?([a-z][a-z.-]* ){0,4}[a-z][a-z.-]*(['’]s|s['’]) reports?[ \t]*([(:–—-]|$)/;
/** `Report of the Chief Executive`, `Reports from County and District Councillors`. */
// Words parted by one space each, so that no run of letters can be split two ways.
const REPORT_OF = /^reports? (of|from|by) (the )?(?!.*\b(on|about|regarding|concerning|into|re)\b)[a-z][a-z.’'-]*( [a-z][a-z.’'-]*){0,5}[ \t]*([(:–—-]|$)/;

/** A parish council's way of titling an item: "To receive ...", "To note and approve ...". */
const LEADING_VERB = /^to (receive|note|consider|approve|agree|accept|confirm|sign|record|hear)( and (note|approve|sign|agree|accept|confirm))? /;

/** The title as the patterns read it: lower case, no leading marks or "To receive". */
function normalise(title: string): string {
  const t = title.toLowerCase().replace(/^\W+/, '').replace(/\s+/g, ' ').trim();
  return t.replace(LEADING_VERB, '');
}

/** True when the title is a procedural item's (docs/language.md, "Items that need an outcome"). */
export function isProceduralTitle(title: string): boolean {
  const t = normalise(title);
  if (PROCEDURAL.some((p) => p.test(t))) return true;
  const words = t.split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && RECORDING_CORE.test(t) && words.every((w) => RECORDING_WORDS.has(w));
}

/** True when the title is an office holder's report, received for information. */
export function isReportTitle(title: string): boolean {
  const t = normalise(title).replace(/^the /, '');
  return POSSESSIVE_REPORT.test(t) || REPORT_OF.test(t);
}
