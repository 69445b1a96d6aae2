import type { ColorName } from '../palette.ts';
import type { Category } from '../vocabulary.ts';
import type { AttributeBuilder } from './attribute-builder.ts';
import { isPatternAdjective, startsNextPhrase } from './lookahead.ts';
import type { Match } from './match-phrases.ts';
import {
  hardwareHead,
  logoHead,
  type Modifier,
  type ModifierTerm,
  patternAdjective,
  patternNoun,
  pocketsHead,
  stitchingHead,
} from './phrase-heads.ts';
import { MODIFIER_KINDS, type Term, type TermOf } from './terms.ts';

/** The noun a colour, size or count can belong to. */
type Head = 'item' | 'other-item' | 'pattern' | 'hardware' | 'logo' | 'stitching' | 'pockets';

const isModifier = (term: Term): term is ModifierTerm => MODIFIER_KINDS.has(term.kind);
const isCategory = (term: Term): term is TermOf<'category'> => term.kind === 'category';

/**
 * Gives each phrase its role in the prompt. Modifiers (colours, sizes, counts, "no") wait for the next
 * noun and go to it: in "two gold buttons" the count and the colour belong to the buttons, in "white
 * shirt with red stripes" red belongs to the stripes. A pattern word just before the item's noun is an
 * adjective and leaves the colour to the item ("navy pinstripe blazer"). Colours after "in"/"of" go to
 * the noun before ("a logo in red"). Punctuation and "with" end a noun phrase; a colour still waiting
 * there becomes the main colour if none was said. Only the first item is described: words about a
 * second garment ("… and white sneakers") are reported as ignored.
 */
export function interpretMatches(matches: readonly Match[], builder: AttributeBuilder): void {
  const state = new Interpretation(matches, builder);
  matches.forEach((match, index) => {
    state.visit(match, index);
  });
  state.finish();
}

class Interpretation {
  private pending: Modifier[] = [];
  private lastHead: Head | undefined;
  private scoped = false;
  private readonly positions: Match[] = [];
  private readonly primary: Category | undefined;

  constructor(
    private readonly matches: readonly Match[],
    private readonly builder: AttributeBuilder,
  ) {
    const categories = matches.flatMap((match) => match.terms.filter(isCategory));
    this.primary = (categories.find((term) => !term.weak) ?? categories[0])?.category;
  }

  visit(match: Match, index: number): void {
    const [first] = match.terms;
    if (first === undefined) return;
    if (first.kind === 'boundary') {
      this.flush();
    } else if (first.kind === 'scope') {
      this.scoped = true;
    } else if (
      first.kind === 'color' &&
      this.scoped &&
      this.lastHead &&
      !startsNextPhrase(this.matches, index)
    ) {
      this.colorFor(this.lastHead, match, first.color);
    } else {
      this.scoped = false;
      if (match.terms.length === 1 && isModifier(first)) this.pending.push({ match, term: first });
      else this.phrase(match, index);
    }
  }

  /** A phrase that is not a lone modifier: the item's noun, another item's, or attributes. */
  private phrase(match: Match, index: number): void {
    const category = match.terms.find(isCategory);
    const isPrimary = category !== undefined && category.category === this.primary;
    if (category && !isPrimary && !category.weak) {
      this.otherItem(match);
      return;
    }
    if (isPrimary) this.itemHead(() => this.builder.category(match, category.category));
    let applied = isPrimary;
    for (const term of match.terms) {
      if (term.kind !== 'category') applied = this.apply(match, term, index) || applied;
    }
    if (!applied) this.builder.ignore(match);
  }

  finish(): void {
    this.flush();
    for (const match of this.positions) {
      const position = match.terms.find((term) => term.kind === 'position');
      if (position && this.builder.hasLogo()) this.builder.logo(match, 'position', position.position);
      else this.builder.ignore(match);
    }
  }

  /** Applies one non-category meaning of a phrase; true when it counted for something. */
  private apply(match: Match, term: Term, index: number): boolean {
    switch (term.kind) {
      case 'slot':
        return this.primary === undefined ? this.itemHead(() => this.builder.slot(match, term.slot)) : false;
      case 'item':
        return this.itemHead(() => true);
      case 'pattern':
        return isPatternAdjective(this.matches, index)
          ? this.patternAdjective(match, term)
          : this.head('pattern', (modifiers) => patternNoun(this.builder, match, term, modifiers));
      case 'pattern-word':
        return this.takeNegation() ? this.builder.patternKind(match, 'solid') : false;
      case 'hardware':
        return this.head('hardware', (modifiers) =>
          hardwareHead(this.builder, match, term.closure, modifiers),
        );
      case 'pockets':
        return this.head('pockets', (modifiers) => pocketsHead(this.builder, match, term.plural, modifiers));
      case 'stitching':
        return this.head('stitching', (modifiers) => stitchingHead(this.builder, match, modifiers));
      case 'logo':
        return this.head('logo', (modifiers) => logoHead(this.builder, match, term.shape, modifiers));
      case 'part':
        if (term.negated && this.takeNegation()) return this.builder.parts(match, term.negated);
        return Object.keys(term.parts).length > 0 && this.builder.parts(match, term.parts);
      case 'texture':
        return this.builder.texture(match, term.texture);
      case 'formality':
        return this.builder.formality(match, term.formality);
      case 'season':
        return this.builder.season(match, term.season);
      case 'archetype':
        return this.builder.archetype(match, term.archetype);
      case 'position':
        this.positions.push(match);
        return true;
      default:
        return false;
    }
  }

  private take(): Modifier[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  private takeNegation(): boolean {
    const index = this.pending.findIndex((modifier) => modifier.term.kind === 'negation');
    if (index >= 0) this.pending.splice(index, 1);
    return index >= 0;
  }

  private colorFor(head: Head, match: Match, color: ColorName): boolean {
    const builder = this.builder;
    switch (head) {
      case 'item':
        if (!builder.hasColor()) return builder.color(match, color);
        return builder.wantsPatternColor() ? builder.patternColor(match, color) : builder.ignore(match);
      case 'pattern':
        if (builder.wantsPatternColor()) return builder.patternColor(match, color);
        return builder.hasColor() ? builder.ignore(match) : builder.color(match, color);
      case 'hardware':
        return builder.hardware(match, color);
      case 'logo':
        return builder.logo(match, 'color', color);
      case 'stitching':
        return builder.stitching(match, color);
      default:
        return builder.ignore(match);
    }
  }

  /** Colours, sizes and counts still waiting when a noun phrase ends. */
  private flush(): void {
    this.scoped = false;
    for (const { match, term } of this.take()) {
      if (term.kind === 'color') this.colorFor('item', match, term.color);
      else if (term.kind === 'size' && term.fit) this.builder.parts(match, { fit: term.fit });
      else if (term.kind === 'direction') this.builder.patternDirection(match, term.direction);
      else this.builder.ignore(match);
    }
  }

  private itemHead(record: () => boolean): boolean {
    this.lastHead = 'item';
    const recorded = record();
    for (const { match: modifier, term } of this.take()) {
      if (term.kind === 'color') this.colorFor('item', modifier, term.color);
      else if (term.kind === 'size' && term.fit) this.builder.parts(modifier, { fit: term.fit });
      else this.builder.ignore(modifier);
    }
    return recorded;
  }

  private otherItem(match: Match): void {
    this.lastHead = 'other-item';
    for (const { match: modifier } of this.take()) this.builder.ignore(modifier);
    this.builder.ignore(match);
  }

  private patternAdjective(match: Match, term: TermOf<'pattern'>): boolean {
    const { applied, rest } = patternAdjective(this.builder, match, term, this.pending);
    this.pending = rest;
    return applied;
  }

  /** A noun takes every modifier waiting before it. */
  private head(head: Head, consume: (modifiers: Modifier[]) => boolean): boolean {
    this.lastHead = head;
    return consume(this.take());
  }
}
