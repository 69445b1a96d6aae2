import { EmbedError } from '../embed-error.ts';
import { l2Normalize } from '../l2-normalize.ts';

/**
 * Turns a model output tensor of shape [batch, dimensions] into one unit vector per input. Outputs
 * are checked rather than trusted: a model exported without its projection head has other output
 * names, and a wrong export can return the wrong batch size; both must fail loudly, not index junk.
 */
export function outputRows(output: unknown, name: string, expected: number, where: string): Float32Array[] {
  const tensor = typeof output === 'object' && output !== null ? Reflect.get(output, name) : undefined;
  if (typeof tensor !== 'object' || tensor === null) {
    const available =
      typeof output === 'object' && output !== null ? Object.keys(output).join(', ') : 'nothing';
    throw new EmbedError(
      'MODEL_LOAD_FAILED',
      `${where} has no output "${name}" (it returned: ${available})`,
      {
        hint: 'Export the model with its projection head (CLIPVisionModelWithProjection / CLIPTextModelWithProjection), as the Xenova/* repositories do.',
      },
    );
  }
  const dims: unknown = Reflect.get(tensor, 'dims');
  const data: unknown = Reflect.get(tensor, 'data');
  const shape = Array.isArray(dims) ? dims.join(' × ') : String(dims);
  if (!Array.isArray(dims) || dims.length !== 2 || dims[0] !== expected || !(data instanceof Float32Array)) {
    throw new EmbedError(
      'EMBEDDING_INVALID',
      `${where} output "${name}" has shape ${shape} (${data?.constructor.name ?? typeof data}); expected ${expected} × D float32`,
      {
        hint: 'The ONNX export does not match a CLIP/SigLIP embedding tower; re-export it or use another model.',
      },
    );
  }
  const size = dims[1] as number;
  return Array.from({ length: expected }, (_, row) =>
    l2Normalize(data.subarray(row * size, (row + 1) * size), `${where}, input ${row + 1}`),
  );
}
