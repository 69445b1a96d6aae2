import { parsePrompt } from '../../../world/index.ts';
import { attributeFilters, categoryFilter, priceFilters, wantedCategories } from './attribute-filters.ts';
import type { ConversationView } from './conversation.ts';
import { type GarmentAttributes, garmentPhrase } from './garment-phrase.ts';

/** The search_catalog arguments, exactly as the tool's schema names them. */
export interface SearchArguments {
  text?: string;
  images?: string[];
  board?: string;
  filters?: string[];
  k?: number;
}

/**
 * "a top that goes with this skirt": what follows the cue is the item the result must go with,
 * so its category is excluded rather than searched for.
 */
const MATCH_CUE =
  /\b(?:(?:that|which|to|would|will|could|can|might)\s+)*(?:goes|go|going|pairs?|pairing|paired|works?|match(?:es|ing)?|coordinates?|complements?|wear|styled?)\s+(?:well\s+|nicely\s+)?with\b|\b(?:(?:that|which|to)\s+)?(?:match(?:es|ing)?|complements?|complementing)\b/i;
/** The search tool's limits: it rejects more filters or a longer text than this. */
const MAX_FILTERS = 16;
const MAX_TEXT = 2000;
/** Words that point at an image already in the conversation when none is attached now. */
const POINTS_AT_IMAGE = /\b(?:this|these|it|them|that one|similar|same)\b/i;

function describable(attributes: GarmentAttributes): GarmentAttributes {
  const { price: _price, ...rest } = attributes;
  return rest;
}

export interface SearchCall {
  arguments: SearchArguments;
  reason: string;
}

export function searchArguments(view: ConversationView, board: string | undefined): SearchCall {
  const request = view.request;
  const cue = MATCH_CUE.exec(request);
  const wantedText = cue ? request.slice(0, cue.index) : request;
  const referenceText = cue ? request.slice(cue.index + cue[0].length) : '';
  const wanted = parsePrompt(wantedText);
  const reference = parsePrompt(referenceText).attributes;
  const {
    category: _category,
    slot: _slot,
    archetypes: _archetypes,
    ...rest
  } = describable(wanted.attributes);
  const category = categoryFilter({ wanted: wantedCategories(wanted), excluded: reference.category });
  const prices = priceFilters(parsePrompt(request));
  const room = MAX_FILTERS - prices.length - (category ? 1 : 0);
  const filters = [
    ...(category ? [category] : []),
    ...attributeFilters(rest).slice(0, Math.max(0, room)),
    ...prices,
  ];

  const images =
    view.attached.length > 0
      ? view.attached
      : view.earlierImage && POINTS_AT_IMAGE.test(request)
        ? [view.earlierImage]
        : [];
  const described = describable(wanted.attributes);
  let text = Object.keys(described).length > 0 ? garmentPhrase(described) : undefined;
  // With nothing to look at and nothing recognised, the words themselves are the query.
  if (!text && images.length === 0 && !board) text = request.slice(0, MAX_TEXT);

  const searchArguments: SearchArguments = {};
  if (text) searchArguments.text = text;
  if (images.length > 0) searchArguments.images = images;
  if (board) searchArguments.board = board;
  if (filters.length > 0) searchArguments.filters = filters;

  const said = [
    filters.length > 0 ? filters.join(', ') : 'no filters',
    text ? `text "${text}"` : '',
    images.length > 0 ? `image ${images.join(', ')}` : '',
    board ? `board ${board}` : '',
    reference.category ? `to go with a ${reference.category}` : '',
  ].filter(Boolean);
  return { arguments: searchArguments, reason: `rules: search with ${said.join(', ')}` };
}
