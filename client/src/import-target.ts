// Where "Minutes: Import Minutes…" puts its result: a new file beside the
// source, named after it, never one that exists. Plain functions with no
// VS Code, so that they are tested in plain Node.

/** The name of the file an import of `source` suggests: `NAME.minutes`, else `NAME (imported).minutes`, `NAME (imported 2).minutes`, ... */
export function importTargetName(source: string, exists: (name: string) => boolean): string {
  const base = source.replace(/\.[^.]*$/, '') || source;
  const candidates = [`${base}.minutes`, `${base} (imported).minutes`];
  for (const name of candidates) if (!exists(name)) return name;
  for (let n = 2; ; n++) {
    const name = `${base} (imported ${n}).minutes`;
    if (!exists(name)) return name;
  }
}

/** The largest file sent to the server, as the CLI's limit: minutes are never this big. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
