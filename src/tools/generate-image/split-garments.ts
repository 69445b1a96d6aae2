import { parsePrompt } from '../../world/index.ts';

/** Where one garment's description may end and the next begin. */
const SEPARATOR = /(\s*[,;+&]\s*|\s+(?:with|and|plus)\s+)/i;

/**
 * Splits an outfit prompt into one description per garment: "red skirt with a white blouse and black
 * boots" → three. The world's parser reads one item per prompt and ignores a second garment, so the
 * split happens first. A piece that names no garment stays with its neighbour, separator included,
 * so it reads as before: "with two gold buttons" with the garment before it, and the "black" of
 * "black and white shirt" with the garment after it when no garment came before.
 */
export function splitGarments(prompt: string): string[] {
  const pieces = prompt.split(SEPARATOR);
  const garments: string[] = [];
  let pending = '';
  for (let index = 0; index < pieces.length; index += 2) {
    const piece = pieces[index]!;
    const separator = index > 0 ? pieces[index - 1]! : '';
    const { attributes } = parsePrompt(piece);
    const namesGarment = attributes.category !== undefined || attributes.slot !== undefined;
    if (namesGarment) {
      garments.push(`${pending}${piece}`);
      pending = '';
    } else if (garments.length > 0) {
      garments[garments.length - 1] += `${separator}${piece}`;
    } else {
      // Words before the first garment describe it ("black" in "black and white shirt").
      pending += `${piece}${pieces[index + 1] ?? ''}`;
    }
  }
  return garments.length === 0 ? [prompt] : garments.map((garment) => garment.trim());
}
