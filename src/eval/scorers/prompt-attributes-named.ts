import { type ParsedPrompt, parsePrompt } from '../../world/index.ts';
import { normalizeAnswer } from './normalize-answer.ts';

type PromptAttributes = ParsedPrompt['attributes'];

/** The parsed attributes as flat "path → value" pairs: color, pattern.kind, parts.buttons, logo.shape… */
function flatten(attributes: PromptAttributes): Map<string, Set<string>> {
  const flat = new Map<string, Set<string>>();
  const add = (path: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const entry of value) add(path, entry);
    } else if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) add(`${path}.${key}`, inner);
    } else {
      const values = flat.get(path) ?? new Set<string>();
      values.add(normalizeAnswer(String(value)));
      flat.set(path, values);
    }
  };
  for (const [key, value] of Object.entries(attributes)) add(key, value);
  return flat;
}

/** Expected keys may use the item record's names ("details.logo.shape") or shorthands ("pattern"). */
function canonicalKey(key: string): string {
  const bare = key.trim().replace(/^details\./, '');
  if (bare === 'pattern' || bare === 'logo') return `${bare}.${bare === 'pattern' ? 'kind' : 'shape'}`;
  if (bare === 'archetype') return 'archetypes';
  return bare;
}

const SEPARATOR = /(\s*[,;+&]\s*|\s+(?:with|and|plus|under|over|beneath)\s+)/i;

/**
 * The ways the world's parser can read a prompt: the whole of it, and each garment-sized piece. The
 * parser reads one item per prompt, so "a white shirt under a navy jacket" says nothing about the
 * jacket until it is read piece by piece; windows of two pieces keep "navy blazer with two gold
 * buttons" together.
 */
function readings(prompt: string): Map<string, Set<string>>[] {
  const parts = prompt.split(SEPARATOR);
  const pieces: string[] = [];
  for (let index = 0; index < parts.length; index += 2) pieces.push(parts[index]!);
  const texts = new Set([prompt]);
  for (let start = 0; start < pieces.length; start += 1) {
    texts.add(pieces[start]!);
    if (start + 1 < pieces.length) texts.add(`${pieces[start]}${parts[2 * start + 1]}${pieces[start + 1]}`);
  }
  return [...texts].map((text) => flatten(parsePrompt(text).attributes));
}

/**
 * The share of the wanted attributes ({category: 'jacket', color: 'navy'}) that one garment of the
 * prompt carries, as the world's parser reads it: the best-matching reading counts, so the attributes
 * must belong to the same garment ("white jacket and navy shirt" names half of a navy jacket).
 */
export function promptAttributesNamed(prompt: string, wanted: Record<string, string>): number {
  const entries = Object.entries(wanted).map(
    ([key, value]) => [canonicalKey(key), normalizeAnswer(value)] as const,
  );
  if (entries.length === 0) return 1;
  let best = 0;
  for (const reading of readings(prompt)) {
    const named = entries.filter(([key, value]) => reading.get(key)?.has(value) ?? false).length;
    best = Math.max(best, named / entries.length);
  }
  return best;
}
