import { describe, expect, it } from 'vitest';
import { COLOR_NAMES } from '../palette.ts';
import { Random } from '../random.ts';
import { COLOR_PHRASES } from './color-aliases.ts';
import { parsePrompt } from './parse-prompt.ts';
import { type PromptAttributes, promptAttributesSchema } from './prompt-attributes.ts';

/** Hand-written prompts and exactly what they should mean: nothing more, nothing less. */
const CASES: readonly [prompt: string, expected: PromptAttributes][] = [
  [
    'navy pinstripe blazer with two gold buttons',
    {
      category: 'jacket',
      color: 'navy',
      pattern: { kind: 'pinstripe' },
      parts: { closure: 'buttons', buttons: 2 },
      hardware: 'mustard',
    },
  ],
  [
    'white shirt with red stripes',
    { category: 'shirt', color: 'white', pattern: { kind: 'stripes', color: 'red' } },
  ],
  [
    'black dress with a small red star logo on the top left',
    {
      category: 'dress',
      color: 'black',
      logo: { shape: 'star', color: 'red', size: 'small', position: 'top-left' },
    },
  ],
  [
    'red and white striped shirt',
    { category: 'shirt', color: 'red', pattern: { kind: 'stripes', color: 'white' } },
  ],
  [
    'dress in navy and white stripes',
    { category: 'dress', color: 'navy', pattern: { kind: 'stripes', color: 'white' } },
  ],
  ['a jacket in navy pinstripe', { category: 'jacket', color: 'navy', pattern: { kind: 'pinstripe' } }],
  [
    'a v-neck tshirt with three quarter sleeves',
    { category: 'top', parts: { neckline: 'v-neck', sleeve: 'three-quarter' } },
  ],
  [
    'V neck T-shirt with 3/4 sleeves',
    { category: 'top', parts: { neckline: 'v-neck', sleeve: 'three-quarter' } },
  ],
  [
    'boho maxi dress in mustard with white flowers',
    {
      category: 'dress',
      color: 'mustard',
      archetypes: ['bohemian'],
      parts: { length: 'maxi' },
      pattern: { kind: 'floral', color: 'white' },
    },
  ],
  [
    'minimalist off-white linen trousers, wide leg, two pockets',
    {
      category: 'trousers',
      color: 'ivory',
      texture: 'linen',
      archetypes: ['minimalist'],
      parts: { fit: 'wide', pockets: 2 },
    },
  ],
  [
    'maroon leather ankle boots with a silver zip',
    {
      category: 'boots',
      color: 'burgundy',
      texture: 'leather',
      parts: { shaft: 'ankle', closure: 'zip' },
      hardware: 'grey',
    },
  ],
  ['cognac suede loafers', { category: 'loafers', color: 'tan', texture: 'suede' }],
  [
    'mint polka dot blouse with a peter pan collar',
    { category: 'blouse', color: 'turquoise', pattern: { kind: 'dots' }, parts: { collar: 'peter-pan' } },
  ],
  [
    'black high heels with an ankle strap and a gold buckle',
    { category: 'heels', color: 'black', parts: { heel: 'high', strap: 'ankle' }, hardware: 'mustard' },
  ],
  ['pumps', { category: 'heels' }],
  ['a grey jumper with contrast red stitching', { category: 'knitwear', color: 'grey', stitching: 'red' }],
  ['a jumper with contrast stitching', { category: 'knitwear', stitching: 'contrast' }],
  [
    'three-button navy blazer',
    { category: 'jacket', color: 'navy', parts: { closure: 'buttons', buttons: 3 } },
  ],
  ['a coat without pockets', { category: 'coat', parts: { pockets: 0 } }],
  ['a coat with pockets', { category: 'coat', parts: { pockets: 'some' } }],
  ['a shirt with a single chest pocket', { category: 'shirt', parts: { pockets: 1 } }],
  ['a shirt with no logo', { category: 'shirt', logo: null }],
  [
    'white tee with a large navy circle logo in the centre',
    {
      category: 'top',
      color: 'white',
      logo: { shape: 'circle', color: 'navy', size: 'large', position: 'center' },
    },
  ],
  ['a badge in red', { logo: { color: 'red' } }],
  ['thin vertical stripes', { pattern: { kind: 'stripes', scale: 'small', direction: 'vertical' } }],
  ['wide-leg jeans', { category: 'jeans', parts: { fit: 'wide' } }],
  ['a blue denim jacket', { category: 'jacket', color: 'blue', texture: 'denim' }],
  ['denim blue jacket', { category: 'jacket', color: 'denim' }],
  ['a knit scarf', { category: 'scarf', texture: 'knit' }],
  ['a chunky knit', { category: 'knitwear', texture: 'knit' }],
  ['red shoes', { slot: 'shoes', color: 'red' }],
  ['boots with a low heel', { category: 'boots', parts: { heel: 'low' } }],
  ['sleeveless midi skirt', { category: 'skirt', parts: { sleeve: 'sleeveless', length: 'midi' } }],
  ['a formal winter coat', { category: 'coat', formality: 5, season: 'winter' }],
  ['smart casual fall blazer', { category: 'jacket', formality: 3, season: 'autumn' }],
  ['a button-down cardigan', { category: 'knitwear', parts: { closure: 'buttons' } }],
  ['a hat with no brim', { category: 'hat', parts: { brim: 'none' } }],
  ['red sneakers under $60', { category: 'sneakers', color: 'red', price: { max: 60 } }],
  ['a dress less than 80 dollars', { category: 'dress', price: { max: 80 } }],
  ['a bag between $20 and $50', { category: 'bag', price: { min: 20, max: 50 } }],
  ['a coat over 100', { category: 'coat', price: { min: 100 } }],
  ['a belt for $30 or less', { category: 'belt', price: { max: 30 } }],
  ['sporty streetwear sneakers', { category: 'sneakers', archetypes: ['sporty', 'streetwear'] }],
];

describe('parsePrompt', () => {
  it.each(CASES)('reads "%s"', (prompt, expected) => {
    const parsed = parsePrompt(prompt);
    expect(parsed.attributes).toEqual(expected);
    expect(parsed.ignored).toEqual([]);
    // The result is a valid tool argument as well: the same shape a model would send.
    expect(promptAttributesSchema.safeParse(parsed.attributes).success).toBe(true);
  });

  it('says what each phrase meant, in prompt order', () => {
    expect(parsePrompt('navy pinstripe blazer with two gold buttons').recognised).toEqual([
      { phrase: 'navy', meaning: 'color: navy' },
      { phrase: 'pinstripe', meaning: 'pattern: pinstripe' },
      { phrase: 'blazer', meaning: 'category: jacket' },
      { phrase: 'two', meaning: 'buttons: 2' },
      { phrase: 'gold', meaning: 'hardware color: mustard' },
      { phrase: 'buttons', meaning: 'closure: buttons' },
    ]);
  });

  it('reports the words that meant nothing, but not stop words', () => {
    expect(parsePrompt('navy blazer with vibes').ignored).toEqual(['vibes']);
    expect(parsePrompt('please show me a glam sequin gown').ignored).toEqual(['sequin']);
  });

  it('reports words about a second garment as ignored instead of mixing them in', () => {
    const parsed = parsePrompt('navy blazer and white sneakers');
    expect(parsed.attributes).toEqual({ category: 'jacket', color: 'navy' });
    expect(parsed.ignored).toEqual(['white', 'sneakers']);
  });

  it('keeps the first of two contradicting statements and reports the second', () => {
    const parsed = parsePrompt('a red dress, blue');
    expect(parsed.attributes.color).toBe('red');
    expect(parsed.ignored).toEqual(['blue']);
  });

  it('returns empty attributes when nothing is recognised', () => {
    expect(parsePrompt('something nice for the weekend party vibes').attributes).toEqual({ formality: 2 });
    const parsed = parsePrompt('hello there, lovely day');
    expect(parsed).toEqual({ attributes: {}, recognised: [], ignored: ['hello', 'there', 'lovely', 'day'] });
    expect(parsePrompt('').attributes).toEqual({});
  });

  it('maps every palette name and colour alias to its palette colour', () => {
    for (const name of COLOR_NAMES.filter((color) => color !== 'denim')) {
      expect(parsePrompt(`a ${name} shirt`).attributes.color, name).toBe(name);
    }
    for (const [phrase, color] of COLOR_PHRASES) {
      if (phrase === 'denim') continue;
      expect(parsePrompt(`a ${phrase} shirt`).attributes.color, phrase).toBe(color);
    }
    expect(parsePrompt('gold').attributes.color).toBe('mustard');
    expect(parsePrompt('silver').attributes.color).toBe('grey');
    expect(parsePrompt('off-white').attributes.color).toBe('ivory');
  });

  it('never throws, whatever the text', () => {
    const random = new Random(7);
    const alphabet = 'abcdefghijklmnopqrstuvwxyz $-,./3&\'"0123456789()—';
    for (let index = 0; index < 300; index++) {
      const text = Array.from({ length: random.int(0, 80) }, () => random.pick([...alphabet])).join('');
      expect(() => parsePrompt(text)).not.toThrow();
    }
    expect(() => parsePrompt('no no no with with in in of , , $ $$ 3/4/5 ---')).not.toThrow();
  });
});
