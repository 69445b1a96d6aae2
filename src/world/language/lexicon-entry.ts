import type { Term } from './terms.ts';

/** A phrase and what it means; phrases are written as people type them and canonicalised on load. */
export type LexiconEntry = readonly [phrase: string, terms: readonly Term[]];

/** Many phrases, one meaning: `synonyms([{ kind: 'texture', texture: 'silk' }], 'silk', 'satin')`. */
export function synonyms(terms: readonly Term[], ...phrases: string[]): LexiconEntry[] {
  return phrases.map((phrase) => [phrase, terms] as const);
}
