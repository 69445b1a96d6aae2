/**
 * Encodes a scalar as a soft one-hot vector: the value votes into its two nearest bin centres with
 * linear weights. The inner product of two such encodings falls smoothly from 1 (equal values) to 0
 * (more than one bin apart), so cosine similarity over them acts as a kernel on the scalar instead
 * of rewarding any two large values, which is what raw scalars in a cosine would do.
 */
export function softBin(
  value: number,
  min: number,
  max: number,
  bins: number,
  out: Float32Array,
  offset: number,
): void {
  const clamped = Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
  const position = ((clamped - min) / (max - min)) * (bins - 1);
  const lower = Math.floor(position);
  const fraction = position - lower;
  out[offset + lower] = (out[offset + lower] as number) + (1 - fraction);
  if (lower + 1 < bins) out[offset + lower + 1] = (out[offset + lower + 1] as number) + fraction;
}

/** Scales `values` in place to unit length (left as zeros when it is all zeros). */
export function normalizeInPlace(values: Float32Array): Float32Array {
  let sum = 0;
  for (const value of values) sum += value * value;
  if (sum === 0) return values;
  const scale = 1 / Math.sqrt(sum);
  for (let index = 0; index < values.length; index++) values[index] = (values[index] as number) * scale;
  return values;
}

/** Square root of every entry: turns histograms into Hellinger form, where cosine = Bhattacharyya. */
export function sqrtInPlace(values: Float32Array): Float32Array {
  for (let index = 0; index < values.length; index++) values[index] = Math.sqrt(values[index] as number);
  return values;
}
