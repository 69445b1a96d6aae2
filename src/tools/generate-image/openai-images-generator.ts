import { z } from 'zod';
import { AtelierError } from '../../core/index.ts';
import { describeImageBytes } from './describe-image-bytes.ts';
import { generatorFetch, readGeneratorJson } from './generator-http.ts';
import { DEFAULT_TIMEOUT_MS, type ImageGeneratorOptions } from './generator-options.ts';
import type { ImageGenerator } from './image-generator.ts';

const BACKEND = 'OpenAI images';

/** Only what is used: the first image, as base64 or (from some compatible servers) a URL. */
const responseSchema = z.object({
  data: z
    .array(z.object({ b64_json: z.string().min(1).optional(), url: z.string().min(1).optional() }))
    .min(1),
});

/**
 * The size sent for a requested square side: the OpenAI models take a fixed list of sizes, so the
 * nearest allowed square is asked for; other (compatible) servers get the side as requested.
 */
export function openAiSize(model: string, size: number): number {
  if (model.startsWith('dall-e-2')) {
    return [256, 512, 1024].reduce((best, side) =>
      Math.abs(side - size) < Math.abs(best - size) ? side : best,
    );
  }
  if (model.startsWith('dall-e-3') || model.startsWith('gpt-image')) return 1024;
  return size;
}

/**
 * POST /images/generations on OpenAI or a compatible server. DALL·E models are asked for base64 (they
 * default to a URL that expires); gpt-image models always answer base64 and refuse the field.
 */
export function createOpenAiImagesGenerator(
  model: string,
  options: ImageGeneratorOptions = {},
): ImageGenerator {
  const env = options.env ?? process.env;
  const apiKey = env.OPENAI_API_KEY;
  if (!apiKey) {
    throw new AtelierError('API_KEY_MISSING', `openai-images:${model} needs an API key in OPENAI_API_KEY`, {
      hint: 'Set the OPENAI_API_KEY environment variable (and OPENAI_BASE_URL for a compatible server).',
    });
  }
  const baseUrl = (env.OPENAI_BASE_URL || 'https://api.openai.com/v1').replace(/\/+$/, '');
  const url = `${baseUrl}/images/generations`;
  const http = (signal: AbortSignal | undefined) => ({
    backend: BACKEND,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    secrets: [apiKey],
    ...(signal ? { signal } : {}),
  });
  return {
    id: `openai-images:${model}`,
    describe: () => `${model} (OpenAI images API at ${baseUrl})`,
    async generate({ prompt, seed, size, signal }) {
      const side = openAiSize(model, size);
      const body: Record<string, unknown> = { model, prompt, n: 1, size: `${side}x${side}` };
      if (model.startsWith('dall-e')) body.response_format = 'b64_json';
      const response = await generatorFetch(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
          body: JSON.stringify(body),
        },
        http(signal),
      );
      const answer = await readGeneratorJson(response, responseSchema, url, BACKEND);
      const first = answer.data[0]!;
      let bytes: Uint8Array;
      if (first.b64_json) {
        bytes = Buffer.from(first.b64_json, 'base64');
      } else if (first.url) {
        const download = await generatorFetch(first.url, { method: 'GET' }, http(signal));
        bytes = new Uint8Array(await download.arrayBuffer());
      } else {
        throw new AtelierError('GENERATOR_FAILED', `${BACKEND} at ${url} answered without an image`, {
          hint: 'The server returned neither b64_json nor url; check that it supports image generation.',
        });
      }
      const image = await describeImageBytes(bytes, BACKEND);
      return {
        bytes,
        ...image,
        // The images API takes no seed: the same prompt and seed can give a different picture.
        parameters: { model, size: body.size, requestedSize: size, seedHonoured: false, seed },
      };
    },
  };
}
