/**
 * People in an imported file are written as the source names them, as plain
 * names: a clerk decides who is who. The importer collects the names it
 * read (attendance, contacts, movers and seconders, action owners,
 * `Councillor ...` in the text) and offers a PEOPLE block of handles for
 * them in a `// import:` note, which the clerk can take up.
 */
import { withoutTrailingNote } from './trailing-note';

/** A name and the handle the note offers for it. */
export interface PersonName {
  readonly name: string;
  readonly handle: string;
}

const TITLES = /^(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Professor|Prof\.?|Sir|Dame|Lord|Lady|the|The)\s+/;

/** Collects names in the order first met, each once (case and white space ignored). */
export class NameBook {
  private readonly byKey = new Map<string, PersonName>();
  private readonly handles = new Set<string>();

  /** Adds a name (notes in brackets are left off); returns it as written. */
  add(raw: string): void {
    // Both ends found without rescanning a run (a note by position, the stop run from its start only): the patterns were quadratic on a long run.
    const name = withoutTrailingNote(raw, true).replace(/(?<![.,;:])[.,;:]+$/, '').trim();
    if (!name || name.length > 80 || !/^[A-Z]/.test(name)) return;
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    if (this.byKey.has(key)) return;
    this.byKey.set(key, { name, handle: this.handleFor(name) });
  }

  get names(): PersonName[] {
    return [...this.byKey.values()];
  }

  /** A handle from the last word of the name without its title (`Councillor Sarah Ferriby` is `@ferriby`), made unique. */
  private handleFor(name: string): string {
    const bare = name.replace(TITLES, '').replace(TITLES, '');
    const words = bare.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? ['person'];
    const base = words.length > 3 ? words.slice(0, 3).map((w) => w[0]).join('') : words[words.length - 1];
    let handle = base;
    for (let n = 2; this.handles.has(handle); n++) handle = `${base}-${n}`;
    this.handles.add(handle);
    return handle;
  }
}

/** The `// import:` note that offers the PEOPLE block. */
export function peopleNote(names: readonly PersonName[]): string[] {
  if (!names.length) return [];
  const width = names.reduce((n, p) => Math.max(n, p.handle.length), 0) + 1;
  return [
    '// import: people are written as the source names them. To use handles, add this',
    '// import: PEOPLE block and write each name as its @handle:',
    '// import: PEOPLE:',
    ...names.map((p) => `// import: @${p.handle.padEnd(width)} ${p.name}`),
  ];
}
