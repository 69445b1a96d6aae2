import { z } from 'zod';
import { AtelierError } from '../../core/index.ts';
import { describeImageBytes } from './describe-image-bytes.ts';
import { generatorFetch, readGeneratorJson } from './generator-http.ts';
import {
  DEFAULT_STEPS,
  DEFAULT_TIMEOUT_MS,
  type ImageGeneratorOptions,
  latentSize,
} from './generator-options.ts';
import type { ImageGenerator } from './image-generator.ts';

const BACKEND = 'AUTOMATIC1111';

const responseSchema = z.object({
  images: z.array(z.string().min(1)).min(1),
  /** A JSON string with what the server actually used (seed, sampler, size). */
  info: z.string().optional(),
});

const infoSchema = z.looseObject({ seed: z.number().optional(), sampler_name: z.string().optional() });

function usedSettings(info: string | undefined): z.infer<typeof infoSchema> {
  if (info === undefined) return {};
  try {
    const parsed = infoSchema.safeParse(JSON.parse(info));
    return parsed.success ? { seed: parsed.data.seed, sampler_name: parsed.data.sampler_name } : {};
  } catch {
    return {};
  }
}

/** POST /sdapi/v1/txt2img on a Stable Diffusion web UI started with --api (AUTOMATIC1111, Forge). */
export function createAutomatic1111Generator(
  serverUrl: string,
  options: ImageGeneratorOptions = {},
): ImageGenerator {
  const base = serverUrl.replace(/\/+$/, '');
  const url = `${base}/sdapi/v1/txt2img`;
  const steps = options.steps ?? DEFAULT_STEPS;
  return {
    id: `automatic1111:${base}`,
    describe: () => `Stable Diffusion (AUTOMATIC1111 at ${base})`,
    async generate({ prompt, seed, size, signal }) {
      const side = latentSize(size);
      const body: Record<string, unknown> = {
        prompt,
        negative_prompt: options.negativePrompt ?? '',
        seed,
        width: side,
        height: side,
        steps,
        batch_size: 1,
        n_iter: 1,
      };
      if (options.sampler) body.sampler_name = options.sampler;
      const response = await generatorFetch(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
        {
          backend: BACKEND,
          timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          ...(signal ? { signal } : {}),
        },
      );
      const answer = await readGeneratorJson(response, responseSchema, url, BACKEND);
      const encoded = answer.images[0]!.replace(/^data:[^,]*,/, '');
      const bytes = Buffer.from(encoded, 'base64');
      if (bytes.length === 0) {
        throw new AtelierError('GENERATOR_FAILED', `${BACKEND} at ${url} returned an empty image`, {
          hint: 'Check the web UI console for the error.',
        });
      }
      const image = await describeImageBytes(bytes, BACKEND);
      const used = usedSettings(answer.info);
      return {
        bytes,
        ...image,
        parameters: {
          width: side,
          height: side,
          requestedSize: size,
          steps,
          sampler: used.sampler_name ?? options.sampler ?? null,
          seed: used.seed ?? seed,
          seedHonoured: used.seed === undefined || used.seed === seed,
        },
      };
    },
  };
}
