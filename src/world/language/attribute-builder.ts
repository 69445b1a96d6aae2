import type { ColorName } from '../palette.ts';
import type {
  Archetype,
  Category,
  Formality,
  PatternKind,
  PatternScale,
  Season,
  Slot,
} from '../vocabulary.ts';
import type { Match } from './match-phrases.ts';
import type {
  ParsedPrompt,
  PriceRange,
  PromptAttributes,
  PromptLogo,
  PromptParts,
  RecognisedPhrase,
} from './prompt-attributes.ts';

type Note = { index: number; phrase: string; meaning?: string };

/**
 * Collects attributes and keeps the account of which phrase set what. The first mention of an
 * attribute wins; a later contradicting phrase ("a red dress … blue") is reported as ignored rather
 * than silently overwriting, so the caller can see the conflict.
 */
export class AttributeBuilder {
  readonly attributes: PromptAttributes = {};
  private readonly notes: Note[] = [];

  recognise(match: Pick<Match, 'index' | 'phrase'>, meaning: string): true {
    this.notes.push({ index: match.index, phrase: match.phrase, meaning });
    return true;
  }

  ignore(match: Pick<Match, 'index' | 'phrase'>): false {
    this.notes.push({ index: match.index, phrase: match.phrase });
    return false;
  }

  /** Records the outcome of a setter: recognised when it applied, ignored when it conflicted. */
  private settle(match: Match, applied: boolean, meaning: string): boolean {
    return applied ? this.recognise(match, meaning) : this.ignore(match);
  }

  category(match: Match, category: Category): boolean {
    return this.settle(match, setOnce(this.attributes, 'category', category), `category: ${category}`);
  }

  slot(match: Match, slot: Slot): boolean {
    return this.settle(match, setOnce(this.attributes, 'slot', slot), `slot: ${slot}`);
  }

  color(match: Match, color: ColorName): boolean {
    return this.settle(match, setOnce(this.attributes, 'color', color), `color: ${color}`);
  }

  hasColor(): boolean {
    return this.attributes.color !== undefined;
  }

  patternKind(match: Match, kind: PatternKind): boolean {
    this.attributes.pattern ??= { kind };
    return this.settle(match, this.attributes.pattern.kind === kind, `pattern: ${kind}`);
  }

  /** A pattern that can still take a colour: said, not solid, colour not yet said. */
  wantsPatternColor(): boolean {
    const pattern = this.attributes.pattern;
    return pattern !== undefined && pattern.kind !== 'solid' && pattern.color === undefined;
  }

  patternColor(match: Match, color: ColorName): boolean {
    const pattern = this.attributes.pattern;
    if (!pattern || pattern.kind === 'solid') return this.ignore(match);
    return this.settle(match, setOnce(pattern, 'color', color), `pattern color: ${color}`);
  }

  patternScale(match: Match, scale: PatternScale): boolean {
    const pattern = this.attributes.pattern;
    if (!pattern || pattern.kind === 'solid') return this.ignore(match);
    return this.settle(match, setOnce(pattern, 'scale', scale), `pattern scale: ${scale}`);
  }

  patternDirection(match: Match, direction: NonNullable<PromptAttributes['pattern']>['direction']): boolean {
    const pattern = this.attributes.pattern;
    if (!pattern || pattern.kind === 'solid' || direction === undefined) return this.ignore(match);
    return this.settle(match, setOnce(pattern, 'direction', direction), `stripe direction: ${direction}`);
  }

  texture(match: Match, texture: NonNullable<PromptAttributes['texture']>): boolean {
    return this.settle(match, setOnce(this.attributes, 'texture', texture), `texture: ${texture}`);
  }

  /** Sets each part in `parts`; recognised if any applied. */
  parts(match: Match, parts: PromptParts): boolean {
    // Created lazily so that a prompt with no part words keeps no empty `parts` object.
    const target = this.attributes.parts ?? {};
    let applied = false;
    for (const key of Object.keys(parts) as (keyof PromptParts)[]) {
      if (copyPart(target, parts, key)) {
        this.recognise(match, `${key}: ${String(parts[key])}`);
        applied = true;
      }
    }
    if (applied) this.attributes.parts = target;
    return applied || this.ignore(match);
  }

  price(match: Pick<Match, 'index' | 'phrase'>, range: PriceRange, meaning: string): void {
    this.attributes.price = { ...this.attributes.price, ...range };
    this.recognise(match, meaning);
  }

  hardware(match: Match, color: ColorName): boolean {
    return this.settle(match, setOnce(this.attributes, 'hardware', color), `hardware color: ${color}`);
  }

  stitching(match: Match, stitching: ColorName | 'contrast' | null): boolean {
    const current = this.attributes.stitching;
    // A colour refines an earlier bare "contrast stitching".
    const applied =
      current === undefined || current === stitching || (current === 'contrast' && stitching !== null);
    if (applied) this.attributes.stitching = stitching;
    return this.settle(match, applied, `stitching: ${stitching ?? 'none'}`);
  }

  noLogo(match: Match): boolean {
    const applied = this.attributes.logo === undefined || this.attributes.logo === null;
    if (applied) this.attributes.logo = null;
    return this.settle(match, applied, 'logo: none');
  }

  /** Sets one logo field (or just asserts a logo when `field` is undefined). */
  logo<K extends keyof PromptLogo>(match: Match, field?: K, value?: PromptLogo[K]): boolean {
    if (this.attributes.logo === null) return this.ignore(match);
    this.attributes.logo ??= {};
    if (field === undefined || value === undefined) return this.recognise(match, 'logo');
    return this.settle(match, setOnce(this.attributes.logo, field, value), `logo ${field}: ${String(value)}`);
  }

  hasLogo(): boolean {
    return this.attributes.logo !== undefined && this.attributes.logo !== null;
  }

  formality(match: Match, formality: Formality): boolean {
    return this.settle(match, setOnce(this.attributes, 'formality', formality), `formality: ${formality}`);
  }

  season(match: Match, season: Season): boolean {
    return this.settle(match, setOnce(this.attributes, 'season', season), `season: ${season}`);
  }

  archetype(match: Match, archetype: Archetype): boolean {
    this.attributes.archetypes ??= [];
    if (!this.attributes.archetypes.includes(archetype)) this.attributes.archetypes.push(archetype);
    return this.recognise(match, `archetype: ${archetype}`);
  }

  result(): ParsedPrompt {
    const ordered = [...this.notes].sort((first, second) => first.index - second.index);
    const recognised: RecognisedPhrase[] = ordered.flatMap((note) =>
      note.meaning === undefined ? [] : [{ phrase: note.phrase, meaning: note.meaning }],
    );
    // A phrase with several meanings counts as recognised if any of them applied.
    const meaningful = new Set(
      ordered.filter((note) => note.meaning !== undefined).map((note) => note.index),
    );
    const ignoredAt = new Map<number, string>();
    for (const note of ordered) if (!meaningful.has(note.index)) ignoredAt.set(note.index, note.phrase);
    return { attributes: this.attributes, recognised, ignored: [...ignoredAt.values()] };
  }
}

/** Sets `key` if unset; true when it now holds `value` (it was unset or already equal). */
function setOnce<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): boolean {
  if (target[key] === undefined) target[key] = value;
  return target[key] === value;
}

/** Copies one part if it is unset (or already equal); false when it contradicts what was said. */
function copyPart<K extends keyof PromptParts>(target: PromptParts, source: PromptParts, key: K): boolean {
  const value = source[key];
  if (value === undefined) return false;
  if (target[key] === undefined) target[key] = value;
  return target[key] === value;
}
