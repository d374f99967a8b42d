/**
 * The import report (`minutes import --report FILE`): what the importer
 * recognised, what it guessed, what it dropped and what wording it changed,
 * each with the place in the source, so that a clerk checking the result
 * knows where to look. Its JSON form is `"schema": "minutes-import/1"`.
 */

/** One thing the importer did, at a place in the source. */
export interface ReportEntry {
  /** The 1-based source line (text, HTML) or paragraph (Word). */
  readonly at: number;
  readonly text: string;
  /** Why: what it was read as, or why it was dropped. */
  readonly note: string;
}

/** Words the output writes differently from the source (`It was RESOLVED that` is `RESOLVED: that`). */
export interface Rewrite {
  readonly at: number;
  readonly from: string;
  readonly to: string;
  readonly note: string;
}

/** The counts of what was recognised, read from the model of the written file. */
export interface RecognisedCounts {
  items: number;
  resolutions: number;
  votes: number;
  actions: number;
  people: number;
  contacts: number;
  attendance: number;
  declarations: number;
  tables: number;
}

export interface ImportReport {
  readonly schema: 'minutes-import/1';
  /** The kind of input read: text, html, docx (or pdf-text, text from a PDF). */
  readonly format: string;
  /** `line` or `paragraph`: what `at` counts. */
  readonly unit: 'line' | 'paragraph';
  /** Set when the reading is best effort, with why. */
  readonly bestEffort: string | null;
  readonly recognised: RecognisedCounts;
  /** What was recognised, in source order (items, resolutions, votes, actions, people, ...). */
  readonly found: ReportEntry[];
  /** Every guess; each also has a `// import:` comment above its line in the output. */
  readonly guessed: ReportEntry[];
  /** Page furniture left out; nothing else is. */
  readonly dropped: ReportEntry[];
  readonly rewritten: Rewrite[];
  /** The plain names of people, with the handle the PEOPLE note offers. */
  readonly people: { readonly name: string; readonly handle: string }[];
}

/** An empty report for a format. */
export function emptyReport(format: string, unit: 'line' | 'paragraph', bestEffort: string | null): ImportReport {
  const recognised = { items: 0, resolutions: 0, votes: 0, actions: 0, people: 0, contacts: 0, attendance: 0, declarations: 0, tables: 0 };
  return { schema: 'minutes-import/1', format, unit, bestEffort, recognised, found: [], guessed: [], dropped: [], rewritten: [], people: [] };
}

/**
 * Gives each guess made without quoting its source (a declaration, a vote,
 * an action's owner read from a sentence) the text of what was found at the
 * same place, so that the report shows the clerk the sentence, not only its
 * line number.
 */
export function quoteGuesses(r: ImportReport): void {
  r.guessed.forEach((g, i) => {
    const source = g.text ? null : r.found.find((f) => f.at === g.at);
    if (source) r.guessed[i] = { ...g, text: source.text };
  });
}

/** The one-line summary the CLI prints on standard error. */
export function summaryLine(r: ImportReport): string {
  const c = r.recognised;
  const n = (k: number, one: string, many = `${one}s`): string => `${k} ${k === 1 ? one : many}`;
  const parts = [
    n(c.items, 'item'),
    n(c.resolutions, 'resolution'),
    n(c.votes, 'vote'),
    n(c.actions, 'action'),
    n(c.people, 'person', 'people'),
  ];
  const tail = [`${n(r.guessed.length, 'guess', 'guesses')}`, `${r.dropped.length} dropped`];
  const effort = r.bestEffort ? ` (best effort: ${r.bestEffort})` : '';
  return `imported ${r.format}${effort}: ${parts.join(', ')}; ${tail.join(', ')}`;
}
