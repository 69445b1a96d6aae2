import { describe, expect, it } from 'vitest';
import { itemSchema } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import { CATEGORIES } from '../vocabulary.ts';
import { type AttributePath, attributeProblems } from './category-fit.ts';
import { itemCaption } from './item-caption.ts';
import { itemFromPrompt } from './item-from-prompt.ts';
import { itemMismatches } from './item-matches.ts';
import { parsePrompt } from './parse-prompt.ts';
import type { PromptAttributes, PromptParts } from './prompt-attributes.ts';

function fromPrompt(prompt: string, seed = 1) {
  const { attributes } = parsePrompt(prompt);
  return { attributes, ...itemFromPrompt(attributes, Random.for(seed, prompt), 'generated') };
}

/** What should survive: the stated attributes minus those the category cannot have. */
function honoured(attributes: PromptAttributes, paths: readonly AttributePath[]): PromptAttributes {
  const kept: PromptAttributes = structuredClone(attributes);
  for (const path of paths) {
    const [head, field] = path.split('.') as [keyof PromptAttributes, string | undefined];
    if (head === 'parts' && field && kept.parts) delete kept.parts[field as keyof PromptParts];
    else if (head === 'pattern' && field && kept.pattern) delete kept.pattern[field as 'direction' | 'scale'];
    else delete kept[head];
  }
  return kept;
}

const POSSIBLE = [
  'navy pinstripe blazer with two gold buttons',
  'white shirt with red stripes and contrast navy stitching',
  'black t-shirt with a small red star logo on the top left',
  'boho maxi dress in mustard with white flowers',
  'minimalist off-white linen trousers, wide leg, two pockets, under $60',
  'maroon leather ankle boots with a silver zip',
  'black high heels with an ankle strap and a gold buckle',
  'grey knit beanie with a large white heart badge in the centre',
  'a coat without pockets between $100 and $150',
  'a v-neck with two pockets',
  'red shoes',
  'a formal winter coat',
  'thin vertical sky blue stripes',
  'a shirt with no logo and no contrast stitching',
  'a belt in tan suede with a gold buckle',
  'a dress with gold buttons',
];

describe('itemFromPrompt', () => {
  it.each(POSSIBLE)('honours everything said in "%s"', (prompt) => {
    const { attributes, item, dropped } = fromPrompt(prompt);
    expect(Object.keys(attributes).length).toBeGreaterThan(0);
    expect(dropped).toEqual([]);
    expect(itemMismatches(attributes, item)).toEqual([]);
    expect(itemSchema.safeParse(item).success).toBe(true);
  });

  it('builds the blazer of the example', () => {
    const { item } = fromPrompt('navy pinstripe blazer with two gold buttons');
    expect(item).toMatchObject({
      category: 'jacket',
      color: 'navy',
      pattern: { kind: 'pinstripe' },
      parts: { closure: 'buttons', buttons: 2 },
      details: { hardware: 'mustard' },
    });
  });

  it('gives the same item for the same stream', () => {
    const prompt = 'a red striped skirt';
    expect(fromPrompt(prompt, 5).item).toEqual(fromPrompt(prompt, 5).item);
  });

  it.each([
    ['sneakers with a v-neck', 'neckline'],
    ['leather jeans', 'texture'],
    ['a floral coat', 'pattern'],
    ['a belt with a star logo', 'logo'],
    ['jeans with nine pockets', 'pockets'],
    ['formal sneakers', 'formality'],
    ['a summer coat', 'season'],
    ['a jacket with six buttons', 'buttons'],
    ['a leather dress with horizontal polka dots', 'texture'],
    ['loafers with gold hardware', 'hardware'],
    ['black dress with a small red star logo on the top left', 'logo'],
  ])('drops and reports what the category cannot have: "%s"', (prompt, attribute) => {
    const { attributes, item, dropped } = fromPrompt(prompt);
    expect(
      dropped.some((reason) => reason.startsWith(attribute)),
      dropped.join('; '),
    ).toBe(true);
    expect(itemSchema.safeParse(item).success).toBe(true);
    const problems = attributeProblems(item.category, attributes);
    expect(dropped).toEqual(problems.map((problem) => problem.message));
    expect(
      itemMismatches(
        honoured(
          attributes,
          problems.map((problem) => problem.attribute),
        ),
        item,
      ),
    ).toEqual([]);
  });

  it('rebuilds 150 captioned items with everything the caption said, and nothing dropped', () => {
    for (let index = 0; index < 150; index++) {
      const original = sampleItem(Random.for(21, `item:${index}`), { id: `${index}` });
      const { attributes } = parsePrompt(itemCaption(original, Random.for(21, `caption:${index}`)));
      const { item, dropped } = itemFromPrompt(attributes, Random.for(22, `rebuild:${index}`), `${index}`);
      expect(dropped).toEqual([]);
      expect(itemMismatches(attributes, item)).toEqual([]);
      expect(itemSchema.safeParse(item).success).toBe(true);
    }
  });

  it('keeps every generated item valid and honours the rest when words are thrown together', () => {
    const phrases = [
      'red',
      'navy',
      'gold buttons',
      'silver zip',
      'v-neck',
      'two pockets',
      'leather',
      'denim',
      'stripes',
      'white polka dots',
      'small star logo',
      'contrast stitching',
      'formal',
      'summer',
      'under $50',
      'maxi',
      'wide brim',
      'ankle strap',
      'high heel',
      'no collar',
      'fringe',
      'cuffs',
      'three buttons',
      'boho',
      'plaid',
    ];
    const random = new Random(99);
    for (let index = 0; index < 400; index++) {
      const category = random.chance(0.7) ? random.pick(CATEGORIES) : '';
      const prompt = [...random.sample(phrases, random.int(1, 5)), category].join(' with ');
      const { attributes, item, dropped } = fromPrompt(prompt, index);
      expect(itemSchema.safeParse(item).success, prompt).toBe(true);
      const problems = attributeProblems(item.category, attributes);
      expect(dropped, prompt).toEqual(problems.map((problem) => problem.message));
      const kept = honoured(
        attributes,
        problems.map((problem) => problem.attribute),
      );
      expect(itemMismatches(kept, item), prompt).toEqual([]);
    }
  });
});
