import { describe, expect, it } from 'vitest';
import { Random } from '../../world/index.ts';
import { ModelCallError } from '../model-call-error.ts';
import { retryDelay } from './backoff.ts';

const serverError = new ModelCallError('MODEL_REQUEST_FAILED', 'HTTP 500', { status: 500, retryable: true });

describe('retryDelay', () => {
  it('doubles the ceiling each attempt and stops at the cap', () => {
    const options = { baseMs: 100, capMs: 1000, random: () => 0.5 };
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempt) => retryDelay(attempt, serverError, options));
    expect(delays).toEqual([50, 100, 200, 400, 500, 500, 500]);
  });

  it('draws below the ceiling (full jitter) from the given source', () => {
    const options = { baseMs: 1000, capMs: 1000 };
    expect(retryDelay(3, serverError, { ...options, random: () => 0 })).toBe(0);
    expect(retryDelay(3, serverError, { ...options, random: () => 0.999 })).toBe(999);
  });

  it('gives the same sequence for the same seed', () => {
    const sequence = (seed: number) => {
      const random = new Random(seed);
      return [1, 2, 3, 4].map((attempt) => retryDelay(attempt, serverError, { random: () => random.next() }));
    };
    expect(sequence(7)).toEqual(sequence(7));
    expect(sequence(7)).not.toEqual(sequence(8));
    for (const [index, delay] of sequence(7).entries()) expect(delay).toBeLessThan(500 * 2 ** index);
  });

  it('waits at least what Retry-After asked, capped at the longest wait', () => {
    const rateLimited = (retryAfterMs: number) =>
      new ModelCallError('MODEL_RATE_LIMITED', 'HTTP 429', { status: 429, retryable: true, retryAfterMs });
    const options = { baseMs: 100, capMs: 1000, maxWaitMs: 60_000, random: () => 0.5 };
    expect(retryDelay(1, rateLimited(7000), options)).toBe(7000);
    // A jittered wait already longer than what the server asked stays as drawn.
    expect(retryDelay(5, rateLimited(10), options)).toBe(500);
    expect(retryDelay(1, rateLimited(3_600_000), options)).toBe(60_000);
  });

  it('ignores Retry-After on anything that is not a ModelCallError', () => {
    expect(retryDelay(1, { retryAfterMs: 9000 }, { baseMs: 100, random: () => 0.5 })).toBe(50);
  });
});
