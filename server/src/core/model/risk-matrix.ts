/**
 * Risk matrices: `A-F x 1-4` (the default), `A-E x 1-5`, `1-5 x 1-5`, ...
 * The first range is likelihood, the second impact. Ratings are a letter and
 * a digit (`B2`) when likelihood is lettered, `LxI` (`4x3`) when both ranges
 * are numeric.
 */

export interface Scale {
  readonly kind: 'letter' | 'number';
  /** Every step, in order, as written in a rating. */
  readonly steps: readonly string[];
}

export interface RiskMatrix {
  readonly text: string;
  readonly likelihood: Scale;
  readonly impact: Scale;
}

export const DEFAULT_RISK_MATRIX = 'A-F x 1-4';

function scale(from: string, to: string): Scale | null {
  if (/^[A-Z]$/.test(from) && /^[A-Z]$/.test(to) && from <= to) {
    const steps: string[] = [];
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) steps.push(String.fromCharCode(c));
    return { kind: 'letter', steps };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to) && Number(from) <= Number(to) && Number(to) <= 20) {
    const steps: string[] = [];
    for (let n = Number(from); n <= Number(to); n++) steps.push(String(n));
    return { kind: 'number', steps };
  }
  return null;
}

/** Reads a matrix declaration; null when it is not of the form `R x R`. */
export function parseRiskMatrix(text: string): RiskMatrix | null {
  const m = /^\s*([A-Za-z]|\d+)\s*-\s*([A-Za-z]|\d+)\s*[x×]\s*([A-Za-z]|\d+)\s*-\s*([A-Za-z]|\d+)\s*$/.exec(text);
  if (!m) return null;
  const likelihood = scale(m[1].toUpperCase(), m[2].toUpperCase());
  const impact = scale(m[3].toUpperCase(), m[4].toUpperCase());
  if (!likelihood || !impact) return null;
  // A lettered impact after a lettered likelihood could not be read back from `B2`-style ratings.
  if (likelihood.kind === 'letter' && impact.kind === 'letter') return null;
  return { text: text.trim(), likelihood, impact };
}

/** Splits a rating into its likelihood and impact steps, or null when the matrix does not allow it. */
export function readRating(rating: string, matrix: RiskMatrix): { likelihood: string; impact: string } | null {
  const r = rating.trim();
  const m =
    matrix.likelihood.kind === 'letter'
      ? /^([A-Za-z])\s*(\d+)$/.exec(r)
      : /^(\d+)\s*[x×]\s*(\d+)$/i.exec(r);
  if (!m) return null;
  const likelihood = m[1].toUpperCase();
  const impact = m[2];
  if (!matrix.likelihood.steps.includes(likelihood) || !matrix.impact.steps.includes(impact)) return null;
  return { likelihood, impact };
}

/** Every rating the matrix allows, for completion. */
export function allRatings(matrix: RiskMatrix): string[] {
  const out: string[] = [];
  for (const l of matrix.likelihood.steps)
    for (const i of matrix.impact.steps) out.push(matrix.likelihood.kind === 'letter' ? `${l}${i}` : `${l}x${i}`);
  return out;
}

/** How a rating is written under this matrix, for messages. */
export function ratingShape(matrix: RiskMatrix): string {
  const l = matrix.likelihood.steps;
  const i = matrix.impact.steps;
  return matrix.likelihood.kind === 'letter'
    ? `a letter ${l[0]}-${l[l.length - 1]} and a digit ${i[0]}-${i[i.length - 1]}, such as ${l[1] ?? l[0]}${i[1] ?? i[0]}`
    : `likelihood x impact, such as ${l[Math.min(3, l.length - 1)]}x${i[Math.min(2, i.length - 1)]}`;
}
