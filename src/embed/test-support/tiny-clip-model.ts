import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeOnnxModel, type OnnxGraph } from './onnx-model.ts';

/**
 * Writes a complete, tiny CLIP- or SigLIP-shaped model folder, laid out as transformers.js expects a
 * Hugging Face repo (config.json, preprocessor_config.json, tokenizer.json, tokenizer_config.json,
 * onnx/vision_model.onnx, onnx/text_model.onnx), so the clip embedder can be tested offline through
 * the real library and ONNX Runtime. The towers are linear maps with fixed weights: the vision tower
 * projects the preprocessed pixels, the text tower averages token embeddings over the attention mask.
 */
export interface TinyClipOptions {
  family?: 'clip' | 'siglip';
  /** Embedding size (default 8). */
  dimensions?: number;
  /** Side of the square input the preprocessor produces (default 16). */
  imageSize?: number;
}

export const TINY_VOCABULARY = [
  '[PAD]',
  '[UNK]',
  'a',
  'red',
  'navy',
  'green',
  'striped',
  'floral',
  'dress',
  'shirt',
  'coat',
  'bag',
  'with',
  'buttons',
  'wool',
  'leather',
];

/** A fixed, sign-varying weight; any deterministic formula works. */
function weight(row: number, column: number): number {
  return Math.sin(row * 12.9898 + column * 78.233) * 0.5;
}

function visionGraph(family: 'clip' | 'siglip', size: number, dimensions: number): OnnxGraph {
  const inputs = 3 * size * size;
  const projection = Array.from({ length: inputs * dimensions }, (_, index) =>
    weight(Math.floor(index / dimensions), index % dimensions),
  );
  const output = family === 'clip' ? 'image_embeds' : 'pooler_output';
  return {
    name: 'tiny_vision',
    opset: 13,
    inputs: [{ name: 'pixel_values', dataType: 'float', shape: ['batch', 3, size, size] }],
    outputs: [{ name: output, dataType: 'float', shape: ['batch', dimensions] }],
    initializers: [{ name: 'projection', dataType: 'float', dims: [inputs, dimensions], values: projection }],
    nodes: [
      { opType: 'Flatten', inputs: ['pixel_values'], outputs: ['flat'], attributes: { axis: { int: 1 } } },
      { opType: 'MatMul', inputs: ['flat', 'projection'], outputs: [output] },
    ],
  };
}

function textGraph(family: 'clip' | 'siglip', dimensions: number): OnnxGraph {
  const vocabulary = TINY_VOCABULARY.length;
  const table = Array.from({ length: vocabulary * dimensions }, (_, index) =>
    weight(Math.floor(index / dimensions) + 1000, index % dimensions),
  );
  const output = family === 'clip' ? 'text_embeds' : 'pooler_output';
  return {
    name: 'tiny_text',
    opset: 13,
    inputs: [
      { name: 'input_ids', dataType: 'int64', shape: ['batch', 'sequence'] },
      { name: 'attention_mask', dataType: 'int64', shape: ['batch', 'sequence'] },
    ],
    outputs: [{ name: output, dataType: 'float', shape: ['batch', dimensions] }],
    initializers: [
      { name: 'token_table', dataType: 'float', dims: [vocabulary, dimensions], values: table },
      { name: 'axis_last', dataType: 'int64', dims: [1], values: [2] },
      { name: 'axis_sequence', dataType: 'int64', dims: [1], values: [1] },
    ],
    nodes: [
      {
        opType: 'Gather',
        inputs: ['token_table', 'input_ids'],
        outputs: ['tokens'],
        attributes: { axis: { int: 0 } },
      },
      { opType: 'Cast', inputs: ['attention_mask'], outputs: ['mask'], attributes: { to: { int: 1 } } },
      { opType: 'Unsqueeze', inputs: ['mask', 'axis_last'], outputs: ['mask3'] },
      { opType: 'Mul', inputs: ['tokens', 'mask3'], outputs: ['masked'] },
      {
        opType: 'ReduceSum',
        inputs: ['masked', 'axis_sequence'],
        outputs: ['sum'],
        attributes: { keepdims: { int: 0 } },
      },
      {
        opType: 'ReduceSum',
        inputs: ['mask3', 'axis_sequence'],
        outputs: ['count'],
        attributes: { keepdims: { int: 0 } },
      },
      { opType: 'Div', inputs: ['sum', 'count'], outputs: [output] },
    ],
  };
}

function tokenizerJson(): object {
  const special = (id: number, content: string) => ({
    id,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(0, '[PAD]'), special(1, '[UNK]')],
    normalizer: { type: 'Lowercase' },
    pre_tokenizer: { type: 'Whitespace' },
    post_processor: null,
    decoder: null,
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(TINY_VOCABULARY.map((token, index) => [token, index])),
    },
  };
}

async function writeJson(path: string, value: object): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

export async function writeTinyClipModel(folder: string, options: TinyClipOptions = {}): Promise<void> {
  const family = options.family ?? 'clip';
  const dimensions = options.dimensions ?? 8;
  const size = options.imageSize ?? 16;
  await mkdir(join(folder, 'onnx'), { recursive: true });
  await writeJson(join(folder, 'config.json'), {
    model_type: family,
    architectures: [family === 'clip' ? 'CLIPModel' : 'SiglipModel'],
    projection_dim: dimensions,
    text_config: { hidden_size: dimensions, vocab_size: TINY_VOCABULARY.length, max_position_embeddings: 16 },
    vision_config: { hidden_size: dimensions, image_size: size, patch_size: size },
  });
  await writeJson(join(folder, 'preprocessor_config.json'), {
    image_processor_type: family === 'clip' ? 'CLIPImageProcessor' : 'SiglipImageProcessor',
    do_resize: true,
    size: family === 'clip' ? { shortest_edge: size } : { height: size, width: size },
    do_center_crop: family === 'clip',
    crop_size: { height: size, width: size },
    do_rescale: true,
    rescale_factor: 1 / 255,
    do_normalize: true,
    image_mean: family === 'clip' ? [0.48145466, 0.4578275, 0.40821073] : [0.5, 0.5, 0.5],
    image_std: family === 'clip' ? [0.26862954, 0.26130258, 0.27577711] : [0.5, 0.5, 0.5],
    do_convert_rgb: true,
    resample: 3,
  });
  await writeJson(join(folder, 'tokenizer.json'), tokenizerJson());
  await writeJson(join(folder, 'tokenizer_config.json'), {
    tokenizer_class: family === 'clip' ? 'CLIPTokenizer' : 'SiglipTokenizer',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    model_max_length: 16,
  });
  await writeFile(
    join(folder, 'onnx', 'vision_model.onnx'),
    encodeOnnxModel(visionGraph(family, size, dimensions)),
  );
  await writeFile(join(folder, 'onnx', 'text_model.onnx'), encodeOnnxModel(textGraph(family, dimensions)));
}
