import { parsePrompt } from '../../../world/index.ts';

/**
 * Decides which tools a request needs, in order, from its words alone. Every rule is a visible
 * pattern so that a reader of a trace can say why the baseline did what it did.
 */
export type PlanStep = 'get_board' | 'search_catalog' | 'generate_image';

export interface RequestPlan {
  steps: PlanStep[];
  /** The request speaks of the user's board or taste. */
  aboutBoard: boolean;
}

/** Asking for a picture: explicit verbs, "what would it look like", "show me this X with Y". */
const GENERATE =
  /\b(?:render|visuali[sz]e|visuali[sz]ation|generate|draw|sketch|imagine|mock ?up|looks? like|would look|how (?:would|will|does|do) (?:it|this|that|they|these)\b[^.?!]*\blook|picture of|image of|show (?:me )?(?:it|this|that|them|these|my)\b[^.?!]*\b(?:with|together|on)\b|put (?:it|this|that|them) (?:together|with)|(?:try|style) (?:it|this|that|them) with|(?:show|see) (?:me )?(?:the |an? )?(?:whole )?(?:outfit|look)\b|how (?:it|this|that|they|these) (?:would |will |might )?look)/i;
/** Asking for catalog items, unmistakably. */
const SEARCH =
  /\b(?:find|search|look(?:ing)? for|recommend|recommendations?|suggest|suggestions?|similar|alternatives?|do you have|have you got|goes? with|go with|match(?:es|ing)?|pairs? with|to wear with)\b/i;
/** Asking for items, if the request also names one ("show me red skirts", "I need boots"). */
const SOFT_SEARCH = /\b(?:show|see|need|want|get me|buy|shop|options?|ideas?|any)\b/i;
const BOARD = /\b(?:boards?|taste|aesthetic|saved items|saves|pins)\b|\b(?:my|our|their) style\b/i;
const QUESTION = /\?\s*$|^\s*(?:what|which|who|why|how|is|are|does|do|did|can|could|should|would|will)\b/i;

export function planRequest(request: string): RequestPlan {
  const attributes = parsePrompt(request).attributes;
  const namesItem = attributes.category !== undefined || attributes.slot !== undefined;
  const aboutBoard = BOARD.test(request);
  const generate = GENERATE.test(request);
  const search =
    SEARCH.test(request) ||
    (!generate && SOFT_SEARCH.test(request) && namesItem) ||
    (!generate && namesItem && !QUESTION.test(request));
  const steps: PlanStep[] = [];
  if (aboutBoard && (search || !generate)) steps.push('get_board');
  if (search) steps.push('search_catalog');
  if (generate) steps.push('generate_image');
  return { steps, aboutBoard };
}
