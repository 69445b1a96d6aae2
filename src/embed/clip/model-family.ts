import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbedError, messageOf } from '../embed-error.ts';

/**
 * CLIP and SigLIP share a layout (two ONNX towers, a preprocessor, a tokenizer) but differ in the
 * transformers.js classes that load them, the names of their outputs and how texts are padded.
 * config.json's model_type says which one a folder holds.
 */
export type ClipFamily = 'clip' | 'siglip';

export const CLIP_FAMILIES = {
  clip: {
    vision: 'CLIPVisionModelWithProjection',
    text: 'CLIPTextModelWithProjection',
    imageOutput: 'image_embeds',
    textOutput: 'text_embeds',
    // CLIP was trained on texts padded to the longest in the batch.
    padding: { padding: true, truncation: true },
  },
  siglip: {
    vision: 'SiglipVisionModel',
    text: 'SiglipTextModel',
    imageOutput: 'pooler_output',
    textOutput: 'pooler_output',
    // SigLIP was trained on texts padded to 64 tokens; shorter padding shifts its embeddings.
    padding: { padding: 'max_length', max_length: 64, truncation: true },
  },
} as const satisfies Record<ClipFamily, object>;

/** The family of a model_type value, or MODEL_LOAD_FAILED naming `where` it came from. */
export function familyOf(modelType: unknown, where: string): ClipFamily {
  if (modelType === 'clip' || modelType === 'siglip') return modelType;
  throw new EmbedError(
    'MODEL_LOAD_FAILED',
    `${where} has model_type ${JSON.stringify(modelType)}; expected "clip" or "siglip"`,
    { hint: 'Use a CLIP or SigLIP model exported to ONNX, such as Xenova/clip-vit-base-patch32.' },
  );
}

export async function readModelFamily(folder: string): Promise<ClipFamily> {
  const path = join(folder, 'config.json');
  let config: unknown;
  try {
    config = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new EmbedError('MODEL_LOAD_FAILED', `${path} is not valid JSON: ${messageOf(error)}`, {
      hint: 'Copy config.json again from the model repository; the file is damaged.',
      cause: error,
    });
  }
  return familyOf(
    typeof config === 'object' && config !== null ? Reflect.get(config, 'model_type') : undefined,
    path,
  );
}
