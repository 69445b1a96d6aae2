import { describe, expect, it } from 'vitest';
import { formatPrice } from './format-price.ts';

describe('formatPrice', () => {
  it('shows dollars with cents and thousands separators', () => {
    expect(formatPrice(60)).toBe('$60.00');
    expect(formatPrice(19.5)).toBe('$19.50');
    expect(formatPrice(1234.5)).toBe('$1,234.50');
  });

  it('shows nothing for a missing or non-finite price', () => {
    expect(formatPrice(null)).toBe('');
    expect(formatPrice(undefined)).toBe('');
    expect(formatPrice(Number.NaN)).toBe('');
    expect(formatPrice(Number.POSITIVE_INFINITY)).toBe('');
  });
});
