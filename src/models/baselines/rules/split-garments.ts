import { type ParsedPrompt, parsePrompt } from '../../../world/index.ts';

/**
 * Splits a request that names several garments ("this jacket with wide-leg jeans", "a red top and
 * a navy skirt") into one piece of text per garment. The world parser describes only the first item
 * of a text, so each garment is parsed on its own. A piece that names no garment ("two gold
 * buttons", "what would it look like") belongs to the garment before it, or to the next one when it
 * comes first.
 */
export interface GarmentText {
  text: string;
  parsed: ParsedPrompt;
  /** "this jacket", "my skirt": an item the user already has in view, described elsewhere. */
  referenced: boolean;
}

export interface SplitRequest {
  garments: GarmentText[];
  /** "it", "this", "them" without a garment noun: the item the conversation was just about. */
  pronoun: boolean;
}

/** Captured, so that a garment's pieces are joined back with the words that joined them. */
const JOINERS = /(\s*(?:[,;]|\s(?:with|and|plus|alongside|next to)\s)\s*)/i;
/** "that" is a reference only before a noun phrase: "that jacket", not "a top that goes with". */
const REFERENCE =
  /\b(?:this|these|those|my|the same|that(?!\s+(?:goes|go|would|will|might|can|could|match|matches|works|work|pairs|is|are|i|you)\b))\b/i;
const PRONOUN = /\b(?:it|this|that|these|those|them|this one|that one)\b/i;

const namesGarment = (parsed: ParsedPrompt) =>
  parsed.attributes.category !== undefined || parsed.attributes.slot !== undefined;

export function splitGarments(request: string): SplitRequest {
  const garments: { text: string; head: string }[] = [];
  let leading = '';
  let pronoun = false;
  const tokens = request.split(JOINERS);
  for (let index = 0; index < tokens.length; index += 2) {
    const piece = tokens[index] ?? '';
    const joiner = tokens[index - 1] ?? '';
    if (piece.trim().length === 0) continue;
    if (namesGarment(parsePrompt(piece))) {
      garments.push({ text: `${leading}${piece}`, head: piece });
      leading = '';
      continue;
    }
    if (PRONOUN.test(piece)) pronoun = true;
    const current = garments[garments.length - 1];
    if (current) current.text += `${joiner}${piece}`;
    else leading += `${piece}${tokens[index + 1] ?? ' '}`;
  }
  return {
    garments: garments.map(({ text, head }) => ({
      text: text.trim(),
      parsed: parsePrompt(text),
      referenced: REFERENCE.test(head),
    })),
    pronoun,
  };
}
