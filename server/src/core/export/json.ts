/**
 * The JSON export: the document model as it is (docs/json-model.md), with
 * `"schema": "minutes/2"` as the first key, then `"confidential"` (true for a
 * copy that prints exempt items, confidential.ts), exempt items withheld unless
 * asked (see withhold.ts) and two-space indentation.
 *
 * Key order is stable: it does not depend on how the model happened to be
 * built. The top level comes in a fixed order; every nested object puts its
 * keys in the one order below (which follows the model types), and any key
 * not listed after them, alphabetically. `meta` and a risk's `extra` hold the
 * document's own keys and keep the order the document gives them.
 */
import type { ExportModel } from './withhold';

const TOP_LEVEL = ['schema', 'confidential', 'meta', 'people', 'attendance', 'declarations', 'preamble', 'items', 'actions', 'risks'];

const NESTED = [
  'kind', 'keyword', 'ordered', 'marker', 'depth', 'id', 'number', 'handle', 'person', 'owner', 'handles', 'name', 'title', 'role', 'note',
  'present', 'apologies', 'absent', 'inAttendance',
  'exempt', 'urgent', 'report', 'contact', 'documents', 'recommended', 'task', 'due', 'dueText', 'for', 'against', 'abstain',
  'unanimous', 'nemCon', 'outcome', 'on', 'motion', 'amendment', 'recorded', 'status', 'risk', 'description', 'mitigation', 'rating',
  'item', 'text', 'mover', 'moverHandle', 'seconder', 'seconderHandle', 'withdrawn', 'body', 'entries',
  'rows', 'header', 'align', 'resolutions', 'noted', 'votes', 'vote', 'actions', 'action', 'risks', 'motions', 'amendments',
  'attendanceChanges', 'change', 'reasons', 'alternatives', 'extra', 'items', 'content', 'range',
  'start', 'end', 'line', 'withheld',
];
const RANK = new Map(NESTED.map((k, i) => [k, i]));
const AS_WRITTEN = new Set(['meta', 'extra']);

/** Renders an export model as JSON text, ending with a newline. */
export function renderJson(model: ExportModel): string {
  const source = model as unknown as Record<string, unknown>;
  const top: Record<string, unknown> = {};
  const keys = [...TOP_LEVEL.filter((k) => k in source), ...Object.keys(source).filter((k) => !TOP_LEVEL.includes(k)).sort()];
  for (const k of keys) top[k] = AS_WRITTEN.has(k) ? source[k] : canonical(source[k]);
  return JSON.stringify(top, null, 2) + '\n';
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort(byRank)) out[k] = AS_WRITTEN.has(k) ? o[k] : canonical(o[k]);
  return out;
}

function byRank(a: string, b: string): number {
  const ra = RANK.get(a) ?? Infinity;
  const rb = RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}
