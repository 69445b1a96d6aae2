import { CATEGORY_INFO, type Category, type PartOptions } from '../vocabulary.ts';
import type { PromptAttributes, PromptParts } from './prompt-attributes.ts';

/** Which stated attribute a problem is about, so itemFromPrompt can leave exactly that one out. */
export type AttributePath =
  | 'slot'
  | 'pattern'
  | 'pattern.direction'
  | 'pattern.scale'
  | 'texture'
  | `parts.${keyof PromptParts}`
  | 'logo'
  | 'hardware'
  | 'formality'
  | 'season'
  | 'price';

export interface AttributeProblem {
  attribute: AttributePath;
  message: string;
}

type ListPart =
  | 'neckline'
  | 'collar'
  | 'sleeve'
  | 'length'
  | 'fit'
  | 'closure'
  | 'heel'
  | 'shaft'
  | 'strap'
  | 'brim';
const LIST_PARTS: readonly ListPart[] = [
  'neckline',
  'collar',
  'sleeve',
  'length',
  'fit',
  'closure',
  'heel',
  'shaft',
  'strap',
  'brim',
];

/** Values that say a part is absent: true of any item that lacks the part altogether. */
export const ABSENT_PART_VALUES: Readonly<Partial<Record<keyof PromptParts, unknown>>> = {
  collar: 'none',
  sleeve: 'sleeveless',
  closure: 'none',
  strap: 'none',
  brim: 'none',
  pockets: 0,
  cuffs: false,
  fringe: false,
};

function patternHasDirection(kind: string): boolean {
  return kind === 'stripes';
}

function patternHasScale(kind: string): boolean {
  return kind === 'stripes' || kind === 'dots' || kind === 'checks';
}

/**
 * Whether an item of this category can carry buttons, a zip or a buckle, given the parts said. A
 * stated closure or strap the category cannot have is dropped anyway, so it does not count.
 */
export function canCarryHardware(category: Category, parts: PromptParts): boolean {
  const options: PartOptions = CATEGORY_INFO[category].parts;
  if (category === 'belt') return true;
  const allowed = <T>(value: T | undefined, values: readonly T[] = []) =>
    value !== undefined && values.includes(value) ? [value] : values;
  const closures = allowed(parts.closure, options.closure);
  if (closures.some((closure) => closure === 'buttons' || closure === 'zip')) return true;
  return allowed(parts.strap, options.strap).includes('ankle');
}

function partProblems(category: Category, parts: PromptParts): AttributeProblem[] {
  const info = CATEGORY_INFO[category];
  const options = info.parts;
  const problems: AttributeProblem[] = [];
  const add = (key: keyof PromptParts, message: string) =>
    problems.push({ attribute: `parts.${key}`, message });
  for (const key of LIST_PARTS) {
    const value = parts[key];
    if (value === undefined) continue;
    const allowed: readonly string[] | undefined = options[key];
    if (allowed === undefined && ABSENT_PART_VALUES[key] !== value)
      add(key, `${key} "${value}": ${info.noun} has no ${key}`);
    else if (allowed && !allowed.includes(value))
      add(key, `${key} "${value}": ${info.noun} comes with ${allowed.join(', ')}`);
  }
  for (const key of ['cuffs', 'fringe'] as const) {
    if (parts[key] === true && !options[key]) add(key, `${key}: ${info.noun} has no ${key}`);
  }
  if (parts.buttons !== undefined) {
    const range = options.buttons;
    if (!range || !(options.closure ?? []).includes('buttons'))
      add('buttons', `buttons: ${info.noun} has no buttons`);
    else if (parts.closure !== undefined && parts.closure !== 'buttons')
      add('buttons', `buttons: the closure is ${parts.closure}`);
    else if (parts.buttons < range[0] || parts.buttons > range[1]) {
      add('buttons', `buttons ${parts.buttons}: ${info.noun} has ${range[0]} to ${range[1]}`);
    }
  }
  if (parts.pockets !== undefined && parts.pockets !== 0) {
    const range = options.pockets;
    const wanted = parts.pockets === 'some' ? 1 : parts.pockets;
    if (!range || range[1] < 1) add('pockets', `pockets: ${info.noun} has no pockets`);
    else if (parts.pockets !== 'some' && (wanted < range[0] || wanted > range[1])) {
      add('pockets', `pockets ${wanted}: ${info.noun} has ${range[0]} to ${range[1]}`);
    }
  }
  // The sampler's rule: a turtleneck has no separate collar.
  if (parts.neckline === 'turtleneck' && parts.collar !== undefined && parts.collar !== 'none') {
    add('collar', `collar "${parts.collar}": a turtleneck has no collar`);
  }
  return problems;
}

/**
 * Everything in `attributes` that an item of `category` cannot have, e.g. a v-neck on sneakers or
 * leather jeans. Saying a part is absent ("no collar") is never a problem: an item without the part
 * satisfies it.
 */
export function attributeProblems(category: Category, attributes: PromptAttributes): AttributeProblem[] {
  const info = CATEGORY_INFO[category];
  const problems: AttributeProblem[] = [];
  const add = (attribute: AttributePath, message: string) => problems.push({ attribute, message });
  if (attributes.slot && attributes.slot !== info.slot)
    add('slot', `slot "${attributes.slot}": ${info.noun} is ${info.slot}`);
  const pattern = attributes.pattern;
  if (pattern && !info.patterns.includes(pattern.kind)) {
    add('pattern', `pattern "${pattern.kind}": ${info.noun} comes in ${info.patterns.join(', ')}`);
  } else if (pattern) {
    if (pattern.direction && !patternHasDirection(pattern.kind))
      add('pattern.direction', `direction: ${pattern.kind} has none`);
    if (pattern.scale && !patternHasScale(pattern.kind))
      add('pattern.scale', `scale: ${pattern.kind} has none`);
  }
  if (attributes.texture && !info.textures.includes(attributes.texture)) {
    add('texture', `texture "${attributes.texture}": ${info.noun} comes in ${info.textures.join(', ')}`);
  }
  problems.push(...partProblems(category, attributes.parts ?? {}));
  if (attributes.logo && !info.logo) add('logo', `logo: ${info.noun} carries no logo`);
  if (attributes.hardware && !canCarryHardware(category, attributes.parts ?? {})) {
    add('hardware', `hardware "${attributes.hardware}": this ${info.noun} has no buttons, zip or buckle`);
  }
  const [low, high] = info.formality;
  if (attributes.formality !== undefined && (attributes.formality < low || attributes.formality > high)) {
    add('formality', `formality ${attributes.formality}: ${info.noun} ranges ${low} to ${high}`);
  }
  if (attributes.season && !info.seasons.includes(attributes.season)) {
    add('season', `season "${attributes.season}": ${info.noun} is for ${info.seasons.join(', ')}`);
  }
  const price = attributes.price;
  if (
    price &&
    ((price.max !== undefined && price.max < 1) || (price.min ?? 0) > (price.max ?? Number.POSITIVE_INFINITY))
  ) {
    add('price', `price: no price is at least ${price.min ?? 0} and at most ${price.max}`);
  }
  return problems;
}
