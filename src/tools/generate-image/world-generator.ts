import { AtelierError } from '../../core/index.ts';
import {
  type Item,
  itemFromPrompt,
  type ParsedPrompt,
  parsePrompt,
  Random,
  renderItemSvg,
  renderOutfitSvg,
  svgToPng,
} from '../../world/index.ts';
import type { GeneratedImage, ImageGenerator } from './image-generator.ts';
import { splitGarments } from './split-garments.ts';

interface Garment {
  text: string;
  parsed: ParsedPrompt;
  item: Item;
  dropped: string[];
}

function describeGarment(garment: Garment): string {
  const { item } = garment;
  const pattern = item.pattern.kind === 'solid' ? '' : ` (${item.pattern.kind})`;
  return `${item.color} ${item.category}${pattern}`;
}

function summarise(garments: readonly Garment[]): string {
  const understood = garments.flatMap((garment) =>
    garment.parsed.recognised.map((phrase) => `"${phrase.phrase}" (${phrase.meaning})`),
  );
  const ignored = garments.flatMap((garment) => garment.parsed.ignored);
  const dropped = garments.flatMap((garment) => garment.dropped);
  const drawn =
    garments.length === 1
      ? `drew a ${describeGarment(garments[0]!)}`
      : `drew an outfit flat-lay of ${garments.length} items: ${garments.map(describeGarment).join(', ')}`;
  return [
    drawn,
    `understood ${understood.join(', ')}`,
    ignored.length > 0 ? `ignored ${ignored.map((word) => `"${word}"`).join(', ')}` : '',
    dropped.length > 0 ? `left out ${dropped.join('; ')}` : '',
  ]
    .filter((part) => part !== '')
    .join('; ');
}

/**
 * The offline backend: the world's parser reads the prompt onto its vocabulary, the seed fills in
 * what was left open, the renderer draws it. One garment gives a product shot (the same picture as
 * `atelier world render` for that prompt and seed); several give an outfit flat-lay.
 */
export function createWorldGenerator(): ImageGenerator {
  return {
    id: 'world',
    describe: () => 'the offline world renderer',
    async generate({ prompt, seed, size }): Promise<GeneratedImage> {
      const split = splitGarments(prompt);
      // One garment is read from the whole prompt, exactly as renderPrompt reads it.
      const texts = split.length === 1 ? [prompt] : split;
      const garments = texts.map((text, index): Garment => {
        const parsed = parsePrompt(text);
        // A single garment draws from renderPrompt's stream, so both make the same item.
        const label = texts.length === 1 ? `prompt:${prompt}` : `prompt:${prompt}#${index}`;
        const id = texts.length === 1 ? 'generated' : `generated-${index + 1}`;
        const { item, dropped } = itemFromPrompt(parsed.attributes, Random.for(seed, label), id);
        return { text, parsed, item, dropped };
      });
      if (garments.every((garment) => garment.parsed.recognised.length === 0)) {
        throw new AtelierError(
          'PROMPT_NOT_UNDERSTOOD',
          `the world renderer recognised nothing in "${prompt}"`,
          {
            hint: 'Name a garment with its colour or pattern, e.g. "red striped skirt" or "navy blazer with white sneakers".',
          },
        );
      }
      const items = garments.map((garment) => garment.item);
      const svg = items.length === 1 ? renderItemSvg(items[0]!, { size }) : renderOutfitSvg(items, { size });
      const bytes = await svgToPng(svg);
      return {
        bytes,
        mediaType: 'image/png',
        width: size,
        height: size,
        summary: summarise(garments),
        parameters: {
          size,
          items: garments.map((garment) => ({ text: garment.text, item: garment.item })),
          understood: garments.flatMap((garment) => garment.parsed.recognised),
          ignored: garments.flatMap((garment) => garment.parsed.ignored),
          dropped: garments.flatMap((garment) => garment.dropped),
        },
      };
    },
  };
}
