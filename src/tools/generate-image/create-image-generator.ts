import { AtelierError } from '../../core/index.ts';
import { createAutomatic1111Generator } from './automatic1111-generator.ts';
import { createComfyUiGenerator } from './comfyui-generator.ts';
import type { ImageGeneratorOptions } from './generator-options.ts';
import type { ImageGenerator } from './image-generator.ts';
import { createOpenAiImagesGenerator } from './openai-images-generator.ts';
import { createWorldGenerator } from './world-generator.ts';

const SPEC_FORMS = 'world, openai-images:MODEL, comfyui:URL, comfyui:URL#workflow.json or automatic1111:URL';

function invalidSpec(spec: string, reason: string): AtelierError {
  return new AtelierError('INVALID_ARGUMENT', `image generator "${spec}": ${reason}`, {
    hint: `Write one of ${SPEC_FORMS}, e.g. comfyui:http://127.0.0.1:8188.`,
  });
}

function serverUrl(spec: string, text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalidSpec(spec, `"${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw invalidSpec(spec, 'the URL must be http or https');
  return text;
}

/**
 * A text-to-image backend from its spec. `world` (the default) needs nothing; the others check
 * their spec (and the OpenAI key, the ComfyUI workflow file) now, so a mistake shows before the first
 * image is asked for.
 */
export function createImageGenerator(spec = 'world', options: ImageGeneratorOptions = {}): ImageGenerator {
  const colon = spec.indexOf(':');
  const kind = colon === -1 ? spec : spec.slice(0, colon);
  const rest = colon === -1 ? '' : spec.slice(colon + 1);
  switch (kind) {
    case 'world':
      if (rest !== '') throw invalidSpec(spec, 'world takes no argument');
      return createWorldGenerator();
    case 'openai-images':
      if (rest === '') throw invalidSpec(spec, 'name the model, e.g. openai-images:gpt-image-1');
      return createOpenAiImagesGenerator(rest, options);
    case 'comfyui': {
      const hash = rest.indexOf('#');
      const url = hash === -1 ? rest : rest.slice(0, hash);
      const workflow = hash === -1 ? undefined : rest.slice(hash + 1);
      if (workflow === '') throw invalidSpec(spec, 'give the workflow file after #');
      return createComfyUiGenerator(serverUrl(spec, url), workflow, options);
    }
    case 'automatic1111':
      return createAutomatic1111Generator(serverUrl(spec, rest), options);
    default:
      throw invalidSpec(spec, `unknown backend "${kind}"`);
  }
}
