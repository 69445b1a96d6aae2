import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbedError } from '../embed-error.ts';
import type { ClipDtype } from '../embedder-options.ts';

/**
 * The files transformers.js reads from a CLIP or SigLIP model folder (a Hugging Face repo laid out
 * like Xenova/clip-vit-base-patch32), checked before loading: the library's own message for a
 * missing file is a path with no word on what the file is for or where to get it.
 */

/** ONNX file-name suffix per dtype, as transformers.js (utils/dtypes.js) chooses it. */
const DTYPE_SUFFIX: Record<ClipDtype, string> = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  q4f16: '_q4f16',
  bnb4: '_bnb4',
};

export interface TowerFiles {
  vision: string[];
  text: string[];
}

export function towerFiles(dtype: ClipDtype): TowerFiles {
  const suffix = DTYPE_SUFFIX[dtype];
  return {
    vision: ['config.json', 'preprocessor_config.json', `onnx/vision_model${suffix}.onnx`],
    text: ['tokenizer.json', 'tokenizer_config.json', `onnx/text_model${suffix}.onnx`],
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Other weights of the same tower in the folder, to suggest the dtype that would load them. */
async function alternatives(folder: string, missing: string): Promise<string> {
  const tower = /onnx\/(vision|text)_model/.exec(missing)?.[1];
  if (tower === undefined) return '';
  let names: string[];
  try {
    names = await readdir(join(folder, 'onnx'));
  } catch {
    return '';
  }
  const found = Object.entries(DTYPE_SUFFIX)
    .filter(([, suffix]) => names.includes(`${tower}_model${suffix}.onnx`))
    .map(([dtype, suffix]) => `onnx/${tower}_model${suffix}.onnx (dtype: '${dtype}')`);
  return found.length === 0 ? '' : ` The folder has ${found.join(', ')}: pass that dtype.`;
}

/** Throws MODEL_FILE_MISSING naming every missing file; the first one is named first. */
export async function checkModelFiles(folder: string, files: readonly string[]): Promise<void> {
  const missing: string[] = [];
  for (const file of files) if (!(await isFile(join(folder, file)))) missing.push(file);
  const first = missing[0];
  if (first === undefined) return;
  const others = missing.length > 1 ? ` (also missing: ${missing.slice(1).join(', ')})` : '';
  throw new EmbedError('MODEL_FILE_MISSING', `model folder ${folder} has no ${first}${others}`, {
    hint:
      'Copy the complete model repository (config.json, preprocessor_config.json, tokenizer.json, ' +
      'tokenizer_config.json and the onnx/ folder) from a machine with access to the Hugging Face hub.' +
      (await alternatives(folder, first)),
  });
}
