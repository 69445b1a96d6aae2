import { describe, expect, it } from 'vitest';
import {
  compareValues,
  formatCost,
  formatCount,
  formatDate,
  formatMilliseconds,
  formatPercent,
  formatPValue,
  formatRange,
  formatSigned,
  formatValue,
  hasEstimate,
} from './format.ts';
import type { MetricSummary } from './run-types.ts';

const summary = (overrides: Partial<MetricSummary> = {}): MetricSummary => ({
  estimate: 0.7346,
  low: 0.7021,
  high: 0.7639,
  n: 500,
  clusters: 500,
  method: 'wilson',
  ...overrides,
});

describe('formatValue and formatRange', () => {
  it('prints three digits unless told otherwise, and a dash for no number', () => {
    expect(formatValue(0.7346)).toBe('0.735');
    expect(formatValue(0.5, 1)).toBe('0.5');
    expect(formatValue(0)).toBe('0.000');
    expect(formatValue(null)).toBe('—');
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue(Number.NaN)).toBe('—');
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe('—');
  });

  it('prints an interval in brackets', () => {
    expect(formatRange(summary())).toBe('[0.702, 0.764]');
    expect(formatRange(summary(), 2)).toBe('[0.70, 0.76]');
  });
});

describe('hasEstimate', () => {
  it('needs at least one sample and a finite estimate', () => {
    expect(hasEstimate(summary())).toBe(true);
    expect(hasEstimate(undefined)).toBe(false);
    expect(hasEstimate(summary({ n: 0 }))).toBe(false);
    expect(hasEstimate(summary({ estimate: Number.NaN }))).toBe(false);
  });
});

describe('formatPercent, formatCount, formatCost, formatMilliseconds', () => {
  it('prints a share as a percent with one decimal', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatPercent(null)).toBe('—');
  });

  it('groups thousands', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(undefined)).toBe('—');
  });

  it('prints cents, four digits for fractions of a cent, and a dash for free', () => {
    expect(formatCost(1.5)).toBe('$1.50');
    expect(formatCost(0.01)).toBe('$0.01');
    expect(formatCost(0.005)).toBe('$0.0050');
    expect(formatCost(0)).toBe('—');
    expect(formatCost(null)).toBe('—');
  });

  it('switches from milliseconds to seconds at one second', () => {
    expect(formatMilliseconds(12.4)).toBe('12 ms');
    expect(formatMilliseconds(12.6)).toBe('13 ms');
    expect(formatMilliseconds(999)).toBe('999 ms');
    expect(formatMilliseconds(1000)).toBe('1.0 s');
    expect(formatMilliseconds(1250)).toBe('1.3 s');
    expect(formatMilliseconds(undefined)).toBe('—');
  });
});

describe('formatPValue', () => {
  it('bounds a bootstrap p of zero by 2 / resamples', () => {
    // 2 / 10000 = 0.0002
    expect(formatPValue(0, 10_000)).toBe('< 0.0002');
  });

  it('prints tiny p-values as a bound or in exponent form', () => {
    expect(formatPValue(0)).toBe('< 2.2e-16');
    expect(formatPValue(1e-20)).toBe('< 2.2e-16');
    expect(formatPValue(0.0005)).toBe('5.0e-4');
  });

  it('prints others with three decimals', () => {
    expect(formatPValue(0.001)).toBe('0.001');
    expect(formatPValue(0.0123)).toBe('0.012');
    expect(formatPValue(1)).toBe('1.000');
    expect(formatPValue(Number.NaN)).toBe('—');
  });
});

describe('formatSigned', () => {
  it('always shows the sign, with a true minus and ± for zero', () => {
    expect(formatSigned(0.1)).toBe('+0.100');
    expect(formatSigned(-0.25)).toBe('\u22120.250');
    expect(formatSigned(0)).toBe('±0.000');
    expect(formatSigned(0.05, 1)).toBe('+0.1');
    expect(formatSigned(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatDate', () => {
  it('prints a date the British way, in local time', () => {
    // Built from local parts so the expected text holds in any time zone.
    const iso = new Date(2024, 0, 5, 9, 7).toISOString();
    expect(formatDate(iso)).toBe('5 Jan 2024, 09:07');
  });

  it('gives back text that is no date', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('compareValues', () => {
  it('sorts buckets by their first number, then < before bare before >', () => {
    const values = ['>5%', 'other', '10', '5-10%', '2', '<5%', 'abc', '-1'];
    expect([...values].sort(compareValues)).toEqual(['-1', '2', '<5%', '5-10%', '>5%', '10', 'abc', 'other']);
  });

  it('reads negative numbers as numbers', () => {
    // −10 < −2, where text order would put "-2" first.
    expect(['-2', '-10', '0'].sort(compareValues)).toEqual(['-10', '-2', '0']);
  });

  it('treats ≤ as < and ≥ as >', () => {
    expect(['≥3', '3', '≤3'].sort(compareValues)).toEqual(['≤3', '3', '≥3']);
  });

  it('orders buckets that share number and sign by their text, numbers read as numbers', () => {
    expect(['5-20%', '5-10%', '5-100%'].sort(compareValues)).toEqual(['5-10%', '5-20%', '5-100%']);
    expect(compareValues('1.5x', '1.25x')).toBeGreaterThan(0);
  });

  it('is zero only for equal text', () => {
    expect(compareValues('7', '7')).toBe(0);
    expect(compareValues('7', '7 items')).not.toBe(0);
  });
});
