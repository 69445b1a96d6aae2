import { AtelierError } from '../../core/index.ts';
import { chiSquareOneDegreeSurvival } from './normal-distribution.ts';

/** Discordant counts of two runs on the same samples. */
export interface DiscordantCounts {
  /** Samples that run A got right and run B got wrong. */
  b: number;
  /** Samples that run A got wrong and run B got right. */
  c: number;
}

/** The right/wrong outcome of each sample in run A and in run B (same samples, same order). */
export interface PairedOutcome {
  a: boolean;
  b: boolean;
}

export interface McNemarResult {
  b: number;
  c: number;
  /**
   * 'chi-square': (|b − c| − 1)² / (b + c), with Edwards' continuity correction (floored at 0);
   * 'exact': min(b, c), the count whose binomial tail gives the p-value.
   */
  statistic: number;
  /** Two-sided. */
  pValue: number;
  method: 'exact' | 'chi-square';
}

/** Below this many discordant pairs the chi-square approximation is poor, so the test is exact. */
export const MCNEMAR_EXACT_BELOW = 25;

/**
 * McNemar's test (1947) of whether two runs are right equally often on the same samples. Only the
 * discordant pairs carry information: under the null each is equally likely to favour A or B, so
 * b ~ Binomial(b + c, ½). With b + c < 25 the p-value is the exact two-sided binomial tail,
 * min(1, 2·P(X ≤ min(b, c))); otherwise the continuity-corrected chi-square with one degree of
 * freedom. No discordant pairs at all gives p = 1.
 */
export function mcnemarTest(input: readonly PairedOutcome[] | DiscordantCounts): McNemarResult {
  const { b, c } = Array.isArray(input)
    ? countDiscordant(input as readonly PairedOutcome[])
    : (input as DiscordantCounts);
  if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0)) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `McNemar's test needs whole, non-negative counts, got b = ${b}, c = ${c}`,
      {
        hint: 'b counts samples only run A got right, c those only run B got right.',
      },
    );
  }
  const discordant = b + c;
  if (discordant < MCNEMAR_EXACT_BELOW) {
    return {
      b,
      c,
      statistic: Math.min(b, c),
      pValue: exactTwoSidedP(Math.min(b, c), discordant),
      method: 'exact',
    };
  }
  const statistic = Math.max(0, Math.abs(b - c) - 1) ** 2 / discordant;
  return { b, c, statistic, pValue: chiSquareOneDegreeSurvival(statistic), method: 'chi-square' };
}

function countDiscordant(pairs: readonly PairedOutcome[]): DiscordantCounts {
  let b = 0;
  let c = 0;
  for (const pair of pairs) {
    if (pair.a && !pair.b) b++;
    else if (!pair.a && pair.b) c++;
  }
  return { b, c };
}

/** min(1, 2·P(X ≤ k)) for X ~ Binomial(n, ½); exact in doubles for n < 53. */
function exactTwoSidedP(k: number, n: number): number {
  if (n === 0) return 1;
  let coefficient = 1;
  let tail = 1;
  for (let i = 1; i <= k; i++) {
    coefficient = (coefficient * (n - i + 1)) / i;
    tail += coefficient;
  }
  return Math.min(1, (2 * tail) / 2 ** n);
}
