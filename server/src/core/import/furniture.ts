/**
 * Page furniture: the words a web page or a document prints around the
 * minutes that are not minutes: ModernGov's navigation
 * and labels (`Agenda item`, `Issue - meetings`, `Supporting documents:`,
 * `pdf icon PDF 168 KB`, `View the reasons why item 7 is restricted`), a
 * site's "Local democracy" breadcrumb, a PDF's page numbers. The importer
 * drops exactly these, and lists each in the report; nothing else is
 * dropped.
 */

/** One kind of furniture: what a whole block looks like, and why it is not minutes. */
interface Furniture {
  readonly pattern: RegExp;
  readonly reason: string;
}

const FURNITURE: readonly Furniture[] = [
  { pattern: /^(?:Local democracy|Home|Skip to (?:main )?content|Browse meetings|Committee details|Meetings? details|Printable version|Print (?:this page|version))$/i, reason: "the site's navigation" },
  { pattern: /^Agenda item(?: - .*)?$/i, reason: "ModernGov's page title for an agenda item" },
  { pattern: /^Issue - (?:meetings|details|history)$/i, reason: "ModernGov's page title for an issue's meetings" },
  { pattern: /^(?:Decision details|Issue details)$/i, reason: "ModernGov's page title for a decision" },
  { pattern: /^(?:Supporting|Additional|Background|Published) documents:?$/i, reason: "ModernGov's label for the documents list" },
  { pattern: /^(?:pdf|doc|docx|xls|xlsx|word|excel|html) icon (?:PDF|DOC|DOCX|XLS|XLSX|HTML)(?: \d[\d.,]* ?[KMG]B)?$/i, reason: "a document link's icon and size" },
  { pattern: /^View the reasons? why (?:the )?item .* (?:is|are) restricted\.?$/i, reason: "ModernGov's link to an exemption notice" },
  { pattern: /^View the (?:declarations of interest|background to item|reasons for the decision).*$/i, reason: "a ModernGov link" },
  { pattern: /^(?:Link to|Download|View) (?:the )?(?:webcast|video|recording)(?: of .*)?$/i, reason: "a link to the meeting's recording" },
  { pattern: /^Back to (?:top|agenda|meeting)$/i, reason: "the site's navigation" },
  { pattern: /^(?:Agenda and minutes|Agenda, decisions and minutes|Agenda, reports and minutes|Items)$/i, reason: "ModernGov's page and section titles" },
];

/** Why a block is furniture, or null when it is minutes text. */
export function furnitureReason(text: string): string | null {
  for (const f of FURNITURE) if (f.pattern.test(text)) return f.reason;
  return null;
}

/** A document link's trailing icon and size (`Appendix 1 pdf icon PDF 168 KB`): the text before it is the document's name. */
export function splitDocumentLink(text: string): { name: string; furniture: string } | null {
  // The white space before the icon is matched from the start of its run only: with the lazy (.*?) growing a character at a time, \s+ rescanned a long run from each of its characters (quadratic).
  const m = /^(.*?)(?<!\s)\s+((?:pdf|doc|docx|xls|xlsx|word|excel|html) icon (?:PDF|DOC|DOCX|XLS|XLSX|HTML)(?: \d[\d.,]* ?[KMG]B)?)$/i.exec(text);
  return m && m[1] ? { name: m[1], furniture: m[2] } : null;
}
