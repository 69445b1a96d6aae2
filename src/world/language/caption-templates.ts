import type { Item } from '../item.ts';
import type { Random } from '../random.ts';
import { detailPhrases } from './caption-details.ts';
import { type Noun, nounFor } from './caption-nouns.ts';
import { partPhrases } from './caption-parts.ts';
import { patternInColor, patternNounPhrase } from './caption-patterns.ts';
import { colorWord, formalityWord, seasonWord, textureWord } from './caption-words.ts';
import { capitalise, joinList, withArticle, words } from './english.ts';

/** The words one caption is built from, chosen once so that every template says the same facts. */
interface CaptionWords {
  noun: Noun;
  color: string;
  texture: string;
  /** "plain"/"solid" for some solid items, '' otherwise. */
  solid: string;
  /** "with thin red stripes", or undefined for a solid item. */
  pattern: string | undefined;
  /** The same pattern said colour-last: "a stripe pattern in red". */
  patternColorLast: string | undefined;
}

interface Template {
  id: string;
  write(caption: CaptionWords): string;
}

/** Agrees a word with the noun: "this jacket comes", "these boots come". */
const agree = (noun: Noun, singular: string, plural: string) => (noun.plural ? plural : singular);

/**
 * Opening sentences. They differ in word order on purpose ("a navy tweed blazer", "this blazer comes
 * in navy tweed", "a tweed blazer in navy", pattern colour before or after its noun), so a model
 * trained or evaluated on captions meets paraphrases, and the parser is exercised on each order.
 */
export const OPENINGS: readonly Template[] = [
  {
    id: 'adjectives',
    write: (caption) =>
      words(
        withArticle(
          words(caption.solid, caption.color, caption.texture, caption.noun.text),
          caption.noun.plural,
        ),
        caption.pattern && `with ${caption.pattern}`,
      ),
  },
  {
    id: 'comes-in',
    write: (caption) =>
      words(
        agree(caption.noun, 'this', 'these'),
        caption.solid,
        caption.noun.text,
        agree(caption.noun, 'comes', 'come'),
        'in',
        caption.color,
        caption.texture,
      ) + (caption.pattern ? `, with ${caption.pattern}` : ''),
  },
  {
    id: 'in-color',
    write: (caption) =>
      words(
        withArticle(words(caption.solid, caption.texture, caption.noun.text), caption.noun.plural),
        'in',
        caption.color,
      ) + (caption.pattern ? `, with ${caption.pattern}` : ''),
  },
  {
    id: 'featuring',
    write: (caption) =>
      words(
        caption.solid,
        caption.color,
        caption.texture,
        caption.noun.text,
        caption.pattern && `featuring ${caption.pattern}`,
      ),
  },
  {
    id: 'pattern-last',
    write: (caption) =>
      words(
        withArticle(words(caption.color, caption.noun.text), caption.noun.plural),
        caption.texture && `in ${caption.texture}`,
        caption.patternColorLast
          ? `with ${caption.patternColorLast}`
          : caption.solid && `in a ${caption.solid} colour`,
      ),
  },
];

/** Second sentences: the parts and details as a list, sometimes with formality and season. */
export const DETAIL_INTROS: readonly Template[] = [
  { id: 'it-has', write: (caption) => agree(caption.noun, 'it has', 'they have') },
  { id: 'details', write: () => 'details:' },
  { id: 'features', write: (caption) => agree(caption.noun, 'it features', 'they feature') },
  { id: 'finished', write: () => 'finished with' },
];

function styleClause(item: Item, random: Random): string | undefined {
  if (!random.chance(0.5)) return undefined;
  const formality = formalityWord(item.formality, random);
  const season = seasonWord(item.season, random);
  return random.pick([
    `${withArticle(formality)} piece for ${season}`,
    `${formality}, for ${season}`,
    `for ${season}`,
    `${formality} style`,
  ]);
}

export interface ComposedCaption {
  text: string;
  /** "opening+details", for measuring how much the captions vary. */
  template: string;
}

export function composeCaption(item: Item, random: Random): ComposedCaption {
  const chosen: CaptionWords = {
    noun: nounFor(item, random),
    color: colorWord(item.color, random),
    texture: textureWord(item.texture, random),
    solid: item.pattern.kind === 'solid' ? random.pick(['', 'plain', 'solid']) : '',
    pattern: patternNounPhrase(item.pattern, random),
    patternColorLast: patternInColor(item.pattern, random),
  };
  const opening = random.pick(OPENINGS);

  const list = [...partPhrases(item, random), ...detailPhrases(item, random)];
  // "Finished with no fastening" reads wrong; a list that opens with an absence takes another intro.
  const intro = random.pick(
    DETAIL_INTROS.filter((template) => template.id !== 'finished' || !list[0]?.startsWith('no ')),
  );
  const style = styleClause(item, random);
  const first = `${capitalise(opening.write(chosen))}.`;
  if (list.length === 0) {
    return { text: style ? `${first} ${capitalise(style)}.` : first, template: `${opening.id}+none` };
  }
  const second = `${capitalise(intro.write(chosen))} ${joinList(list)}${style ? `; ${style}` : ''}.`;
  return { text: `${first} ${second}`, template: `${opening.id}+${intro.id}` };
}
