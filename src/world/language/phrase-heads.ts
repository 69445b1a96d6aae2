import type { AttributeBuilder } from './attribute-builder.ts';
import type { Match } from './match-phrases.ts';
import type { TermOf } from './terms.ts';

/**
 * What each kind of noun does with the modifiers said before it. Every function consumes the
 * modifiers it is given: the ones that fit are recorded, the rest are reported as ignored, because a
 * size in front of "buttons" or a colour in front of "pockets" describes nothing the world has.
 */
export type ModifierTerm = TermOf<'color' | 'size' | 'direction' | 'number' | 'negation' | 'contrast'>;
export interface Modifier {
  match: Match;
  term: ModifierTerm;
}

type ModifierOf<K extends ModifierTerm['kind']> = { match: Match; term: TermOf<K> };

function only<K extends ModifierTerm['kind']>(modifiers: readonly Modifier[], kind: K): ModifierOf<K>[] {
  return modifiers.filter((modifier): modifier is ModifierOf<K> => modifier.term.kind === kind);
}

/** Reports every modifier not in `used` as ignored. */
function ignoreRest(
  builder: AttributeBuilder,
  modifiers: readonly Modifier[],
  used: readonly Modifier[],
): void {
  for (const modifier of modifiers) if (!used.includes(modifier)) builder.ignore(modifier.match);
}

export function patternNoun(
  builder: AttributeBuilder,
  match: Match,
  term: TermOf<'pattern'>,
  modifiers: readonly Modifier[],
): boolean {
  const [negation] = only(modifiers, 'negation');
  if (negation) {
    ignoreRest(builder, modifiers, [negation]);
    return builder.patternKind(match, 'solid');
  }
  if (!builder.patternKind(match, term.pattern)) {
    ignoreRest(builder, modifiers, []);
    return false;
  }
  if (term.direction) builder.patternDirection(match, term.direction);
  const used: Modifier[] = [];
  const colors = only(modifiers, 'color');
  const [ground] = colors;
  // "navy and white stripes" on an item whose colour is not yet said: navy ground, white stripes.
  if (ground && colors.length >= 2 && !builder.hasColor()) {
    used.push(ground);
    builder.color(ground.match, ground.term.color);
  }
  const stripe = colors[colors.length - 1];
  if (stripe && !used.includes(stripe)) {
    used.push(stripe);
    if (builder.wantsPatternColor()) builder.patternColor(stripe.match, stripe.term.color);
    else if (!builder.hasColor()) builder.color(stripe.match, stripe.term.color);
    else builder.ignore(stripe.match);
  }
  used.push(...applyScaleAndDirection(builder, modifiers));
  ignoreRest(builder, modifiers, used);
  return true;
}

/** Sizes become the pattern's scale ("medium" has no pattern meaning), directions its direction. */
function applyScaleAndDirection(builder: AttributeBuilder, modifiers: readonly Modifier[]): Modifier[] {
  const used: Modifier[] = [];
  for (const size of only(modifiers, 'size')) {
    if (size.term.size === 'medium') continue;
    used.push(size);
    builder.patternScale(size.match, size.term.size);
  }
  for (const direction of only(modifiers, 'direction')) {
    used.push(direction);
    builder.patternDirection(direction.match, direction.term.direction);
  }
  return used;
}

/**
 * "navy pinstripe blazer", "red and white striped shirt": the pattern takes the sizes and directions
 * before it and, when two colours wait, the second one; the rest stay for the item's noun.
 */
export function patternAdjective(
  builder: AttributeBuilder,
  match: Match,
  term: TermOf<'pattern'>,
  pending: readonly Modifier[],
): { applied: boolean; rest: Modifier[] } {
  const [negation] = only(pending, 'negation');
  const kind = negation ? 'solid' : term.pattern;
  if (!builder.patternKind(match, kind)) return { applied: false, rest: [...pending] };
  if (term.direction && !negation) builder.patternDirection(match, term.direction);
  const used: Modifier[] = negation ? [negation] : [];
  used.push(...applyScaleAndDirection(builder, pending));
  const colors = only(pending, 'color');
  const second = colors[1];
  if (second && builder.wantsPatternColor()) {
    used.push(second);
    builder.patternColor(second.match, second.term.color);
  }
  return { applied: true, rest: pending.filter((modifier) => !used.includes(modifier)) };
}

export function hardwareHead(
  builder: AttributeBuilder,
  match: Match,
  closure: TermOf<'hardware'>['closure'],
  modifiers: readonly Modifier[],
): boolean {
  const [negation] = only(modifiers, 'negation');
  if (negation) {
    ignoreRest(builder, modifiers, [negation]);
    return builder.parts(match, { closure: 'none' });
  }
  const used: Modifier[] = [];
  let applied = closure ? builder.parts(match, { closure }) : false;
  const color = only(modifiers, 'color').pop();
  if (color) {
    used.push(color);
    builder.hardware(color.match, color.term.color);
    // A buckle or a zip pull means nothing alone; with a colour it is the thing that colour is on.
    applied = applied || builder.recognise(match, 'hardware');
  }
  const [count] = only(modifiers, 'number');
  if (count && closure === 'buttons' && Number.isInteger(count.term.value) && count.term.value >= 1) {
    used.push(count);
    builder.parts(count.match, { buttons: count.term.value });
  }
  ignoreRest(builder, modifiers, used);
  return applied;
}

export function pocketsHead(
  builder: AttributeBuilder,
  match: Match,
  plural: boolean,
  modifiers: readonly Modifier[],
): boolean {
  const [negation] = only(modifiers, 'negation');
  const [count] = only(modifiers, 'number');
  const used = [negation, count].filter((modifier) => modifier !== undefined);
  ignoreRest(builder, modifiers, used);
  if (negation) return builder.parts(match, { pockets: 0 });
  if (count && Number.isInteger(count.term.value)) {
    builder.recognise(match, 'pockets');
    return builder.parts(count.match, { pockets: count.term.value });
  }
  // "with pockets" asks for pockets without a number; "a pocket" for one.
  return builder.parts(match, { pockets: plural ? 'some' : 1 });
}

export function stitchingHead(
  builder: AttributeBuilder,
  match: Match,
  modifiers: readonly Modifier[],
): boolean {
  const [negation] = only(modifiers, 'negation');
  if (negation) {
    ignoreRest(builder, modifiers, [negation]);
    return builder.stitching(match, null);
  }
  const contrasts = only(modifiers, 'contrast');
  for (const contrast of contrasts) builder.recognise(contrast.match, 'stitching: contrast');
  const color = only(modifiers, 'color').pop();
  ignoreRest(builder, modifiers, [...contrasts, ...(color ? [color] : [])]);
  if (!color) return builder.stitching(match, 'contrast');
  builder.stitching(color.match, color.term.color);
  return builder.recognise(match, 'stitching');
}

export function logoHead(
  builder: AttributeBuilder,
  match: Match,
  shape: TermOf<'logo'>['shape'],
  modifiers: readonly Modifier[],
): boolean {
  const [negation] = only(modifiers, 'negation');
  if (negation) {
    ignoreRest(builder, modifiers, [negation]);
    return builder.noLogo(match);
  }
  const applied = shape ? builder.logo(match, 'shape', shape) : builder.logo(match);
  const color = only(modifiers, 'color').pop();
  if (color) builder.logo(color.match, 'color', color.term.color);
  const size = only(modifiers, 'size').pop();
  if (size) builder.logo(size.match, 'size', size.term.size);
  ignoreRest(
    builder,
    modifiers,
    [color, size].filter((modifier) => modifier !== undefined),
  );
  return applied;
}
