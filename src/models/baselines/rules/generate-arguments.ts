import { CATEGORY_INFO } from '../../../world/index.ts';
import { wantedCategories } from './attribute-filters.ts';
import type { ConversationView } from './conversation.ts';
import { findDescription, mergeDescription } from './find-description.ts';
import { type GarmentAttributes, garmentPhrase } from './garment-phrase.ts';
import { splitGarments } from './split-garments.ts';

/** The generate_image arguments, exactly as the tool's schema names them. */
export interface GenerateArguments {
  prompt: string;
  seed?: number;
  size?: number;
}

export type GenerateCall =
  | { arguments: GenerateArguments; reason: string }
  | { arguments?: undefined; problem: string };

interface Garment {
  attributes: GarmentAttributes;
  note?: string;
}

/**
 * Builds the prompt for "show me this jacket with wide-leg jeans": one phrase per garment, joined
 * with " with " (which the offline renderer reads as an outfit). An item the user points at ("this
 * jacket", "it") takes its look from where the conversation described it; after a search in the same
 * turn, the searched-for item takes the look of the best result.
 */
export function generateArguments(view: ConversationView, afterSearch: boolean): GenerateCall {
  const split = splitGarments(view.request);
  const earlier = [...view.history, ...view.turn];
  const pointedImage = view.attached[0] ?? view.earlierImage;
  const garments: Garment[] = split.garments.map((garment) => {
    const { price: _price, ...stated } = garment.parsed.attributes;
    if (!garment.referenced && !afterSearch) return { attributes: stated };
    // A generic "top" says only the slot; the described item knows its real category.
    const categories = wantedCategories(garment.parsed);
    const generic = stated.category !== undefined && categories !== undefined && categories.length > 1;
    const { category: _category, ...anyCategory } = stated;
    const own: GarmentAttributes = generic ? anyCategory : stated;
    const slot = stated.category ? CATEGORY_INFO[stated.category].slot : stated.slot;
    const found = findDescription(afterSearch && !garment.referenced ? view.turn : earlier, {
      ...(own.category ? { category: own.category } : {}),
      ...(slot ? { slot } : {}),
    });
    if (!found) {
      const noun = stated.category ?? stated.slot ?? 'item';
      return {
        attributes: stated,
        note: pointedImage
          ? `the ${noun} in ${pointedImage} is not described in the conversation, so its look is left to the renderer`
          : `no description of the ${noun} in the conversation`,
      };
    }
    const attributes = mergeDescription(own, found.attributes);
    return { attributes, note: `the ${attributes.category ?? 'item'} as described: "${found.line}"` };
  });
  if (split.pronoun && !split.garments.some((garment) => garment.referenced)) {
    const except = garments.flatMap((garment) =>
      garment.attributes.category ? [garment.attributes.category] : [],
    );
    const found = findDescription(earlier, { except });
    if (found) {
      garments.unshift({
        attributes: found.attributes,
        note: `"it" is the item described as "${found.line}"`,
      });
    }
  }
  if (garments.length === 0) {
    return {
      problem:
        'rules: the request asks for an image, but names no garment the world renderer knows (try "show me a navy blazer with wide-leg jeans")',
    };
  }
  const prompt = garments.map((garment) => garmentPhrase(garment.attributes)).join(' with ');
  const notes = garments.flatMap((garment) => (garment.note ? [garment.note] : []));
  return {
    arguments: { prompt },
    reason: [`rules: generate "${prompt}"`, ...notes].join('; '),
  };
}
