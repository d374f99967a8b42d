/**
 * How deep a list entry stands, read from indentation the way councils lay
 * out a resolution's parts: an entry indented further than the one before
 * opens a level under it, one indented less goes back to the level it lines
 * up with (or opens a level there when none does). The resolution ids
 * (resolutions.ts), the model's list entries (build.ts) and the
 * resolution-numbering rule all read levels here, so an export nests an entry
 * exactly where its citation does, 32(1)(a), and the rule judges it there.
 */
export interface EntryLevel {
  /** 0 for a top-level entry, 1 under it, and so on. */
  readonly depth: number;
  /** True when the entry starts a level rather than following a sibling. */
  readonly opened: boolean;
}

export class ListNesting {
  private readonly indents: number[] = [];

  /** The level of the next entry, given its indentation in columns. */
  enter(indent: number): EntryLevel {
    const s = this.indents;
    while (s.length && indent < s[s.length - 1]) s.pop();
    const opened = !s.length || indent > s[s.length - 1];
    if (opened) s.push(indent);
    return { depth: s.length - 1, opened };
  }
}
