import { describe, expect, it } from 'vitest';
import { costOf, estimateRequestTokens } from './estimate-cost.ts';

describe('estimateRequestTokens and costOf', () => {
  it('counts a token per four characters, 800 per image, and max_tokens (else 256) out', () => {
    const image = { type: 'image' as const, mediaType: 'image/png', data: new Uint8Array() };
    const tokens = estimateRequestTokens({
      messages: [
        { role: 'system', content: 'x'.repeat(10) },
        { role: 'user', content: [image, image, { type: 'text', text: 'y'.repeat(31) }] },
      ],
    });
    // ceil(41 / 4) = 11 text tokens + 2 × 800 image tokens.
    expect(tokens).toEqual({ inputTokens: 1611, outputTokens: 256 });
    expect(estimateRequestTokens({ messages: [], maxTokens: 16 })).toEqual({
      inputTokens: 0,
      outputTokens: 16,
    });
  });

  it('prices tokens per million, and nothing without prices', () => {
    const usage = { inputTokens: 2_000_000, outputTokens: 500_000 };
    expect(costOf(usage, { inputPerMillion: 2.5, outputPerMillion: 10 })).toBeCloseTo(10);
    expect(costOf(usage, undefined)).toBe(0);
  });
});
