import { describe, expect, it } from 'vitest';
import type { Item } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import { CATEGORY_INFO } from '../vocabulary.ts';
import { composeCaption, DETAIL_INTROS, OPENINGS } from './caption-templates.ts';
import { itemCaption, outfitCaption } from './item-caption.ts';
import { numberWord } from './number-words.ts';
import { parsePrompt } from './parse-prompt.ts';

const jackets: readonly Item[] = Array.from({ length: 100 }, (_, index) =>
  sampleItem(Random.for(3, `jacket:${index}`), { id: `jacket-${index}`, category: 'jacket' }),
);

describe('itemCaption', () => {
  it('gives the same text for the same random stream, and different text for another', () => {
    const item = jackets[0] as Item;
    expect(itemCaption(item, Random.for(1, 'caption'))).toBe(itemCaption(item, Random.for(1, 'caption')));
    const texts = new Set(
      Array.from({ length: 20 }, (_, seed) => itemCaption(item, Random.for(seed, 'caption'))),
    );
    expect(texts.size).toBeGreaterThan(10);
  });

  it('varies its wording across 100 items of one category', () => {
    const composed = jackets.map((item, index) => composeCaption(item, Random.for(3, `caption:${index}`)));
    const openings = new Set(composed.map((caption) => caption.template.split('+')[0]));
    expect(openings.size).toBe(OPENINGS.length);
    // 5 openings × 4 detail intros: at least 15 of the 20 combinations show up in 100 captions.
    expect(OPENINGS.length * DETAIL_INTROS.length).toBe(20);
    expect(new Set(composed.map((caption) => caption.template)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(composed.map((caption) => caption.text)).size).toBe(100);
  });

  it('is one or two sentences and starts with a capital', () => {
    for (const [index, item] of jackets.entries()) {
      const caption = itemCaption(item, Random.for(4, `caption:${index}`));
      expect(caption.match(/\.(\s|$)/g)?.length ?? 0, caption).toBeLessThanOrEqual(2);
      expect(caption[0], caption).toMatch(/[A-Z]/);
      expect(caption, caption).not.toMatch(/\s{2}|\s[,.;]|\ba [aeio]/);
    }
  });

  it('states button and pocket counts in words', () => {
    let counted = 0;
    for (const [index, item] of jackets.entries()) {
      const caption = itemCaption(item, Random.for(5, `caption:${index}`));
      const { buttons, pockets } = item.parts;
      if (buttons !== undefined && buttons > 1) {
        expect(caption, caption).toMatch(new RegExp(`\\b${numberWord(buttons)} (\\S+ )?buttons`));
        counted++;
      }
      if (pockets !== undefined && pockets > 1) {
        expect(caption, caption).toMatch(new RegExp(`\\b${numberWord(pockets)} (patch )?pockets`));
        counted++;
      }
      if (buttons === 1) expect(caption, caption).toMatch(/\b(a single|one) (\S+ )?button\b/);
    }
    expect(counted).toBeGreaterThan(50);
  });

  it('mentions the logo shape and the stitching when the item has them', () => {
    const items = Array.from({ length: 200 }, (_, index) =>
      sampleItem(Random.for(6, `item:${index}`), { id: `${index}`, archetypes: { streetwear: 1 } }),
    );
    const withLogo = items.filter((item) => item.details.logo);
    expect(withLogo.length).toBeGreaterThan(20);
    for (const [index, item] of withLogo.entries()) {
      expect(itemCaption(item, Random.for(6, `caption:${index}`))).toContain(item.details.logo?.shape);
    }
  });
});

describe('outfitCaption', () => {
  const outfit = (['jacket', 'shirt', 'trousers', 'loafers'] as const).map((category, index) =>
    sampleItem(Random.for(8, `outfit:${index}`), { id: `${index}`, category }),
  );

  it('names every item of a flat lay, each readable on its own', () => {
    const caption = outfitCaption(outfit, Random.for(8, 'outfit'));
    expect(caption).toBe(outfitCaption(outfit, Random.for(8, 'outfit')));
    const list = caption.replace(/^[^:]*:|^A flat lay of|^A flat-lay outfit of/, '').replace(/\.$/, '');
    const pieces = list.split(/, | and /);
    expect(pieces).toHaveLength(outfit.length);
    for (const [index, piece] of pieces.entries()) {
      const item = outfit[index] as Item;
      const read = parsePrompt(piece).attributes;
      expect(read.category, piece).toBe(item.category);
      expect(read.color, piece).toBe(item.color);
    }
  });

  it('says an empty flat lay is empty', () => {
    expect(outfitCaption([], Random.for(1, 'x'))).toBe('An empty flat lay.');
  });

  it('uses a noun every category can be read back from', () => {
    for (const category of Object.keys(CATEGORY_INFO) as (keyof typeof CATEGORY_INFO)[]) {
      const item = sampleItem(Random.for(9, category), { id: category, category });
      expect(parsePrompt(outfitCaption([item], Random.for(9, category))).attributes.category).toBe(category);
    }
  });
});
