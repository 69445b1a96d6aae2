import { EmbedError } from './embed-error.ts';

/** Reads a whole-number option, refusing nonsense early with the option's name in the message. */
export function integerOption(
  name: string,
  value: number | undefined,
  fallback: number,
  min: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new EmbedError(
      'EMBEDDER_SPEC_INVALID',
      `option ${name} must be a whole number ≥ ${min}, got ${value}`,
      {
        hint: `Pass ${name}: ${fallback}, or leave it out for the default.`,
      },
    );
  }
  return value;
}
