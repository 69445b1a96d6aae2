/**
 * The standard normal distribution, as far as the statistics here need it: the complementary error
 * function (tail probabilities without cancellation), the CDF, its inverse (the z of a confidence
 * level) and the chi-square survival function with one degree of freedom (McNemar's test), which
 * is the two-sided normal tail of √x.
 */

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

/**
 * erfc(x) = 1 − erf(x), to about 1e-15 relative error. Below 2 the series
 * erf(x) = 2/√π · e^(−x²) · Σ (2x²)ⁿ x / (1·3·…·(2n+1)) has only positive terms, so it sums without
 * cancellation; from 2 on, Laplace's continued fraction for erfc converges in a few dozen terms and
 * keeps full relative precision deep into the tail (1 − erf would lose it all).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    const twoXSquared = 2 * x * x;
    let term = x;
    let sum = x;
    for (let n = 1; term > sum * 1e-17; n++) {
      term *= twoXSquared / (2 * n + 1);
      sum += term;
    }
    return 1 - TWO_OVER_SQRT_PI * exponentialOfMinusSquare(x) * sum;
  }
  if (x > 27) return 0; // erfc(27) ≈ 5e-319: below this, the result underflows anyway.
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by modified Lentz.
  const tiny = 1e-300;
  let fraction = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 1000; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    fraction *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return exponentialOfMinusSquare(x) / (Math.sqrt(Math.PI) * fraction);
}

/**
 * e^(−x²) without the error of rounding x² first: x is split into a head with few bits, whose
 * square is exact, and a small remainder. Deep in the tail x² ≈ 700, and a rounded x² would cost
 * 700 ulps of relative error.
 */
function exponentialOfMinusSquare(x: number): number {
  const head = Math.floor(x * 65536) / 65536;
  return Math.exp(-head * head) * Math.exp(-(x - head) * (x + head));
}

/** Φ(x), the standard normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * Math.SQRT1_2);
}

// Acklam's rational approximations of the normal quantile (relative error below 1.15e-9), refined
// below by one Halley step against erfc to full double precision.
const CENTRAL_NUMERATOR = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
] as const;
const CENTRAL_DENOMINATOR = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
] as const;
const TAIL_NUMERATOR = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const TAIL_DENOMINATOR = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416,
] as const;
const LOW_TAIL = 0.02425;

function polynomial(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (const coefficient of coefficients) value = value * x + coefficient;
  return value;
}

/**
 * Φ⁻¹(p): the z with Φ(z) = p. normalQuantile(0.975) = 1.959963984540054. Returns −∞ at 0, +∞ at 1
 * and NaN outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  // 1 − p is exact for p ≥ 0.5, and the lower tail is where erfc keeps its relative precision.
  if (p > 0.5) return -normalQuantile(1 - p);
  let x: number;
  if (p < LOW_TAIL) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = polynomial(TAIL_NUMERATOR, q) / (polynomial(TAIL_DENOMINATOR, q) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = (polynomial(CENTRAL_NUMERATOR, r) * q) / (polynomial(CENTRAL_DENOMINATOR, r) * r + 1);
  }
  const error = normalCdf(x) - p;
  const step = error * SQRT_TWO_PI * Math.exp((x * x) / 2);
  if (Number.isFinite(step)) x -= step / (1 + (x * step) / 2);
  return x;
}

/** P(X > statistic) for X ~ χ² with one degree of freedom: the two-sided normal tail of √statistic. */
export function chiSquareOneDegreeSurvival(statistic: number): number {
  if (Number.isNaN(statistic)) return Number.NaN;
  if (statistic <= 0) return 1;
  return erfc(Math.sqrt(statistic / 2));
}
