/**
 * The decision register (`minutes decisions`, `minutes-decisions/1`): every
 * resolution of every series with its meeting, item, text, the votes of its
 * item and every citation of it, or of its item, from other files (a `from
 * minute N` part of an action included). With per-meeting numbers ids repeat
 * across meetings: a decision is its `file` and `id` together.
 */
import type { SeriesSet } from './build-series';
import { resolveCitations } from './lookup';
import type { CitedBy, DecisionRegister, DecisionRegisterEntry } from './register-types';
import type { FileSummary } from './summary-types';

/** The decision register of a set of series; `summaries` are every file read (their citations count too). */
export function decisionRegister(set: SeriesSet, summaries: readonly FileSummary[]): DecisionRegister {
  // Citations by the file and number they found: `file\u0000number` -> where they are.
  const cited = new Map<string, CitedBy[]>();
  const results = resolveCitations(set, summaries);
  for (const s of summaries) {
    const found = results.get(s.file) ?? [];
    s.citations.forEach((c, i) => {
      const r = found[i];
      if (r?.kind !== 'found' || r.file === s.file) return;
      const number = r.target.kind === 'item' ? r.target.item.number : r.target.resolution.id;
      const key = `${r.file}\u0000${number}`;
      const list = cited.get(key) ?? [];
      list.push({ file: s.file, date: s.date ?? '', item: c.item, line: c.range.start.line + 1 });
      cited.set(key, list);
    });
  }
  const decisions: DecisionRegisterEntry[] = [];
  for (const series of set.series) {
    for (const m of series.meetings) {
      for (const r of m.resolutions) {
        const item = m.items.find((i) => i.number === r.item && i.line <= r.line && r.line <= i.endLine) ?? null;
        const citedBy = [...(cited.get(`${m.file}\u0000${r.id}`) ?? []), ...(r.item !== null ? (cited.get(`${m.file}\u0000${r.item}`) ?? []) : [])];
        citedBy.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
        decisions.push({
          id: r.id,
          file: m.file,
          date: m.date!,
          committee: series.committee,
          item: r.item,
          title: item?.title ?? '',
          text: r.text,
          votes: (item?.votes ?? []).map((v) => ({ for: v.for, against: v.against, abstain: v.abstain, unanimous: v.unanimous, nemCon: v.nemCon, outcome: v.outcome, text: v.text })),
          citedBy,
        });
      }
    }
  }
  return { schema: 'minutes-decisions/1', decisions };
}
