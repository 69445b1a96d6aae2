import { EmbedError } from './embed-error.ts';

/**
 * Returns a unit-length Float32Array copy of `values`. Models that already normalise still pass
 * through here, because a cosine index silently ranks wrongly when one vector is not unit length.
 * A zero or non-finite vector cannot be normalised and is an error naming the input it came from.
 */
export function l2Normalize(values: ArrayLike<number>, label: string): Float32Array {
  let sum = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (!Number.isFinite(value)) {
      throw new EmbedError(
        'EMBEDDING_INVALID',
        `${label}: the model returned a non-finite value at position ${index}`,
        {
          hint: 'The model or server is misbehaving; check its logs, or try another model.',
        },
      );
    }
    sum += value * value;
  }
  if (sum === 0) {
    throw new EmbedError('EMBEDDING_INVALID', `${label}: the model returned an all-zero vector`, {
      hint: 'The model or server is misbehaving; check its logs, or try another model.',
    });
  }
  const scale = 1 / Math.sqrt(sum);
  const out = new Float32Array(values.length);
  for (let index = 0; index < values.length; index++) out[index] = (values[index] as number) * scale;
  return out;
}
