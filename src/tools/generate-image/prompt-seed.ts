import { createHash } from 'node:crypto';

/** Seeds are 32-bit so every backend (and SQLite, and JSON) holds them exactly. */
export const MAX_SEED = 2 ** 32 - 1;

/** The seed used when none is given: from the prompt's hash, so the same prompt gives the same image. */
export function promptSeed(prompt: string): number {
  return createHash('sha256').update(prompt).digest().readUInt32BE(0);
}
