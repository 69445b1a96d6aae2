import type { ChatRequest, ImagePart, Usage } from '../../core/index.ts';
import type { EvalSample } from '../sample.ts';
import { sampleRequest } from '../scorers/sample-request.ts';
import type { RunPrices } from './run-record.ts';

/** A typical vision encoder's cost for one image of a few hundred pixels a side, in prompt tokens. */
const TOKENS_PER_IMAGE = 800;
/** What an answer is assumed to cost when the request sets no max_tokens. */
const DEFAULT_OUTPUT_TOKENS = 256;

/** A cheap upper-ish guess of one request's tokens: a token per four characters, a fixed figure per image. */
export function estimateRequestTokens(request: ChatRequest): Usage {
  let characters = 0;
  let images = 0;
  for (const message of request.messages) {
    if (typeof message.content === 'string') characters += message.content.length;
    else {
      for (const part of message.content) {
        if (part.type === 'text') characters += part.text.length;
        else images += 1;
      }
    }
  }
  return {
    inputTokens: Math.ceil(characters / 4) + images * TOKENS_PER_IMAGE,
    outputTokens: request.maxTokens ?? DEFAULT_OUTPUT_TOKENS,
  };
}

/** US dollars for the tokens at the prices (zero without prices: baselines cost nothing). */
export function costOf(usage: Usage, prices: RunPrices | undefined): number {
  if (!prices) return 0;
  return (usage.inputTokens * prices.inputPerMillion + usage.outputTokens * prices.outputPerMillion) / 1e6;
}

/** Agent samples make several calls with a growing conversation; the estimate assumes this many. */
const AGENT_CALLS_ESTIMATE = 3;

/** The estimate for one sample, from its text and its number of images (no image is read). */
export function estimateSampleTokens(sample: EvalSample): Usage {
  try {
    const placeholders: ImagePart[] = sample.images.map(() => ({
      type: 'image',
      mediaType: 'image/png',
      data: new Uint8Array(),
    }));
    const tokens = estimateRequestTokens(sampleRequest(sample, placeholders));
    const calls = sample.kind === 'agent' ? AGENT_CALLS_ESTIMATE : 1;
    return { inputTokens: tokens.inputTokens * calls, outputTokens: tokens.outputTokens * calls };
  } catch {
    // A sample too malformed to build a request fails as a row later; it costs nothing.
    return { inputTokens: 0, outputTokens: 0 };
  }
}
