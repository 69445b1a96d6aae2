import { AtelierError } from '../../core/index.ts';
import { twoSidedZ } from './confidence-level.ts';

export interface ProportionInterval {
  /** successes / n; NaN when n = 0. */
  estimate: number;
  low: number;
  high: number;
}

/**
 * The Wilson score interval (Wilson 1927) for a binomial proportion: the set of p for which
 * |p̂ − p| ≤ z·√(p(1 − p)/n). Unlike the Wald interval it never leaves [0, 1] and keeps close to its
 * nominal coverage at small n and near 0 or 1 (Newcombe 1998; Brown, Cai & DasGupta 2001), which
 * is where per-difficulty breakdowns live.
 *
 * With n = 0 nothing is known: the estimate is NaN and the interval is the whole [0, 1].
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): ProportionInterval {
  if (!(Number.isInteger(n) && n >= 0 && Number.isInteger(successes) && successes >= 0 && successes <= n)) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `wilsonInterval needs integer counts with 0 ≤ successes ≤ n, got ${successes} of ${n}`,
      { hint: 'Count the successes and the trials of the same samples.' },
    );
  }
  const z = twoSidedZ(confidence);
  if (n === 0) return { estimate: Number.NaN, low: 0, high: 1 };
  const estimate = successes / n;
  const zSquaredOverN = (z * z) / n;
  const centre = (estimate + zSquaredOverN / 2) / (1 + zSquaredOverN);
  const halfWidth =
    (z / (1 + zSquaredOverN)) * Math.sqrt((estimate * (1 - estimate)) / n + (z * z) / (4 * n * n));
  return {
    estimate,
    // The ends are exactly 0 and 1 when every trial failed or succeeded; rounding would leave 1e-17.
    low: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes === n ? 1 : Math.min(1, centre + halfWidth),
  };
}
