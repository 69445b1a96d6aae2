import { CATEGORIES, CATEGORY_INFO, type Category } from '../vocabulary.ts';
import { type LexiconEntry, synonyms } from './lexicon-entry.ts';

/**
 * Words for categories and slots. The vocabulary's own nouns and synonyms are derived (with plurals);
 * the explicit list adds words the vocabulary lacks and words that mean more than a category
 * ("stilettos" are high heels, "booties" ankle boots). Weak categories ("knit", "heel", "button down")
 * name a category only when no ordinary category word is in the prompt: "boots with a low heel" are
 * boots, "a button-down cardigan" is knitwear.
 */
const strong = (category: Category) => ({ kind: 'category', category, weak: false }) as const;
const weak = (category: Category) => ({ kind: 'category', category, weak: true }) as const;

function pluralOf(noun: string): string {
  if (/(ss|sh|ch|x)$/.test(noun)) return `${noun}es`;
  if (noun.endsWith('s')) return noun;
  if (noun.endsWith('f')) return `${noun.slice(0, -1)}ves`;
  return `${noun}s`;
}

/** Nouns and synonyms from the vocabulary, singular and plural; the lexicon adds them only where free. */
export const DERIVED_CATEGORY_WORDS: readonly LexiconEntry[] = CATEGORIES.flatMap((category) => {
  const info = CATEGORY_INFO[category];
  const words = [category, info.noun, ...info.synonyms];
  return synonyms([strong(category)], ...new Set(words.flatMap((word) => [word, pluralOf(word)])));
});

export const CATEGORY_WORDS: readonly LexiconEntry[] = [
  ...synonyms(
    [strong('top')],
    'tank top',
    'tank tops',
    'camisole',
    'tee shirt',
    'tshirt',
    'tshirts',
    'singlet',
  ),
  ...synonyms([strong('top'), { kind: 'part', parts: { length: 'cropped' } }], 'crop top', 'crop tops'),
  ...synonyms([strong('shirt')], 'dress shirt', 'shirts', 'oxford shirt', 'polo shirt'),
  ...synonyms([weak('shirt'), { kind: 'part', parts: { closure: 'buttons' } }], 'button down', 'button up'),
  ...synonyms([strong('knitwear')], 'sweaters', 'cardigans', 'hoodie'),
  ...synonyms([strong('trousers')], 'trouser', 'pants', 'slacks', 'chinos', 'joggers', 'leggings'),
  ...synonyms([strong('skirt'), { kind: 'part', parts: { length: 'mini' } }], 'miniskirt', 'miniskirts'),
  ...synonyms([strong('skirt'), { kind: 'part', parts: { fit: 'slim' } }], 'pencil skirt', 'pencil skirts'),
  ...synonyms([strong('shorts')], 'bermuda shorts', 'bermudas'),
  ...synonyms([strong('dress')], 'shirt dress', 'shirtdress', 'sweater dress', 'slip dress', 'sundresses'),
  ...synonyms([strong('jacket')], 'blazers', 'sport coat', 'suit jacket', 'bomber jacket'),
  ...synonyms([strong('jacket'), { kind: 'texture', texture: 'denim' }], 'jean jacket', 'jean jackets'),
  ...synonyms([strong('coat')], 'trench coat', 'pea coat', 'raincoat', 'puffer', 'topcoat'),
  ...synonyms([strong('sneakers')], 'trainer', 'running shoes', 'tennis shoes'),
  ...synonyms([strong('boots'), { kind: 'part', parts: { shaft: 'ankle' } }], 'booties', 'bootie'),
  ...synonyms([strong('heels'), { kind: 'part', parts: { heel: 'high' } }], 'stilettos', 'stiletto'),
  ...synonyms([strong('heels')], 'pump', 'sandal'),
  ...synonyms([weak('heels'), { kind: 'part', parts: { heel: 'high' } }], 'high heels'),
  ...synonyms([weak('heels'), { kind: 'part', parts: { heel: 'low' } }], 'low heels', 'kitten heels'),
  ...synonyms([weak('heels'), { kind: 'part', parts: { heel: 'mid' } }], 'mid heels', 'block heels'),
  ...synonyms([weak('heels'), { kind: 'part', parts: {}, negated: { heel: 'flat' } }], 'heel'),
  ...synonyms([strong('loafers'), { kind: 'part', parts: { heel: 'flat' } }], 'flats', 'ballet flats'),
  ...synonyms([strong('loafers')], 'moccasin'),
  ...synonyms([strong('bag')], 'tote bag', 'bucket bag'),
  ...synonyms([strong('hat'), { kind: 'part', parts: { brim: 'wide' } }], 'sun hat', 'sunhat'),
  ...synonyms([strong('hat')], 'caps', 'bucket hat'),
  ...synonyms([strong('scarf')], 'scarves'),
  ...synonyms([{ kind: 'slot', slot: 'shoes' }], 'shoes', 'shoe', 'footwear'),
  ...synonyms([{ kind: 'slot', slot: 'outerwear' }], 'outerwear'),
  ...synonyms([{ kind: 'slot', slot: 'bottom' }], 'bottoms'),
  ...synonyms([{ kind: 'slot', slot: 'hat' }], 'headwear'),
  ...synonyms([{ kind: 'item' }], 'piece', 'pieces', 'garment', 'item', 'outfit'),
];
