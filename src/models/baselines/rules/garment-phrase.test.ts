import { describe, expect, it } from 'vitest';
import { type Item, parsePrompt, Random, sampleItem } from '../../../world/index.ts';
import { type GarmentAttributes, garmentPhrase } from './garment-phrase.ts';

/** Everything a world item states that a prompt can ask for. */
function statedAttributes(item: Item): GarmentAttributes {
  const attributes: GarmentAttributes = {
    category: item.category,
    color: item.color as GarmentAttributes['color'],
    formality: item.formality as GarmentAttributes['formality'],
    season: item.season,
  };
  if (item.texture !== 'plain') attributes.texture = item.texture;
  if (item.pattern.kind !== 'solid') attributes.pattern = item.pattern as GarmentAttributes['pattern'];
  if (Object.keys(item.parts).length > 0) attributes.parts = item.parts;
  if (item.details.hardware) attributes.hardware = item.details.hardware as GarmentAttributes['hardware'];
  if (item.details.logo) attributes.logo = item.details.logo as GarmentAttributes['logo'];
  if (item.details.stitching) attributes.stitching = item.details.stitching as GarmentAttributes['stitching'];
  return attributes;
}

const ITEMS = Array.from({ length: 300 }, (_, index) =>
  sampleItem(Random.for(23, `item:${index}`), { id: `item-${index}` }),
);

describe('garmentPhrase', () => {
  it('writes every attribute of a world item in words the prompt parser reads back exactly', () => {
    const misread = ITEMS.flatMap((item) => {
      const attributes = statedAttributes(item);
      const phrase = garmentPhrase(attributes);
      const parsed = parsePrompt(phrase);
      const same = JSON.stringify(sorted(parsed.attributes)) === JSON.stringify(sorted(attributes));
      return same && parsed.ignored.length === 0 ? [] : [{ phrase, parsed: parsed.attributes, attributes }];
    });
    expect(misread).toEqual([]);
  });

  it('never joins words with "with" or "and", which would split an outfit prompt', () => {
    for (const item of ITEMS) expect(garmentPhrase(statedAttributes(item))).not.toMatch(/\s(with|and)\s/);
  });

  it('names a slot when no category was said', () => {
    expect(garmentPhrase({ slot: 'shoes', color: 'red' })).toBe('red shoes');
    expect(parsePrompt(garmentPhrase({ slot: 'shoes', color: 'red' })).attributes).toEqual({
      slot: 'shoes',
      color: 'red',
    });
  });

  it('keeps a short request short', () => {
    expect(garmentPhrase({ category: 'jeans', parts: { fit: 'wide' } })).toBe('wide-leg jeans');
    expect(garmentPhrase({ category: 'jacket', color: 'navy', pattern: { kind: 'pinstripe' } })).toBe(
      'navy pinstripe jacket',
    );
  });
});

/** Key order carries no meaning in attributes; compare them sorted. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([key, inner]) => [key, sorted(inner)]),
  );
}
