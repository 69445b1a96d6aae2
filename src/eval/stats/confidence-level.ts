import { AtelierError } from '../../core/index.ts';
import { normalQuantile } from './normal-distribution.ts';

/** Φ⁻¹(0.975) to full precision: the z of the 95% level that nearly every report uses. */
export const Z_95 = 1.959963984540054;

export function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `A confidence level must lie strictly between 0 and 1, got ${confidence}`,
      {
        hint: 'Pass 0.95 for a 95% interval.',
      },
    );
  }
}

/** The two-sided critical value z with P(|Z| ≤ z) = confidence. */
export function twoSidedZ(confidence: number): number {
  checkConfidence(confidence);
  return confidence === 0.95 ? Z_95 : normalQuantile(1 - (1 - confidence) / 2);
}
