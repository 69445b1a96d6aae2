import { z } from 'zod';
import type { Store } from '../../store/index.ts';
import type { Tool } from '../tool.ts';
import type { ImageGenerator } from './image-generator.ts';
import { MAX_SEED, promptSeed } from './prompt-seed.ts';

export const generateImageInputSchema = z.object({
  prompt: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .describe('What to draw: garments with colours, patterns and details; several garments make an outfit.'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(MAX_SEED)
    .optional()
    .describe('Fixes the randomness; the same prompt and seed give the same image.'),
  size: z.number().int().min(256).max(2048).default(512).describe('Side of the square image in pixels.'),
});
export type GenerateImageInput = z.output<typeof generateImageInputSchema>;

/**
 * generate_image: asks the backend for a picture, keeps the bytes content-addressed with a
 * generated_images row saying how they were made, and shows the image to the model as "generated-N".
 */
export function createGenerateImageTool(store: Store, generator: ImageGenerator): Tool<GenerateImageInput> {
  return {
    name: 'generate_image',
    description:
      `Generate an image from a text prompt with ${generator.describe()}, e.g. to visualise an outfit ` +
      '("navy blazer with a white shirt and tan loafers"). Returns the image as "generated-N".',
    inputSchema: generateImageInputSchema,
    async execute(input, context) {
      const seed = input.seed ?? promptSeed(input.prompt);
      const generated = await generator.generate({
        prompt: input.prompt,
        seed,
        size: input.size,
        ...(context.signal ? { signal: context.signal } : {}),
      });
      const sha256 = await store.blobs.put(generated.bytes);
      const parameters = { ...generated.parameters, requestedSize: input.size };
      const row = await store.db
        .insertInto('generated_images')
        .values({
          sha256,
          prompt: input.prompt,
          seed,
          backend: generator.id,
          width: generated.width,
          height: generated.height,
          parameters: JSON.stringify(parameters),
          created_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const image = context.images.add('generated', {
        sha256,
        mediaType: generated.mediaType,
        width: generated.width,
        height: generated.height,
        origin: { kind: 'generated', prompt: input.prompt, seed, backend: generator.id },
      });
      const summary = generated.summary ? ` The backend ${generated.summary}.` : '';
      return {
        text: `${image.name}: ${generated.width}×${generated.height} image of "${input.prompt}" from ${generator.describe()} (seed ${seed}).${summary}`,
        images: [image],
        data: {
          name: image.name,
          id: row.id,
          sha256,
          prompt: input.prompt,
          seed,
          backend: generator.id,
          width: generated.width,
          height: generated.height,
          parameters,
        },
      };
    },
  };
}
