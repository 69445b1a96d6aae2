import { AtelierError } from '../../core/index.ts';
import type { SeededRandom } from './seeded-random.ts';

const TWO_TO_32 = 4294967296;
const HALF_LOG_TWO_PI = 0.9189385332046728;
/** log k! for k < 10, exact; above, Stirling's series is accurate to 1e-11. */
const SMALL_LOG_FACTORIALS = [0];
for (let k = 1; k < 10; k++) SMALL_LOG_FACTORIALS.push((SMALL_LOG_FACTORIALS[k - 1] as number) + Math.log(k));

/** log k! (k ≥ 0 whole), by Stirling's series from k = 10 on. */
export function logFactorial(k: number): number {
  if (k < 10) return SMALL_LOG_FACTORIALS[k] as number;
  const z = k + 1;
  const zSquared = z * z;
  return (
    HALF_LOG_TWO_PI + (k + 0.5) * Math.log(z) - z + (1 / 12 - (1 / 360 - 1 / 1260 / zSquared) / zSquared) / z
  );
}

/** Uniform in the open interval (0, 1): a logarithm of it is always finite. */
function openUniform(random: SeededRandom): number {
  return (random.nextUint32() + 0.5) / TWO_TO_32;
}

/**
 * An exact Binomial(n, p) variate from the seeded generator: by inversion (sequential search from
 * 0, Kachitvichyanukul & Schmeiser 1988) when n·min(p, 1 − p) < 10, so at most a dozen uniforms on
 * average; otherwise by BTRS, Hörmann's (1993) transformed rejection with squeeze, about 2.3
 * uniforms and a few logarithms per variate whatever n is. It lets a bootstrap draw how many of K
 * clusters of one kind a resample holds without drawing the K clusters one by one.
 */
export function sampleBinomial(n: number, p: number, random: SeededRandom): number {
  if (!(Number.isInteger(n) && n >= 0 && p >= 0 && p <= 1)) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `sampleBinomial needs a whole n ≥ 0 and 0 ≤ p ≤ 1, got n = ${n}, p = ${p}`,
    );
  }
  if (p > 0.5) return n - sampleBinomial(n, 1 - p, random);
  if (n === 0 || p === 0) return 0;
  return n * p < 10 ? binomialByInversion(n, p, random) : binomialByRejection(n, p, random);
}

function binomialByInversion(n: number, p: number, random: SeededRandom): number {
  const q = 1 - p;
  const ratio = p / q;
  const factor = (n + 1) * ratio;
  // q^n ≥ e^(−20) here (n·p < 10, p ≤ ½), far from underflow.
  const atZero = q ** n;
  for (;;) {
    let u = openUniform(random);
    let probability = atZero;
    let k = 0;
    while (u > probability && k <= n) {
      u -= probability;
      k++;
      // P(k) / P(k − 1) = (n − k + 1) p / (k q)
      probability *= factor / k - ratio;
    }
    // Rounding can leave u above the whole mass (k > n): draw again rather than bias the top.
    if (k <= n) return k;
  }
}

function binomialByRejection(n: number, p: number, random: SeededRandom): number {
  const q = 1 - p;
  const spread = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spread;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const squeeze = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spread;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((n + 1) * p);
  const atMode = logFactorial(mode) + logFactorial(n - mode);
  for (;;) {
    const u = openUniform(random) - 0.5;
    const v = openUniform(random);
    const distance = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / distance + b) * u + c);
    if (k < 0 || k > n) continue;
    if (distance >= 0.07 && v <= squeeze) return k;
    // Accept k with probability P(k) / P(mode) under the hat: log v against the log pmf ratio.
    const logV = Math.log((v * alpha) / (a / (distance * distance) + b));
    if (logV <= atMode - logFactorial(k) - logFactorial(n - k) + (k - mode) * logOdds) return k;
  }
}
