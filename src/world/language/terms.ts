import type { ColorName } from '../palette.ts';
import type {
  Archetype,
  Category,
  Fit,
  Formality,
  LogoPosition,
  LogoShape,
  LogoSize,
  PatternKind,
  Season,
  Slot,
  StripeDirection,
  Texture,
} from '../vocabulary.ts';
import type { PromptParts } from './prompt-attributes.ts';

/**
 * One meaning of a lexicon phrase. A phrase may carry several ("high heels" is a heel height and,
 * weakly, the heels category). The parser sorts terms into three roles: modifiers wait for the noun
 * they describe (colour, size, direction, number, "no", "contrast"); heads are nouns that take the
 * waiting modifiers (the item, a pattern, buttons, a logo, stitching, pockets); everything else applies
 * directly wherever it stands (texture, parts, formality, season, archetype, logo position).
 */
export type Term =
  /** `weak` categories ("knit", "heel", "button down") only count when no ordinary category word is said. */
  | { kind: 'category'; category: Category; weak: boolean }
  | { kind: 'slot'; slot: Slot }
  /** A noun standing for the item itself: "piece", "garment". */
  | { kind: 'item' }
  | { kind: 'color'; color: ColorName }
  | { kind: 'pattern'; pattern: PatternKind; direction?: StripeDirection }
  /** "pattern", "print": meaningless alone, "no pattern" means solid. */
  | { kind: 'pattern-word' }
  | { kind: 'direction'; direction: StripeDirection }
  /** "wide" is a stripe scale before stripes and a fit anywhere else. */
  | { kind: 'size'; size: LogoSize; fit?: Fit }
  | { kind: 'texture'; texture: Texture }
  /** `negated` is what "no …"/"without …" means ("no collar" → collar none); bare nouns set nothing. */
  | { kind: 'part'; parts: PromptParts; negated?: PromptParts }
  /** Buttons, zips, buckles: the noun a hardware colour and a button count attach to. */
  | { kind: 'hardware'; closure?: 'buttons' | 'zip' }
  | { kind: 'pockets'; plural: boolean }
  | { kind: 'stitching' }
  | { kind: 'contrast' }
  | { kind: 'logo'; shape?: LogoShape }
  | { kind: 'position'; position: LogoPosition }
  | { kind: 'formality'; formality: Formality }
  | { kind: 'season'; season: Season }
  | { kind: 'archetype'; archetype: Archetype }
  | { kind: 'number'; value: number }
  | { kind: 'negation' }
  /** "in", "of": the colours right after belong to the noun before ("a dress in red"). */
  | { kind: 'scope' }
  /** Ends a noun phrase: punctuation, "with", "featuring". */
  | { kind: 'boundary' };

export type TermKind = Term['kind'];
export type TermOf<K extends TermKind> = Extract<Term, { kind: K }>;

export const MODIFIER_KINDS: ReadonlySet<TermKind> = new Set([
  'color',
  'size',
  'direction',
  'number',
  'negation',
  'contrast',
]);
