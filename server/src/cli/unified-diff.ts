/**
 * A unified diff of two texts (`--fix-dry-run`), in the form `git apply` and
 * `patch -p1` accept: `--- a/PATH`, `+++ b/PATH`, hunks with three lines of
 * context, and "\ No newline at end of file" where a side lacks a final line
 * break. Lines are compared with their line breaks, so a CRLF file diffs
 * cleanly. The line matching is Myers' O(ND) algorithm.
 */

const CONTEXT = 3;

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string };

/** The diff of `before` and `after` for a file shown as `path`; empty when they are equal. */
export function unifiedDiff(before: string, after: string, path: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const hunks = toHunks(ops);
  return [`--- a/${path}\n`, `+++ b/${path}\n`, ...hunks].join('');
}

/** Lines with their line breaks kept; a text ending in a newline has no empty last line. */
function splitLines(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g);
  return lines ?? [];
}

/** Myers' shortest edit script between two line arrays. */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  return backtrack(trace, a, b, offset);
}

function backtrack(trace: Int32Array[], a: readonly string[], b: readonly string[], offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK];
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] });
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  return ops.reverse();
}

/** Groups an edit script into hunks with CONTEXT lines around each change. */
function toHunks(ops: readonly Op[]): string[] {
  const hunks: string[] = [];
  let i = 0;
  const lineA = [0];
  const lineB = [0];
  for (const op of ops) {
    lineA.push(lineA[lineA.length - 1] + (op.kind === '+' ? 0 : 1));
    lineB.push(lineB[lineB.length - 1] + (op.kind === '-' ? 0 : 1));
  }
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    // Extend while the next change is close enough to share context.
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next].kind === ' ') next++;
      if (next < ops.length && next - end <= 2 * CONTEXT) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + CONTEXT);
    hunks.push(hunk(ops.slice(start, stop), lineA[start], lineB[start]));
    i = stop;
  }
  return hunks;
}

function hunk(ops: readonly Op[], fromA: number, fromB: number): string {
  const countA = ops.filter((o) => o.kind !== '+').length;
  const countB = ops.filter((o) => o.kind !== '-').length;
  const range = (from: number, count: number): string => `${count === 0 ? from : from + 1}${count === 1 ? '' : `,${count}`}`;
  let out = `@@ -${range(fromA, countA)} +${range(fromB, countB)} @@\n`;
  for (const op of ops) {
    out += op.kind + op.line;
    if (!op.line.endsWith('\n')) out += '\n\\ No newline at end of file\n';
  }
  return out;
}
