/**
 * The band of a risk rating (red, amber, green ...) for the preview and the
 * exports. Bands come from the configuration (`risk.bands`): the first band
 * that lists the rating, or whose `minScore` the rating reaches, names it;
 * the score is the likelihood step number times the impact step number,
 * counting steps from 1 in the order the matrix writes them.
 *
 * With no bands configured a default banding applies. It needs to know which
 * way each scale runs, and councils differ, so it follows the two schemes
 * docs/language.md#risk-matrices names: lettered likelihood runs from A (most likely) down; a
 * numeric impact of four steps after a lettered likelihood (the Medway-style
 * 6x4 matrix, impact I to IV) has 1 as the most severe; every other numeric
 * scale has its highest number as the most likely or most severe. The score
 * out of the matrix's maximum then gives High from 60%, Medium from 30%, Low
 * below.
 */
import type { RiskBand, RiskScaleNames } from '../config';
import { DEFAULT_RISK_MATRIX, parseRiskMatrix, readRating, type RiskMatrix } from './risk-matrix';

/** A rating's band as the exports show it. */
export interface BandView {
  readonly name: string;
  /** A safe CSS colour for the band's swatch. */
  readonly color: string;
  /** Text colour to print on the swatch. */
  readonly textColor: string;
}

const DEFAULT_BANDS: readonly { name: string; from: number; color: string }[] = [
  { name: 'High', from: 0.6, color: '#c0392b' },
  { name: 'Medium', from: 0.3, color: '#e6a700' },
  { name: 'Low', from: 0, color: '#2e7d32' },
];

/** The band of `rating` under the document's matrix, or null when the rating does not fit it. */
export function riskBand(rating: string, matrixText: string | undefined, names: RiskScaleNames | undefined): BandView | null {
  const matrix = parseRiskMatrix(matrixText || DEFAULT_RISK_MATRIX);
  if (!matrix) return null;
  const steps = readRating(rating, matrix);
  if (!steps) return null;
  const l = matrix.likelihood.steps.indexOf(steps.likelihood);
  const i = matrix.impact.steps.indexOf(steps.impact);
  const configured = names?.bands?.length ? configuredBand(rating, (l + 1) * (i + 1), names.bands) : undefined;
  if (configured !== undefined) return configured;
  return defaultBand(matrix, l, i);
}

function configuredBand(rating: string, score: number, bands: readonly RiskBand[]): BandView | null {
  const key = normalise(rating);
  for (const b of bands) {
    const listed = b.ratings?.some((r) => normalise(r) === key) ?? false;
    const reached = typeof b.minScore === 'number' && score >= b.minScore;
    if (listed || reached) return view(b.name, safeColor(b.color) ?? '#6b6b6b');
  }
  return null;
}

function defaultBand(matrix: RiskMatrix, l: number, i: number): BandView {
  const nl = matrix.likelihood.steps.length;
  const ni = matrix.impact.steps.length;
  const likelihoodRank = matrix.likelihood.kind === 'letter' ? nl - l : l + 1;
  const medwayImpact = matrix.likelihood.kind === 'letter' && ni === 4;
  const impactRank = medwayImpact ? ni - i : i + 1;
  const share = (likelihoodRank * impactRank) / (nl * ni);
  const band = DEFAULT_BANDS.find((b) => share >= b.from)!;
  return view(band.name, band.color);
}

function view(name: string, color: string): BandView {
  return { name, color, textColor: readableOn(color) };
}

function normalise(rating: string): string {
  return rating.replace(/\s+/g, '').replace(/×/g, 'x').toUpperCase();
}

/**
 * A configured colour, if it is one that cannot smuggle anything into a style
 * attribute: `#rgb`/`#rrggbb(aa)`, a colour name, or `rgb()`/`hsl()` with numbers.
 */
export function safeColor(color: string | undefined): string | null {
  if (!color) return null;
  const c = color.trim();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(c)) return c;
  if (/^[a-z]{3,20}$/i.test(c)) return c.toLowerCase();
  if (/^(?:rgb|rgba|hsl|hsla)\([\d.%\s,/]+\)$/i.test(c)) return c; // no \s* before a class holding \s: two ways to match white space was quadratic
  return null;
}

/** Black or white text, whichever reads better on a `#rrggbb` colour (white when unknown). */
function readableOn(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color.length === 4 ? expandShortHex(color) : color);
  if (!m) return '#ffffff';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1b1b1b' : '#ffffff';
}

function expandShortHex(c: string): string {
  return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
}
