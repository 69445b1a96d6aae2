import { deltaE } from '../color-science.ts';
import type { Details, Item, Parts, Pattern } from '../item.ts';
import { distinctColor, HARDWARE_COLORS, MIN_DETAIL_CONTRAST } from '../item-sampler.ts';
import { type ColorName, isColorName, PALETTE } from '../palette.ts';
import type { Random } from '../random.ts';
import {
  CATEGORY_INFO,
  LOGO_POSITIONS,
  LOGO_SHAPES,
  LOGO_SIZES,
  PATTERN_SCALES,
  STRIPE_DIRECTIONS,
} from '../vocabulary.ts';
import { canCarryHardware } from './category-fit.ts';
import type { PromptAttributes, PromptParts } from './prompt-attributes.ts';

/**
 * Overrides a sampled item with what a prompt stated. Callers have already removed what the
 * category cannot have, so every override here is legal; what remains is keeping the item coherent
 * (buttons need closure 'buttons', a recoloured item needs its sampled detail colours moved away from
 * the new colour so the renderer still draws them visibly).
 */

function farFrom(color: string | null | undefined, others: readonly ColorName[]): color is ColorName {
  if (!color || !isColorName(color)) return false;
  return others.every((other) => deltaE(PALETTE[color].lab, PALETTE[other].lab) >= MIN_DETAIL_CONTRAST);
}

export function applyPattern(item: Item, stated: PromptAttributes['pattern'], random: Random): Pattern {
  const current = item.pattern;
  const main = item.color as ColorName;
  const kind = stated?.kind ?? current.kind;
  if (kind === 'solid') return { kind };
  const sampled = current.kind !== 'solid' && farFrom(current.color, [main]) ? current.color : undefined;
  const color = stated?.color ?? sampled ?? distinctColor(random, [main]);
  const scale = stated?.scale ?? ('scale' in current ? current.scale : random.pick(PATTERN_SCALES));
  switch (kind) {
    case 'stripes': {
      const direction =
        stated?.direction ?? ('direction' in current ? current.direction : random.pick(STRIPE_DIRECTIONS));
      return { kind, color, direction, scale };
    }
    case 'dots':
    case 'checks':
      return { kind, color, scale };
    default:
      return { kind, color };
  }
}

type SharedPart = 'neckline' | 'collar' | 'sleeve' | 'length' | 'fit' | 'heel' | 'shaft' | 'strap' | 'brim';

/** The parts whose stated values are exactly the item's (counts differ: a prompt may say 'some'). */
function copyPart<K extends SharedPart>(target: Parts, source: Pick<Parts, SharedPart>, key: K): void {
  const value = source[key];
  if (value !== undefined) target[key] = value;
}

export function applyParts(item: Item, stated: PromptParts, hardwareWanted: boolean, random: Random): Parts {
  const options = CATEGORY_INFO[item.category].parts;
  const parts: Parts = { ...item.parts };
  for (const key of [
    'neckline',
    'collar',
    'sleeve',
    'length',
    'fit',
    'heel',
    'shaft',
    'strap',
    'brim',
  ] as const) {
    // A stated absence ("no collar") on an item without the part needs nothing.
    if (options[key]) copyPart(parts, stated, key);
  }
  for (const key of ['cuffs', 'fringe'] as const)
    if (stated[key] !== undefined && options[key]) parts[key] = stated[key];
  if (stated.buttons !== undefined) parts.closure = 'buttons';
  else if (stated.closure !== undefined && options.closure) parts.closure = stated.closure;
  else if (hardwareWanted && !canCarryHardware(item.category, parts)) {
    const closures = (options.closure ?? []).filter((closure) => closure === 'buttons' || closure === 'zip');
    if (closures.length > 0) parts.closure = random.pick(closures);
    else if (options.strap?.includes('ankle')) parts.strap = 'ankle';
  }
  if (parts.closure === 'buttons') {
    const range = options.buttons ?? [1, 1];
    parts.buttons = stated.buttons ?? parts.buttons ?? random.int(range[0], range[1]);
  } else delete parts.buttons;
  if (stated.pockets !== undefined && options.pockets) {
    const [low, high] = options.pockets;
    parts.pockets = stated.pockets === 'some' ? random.int(Math.max(1, low), high) : stated.pockets;
  }
  if (parts.neckline === 'turtleneck' && parts.collar) parts.collar = 'none';
  return parts;
}

/** Keeps stated detail colours and re-samples any sampled one that now sits too close to another. */
export function applyDetails(item: Item, stated: PromptAttributes, random: Random): Details {
  const used: ColorName[] = [item.color as ColorName];
  if (item.pattern.kind !== 'solid') used.push(item.pattern.color as ColorName);
  const current = item.details;
  const carries =
    item.parts.closure === 'buttons' ||
    item.parts.closure === 'zip' ||
    item.category === 'belt' ||
    item.parts.strap === 'ankle';
  let hardware: ColorName | null = null;
  if (carries) {
    hardware =
      stated.hardware ??
      (farFrom(current.hardware, used) ? current.hardware : distinctColor(random, used, HARDWARE_COLORS));
    used.push(hardware);
  }
  let logo = stated.logo === null ? null : current.logo;
  if (stated.logo) {
    logo = {
      shape: stated.logo.shape ?? current.logo?.shape ?? random.pick(LOGO_SHAPES),
      color:
        stated.logo.color ??
        (farFrom(current.logo?.color, used) ? current.logo.color : distinctColor(random, used)),
      size: stated.logo.size ?? current.logo?.size ?? random.pick(LOGO_SIZES),
      position: stated.logo.position ?? current.logo?.position ?? random.pick(LOGO_POSITIONS),
    };
  } else if (logo && !farFrom(logo.color, used)) logo = { ...logo, color: distinctColor(random, used) };
  if (logo) used.push(logo.color as ColorName);
  const keepOrResample = () =>
    farFrom(current.stitching, used) ? current.stitching : distinctColor(random, used);
  let stitching: string | null;
  if (stated.stitching === null) stitching = null;
  else if (stated.stitching === 'contrast') stitching = keepOrResample();
  else if (stated.stitching !== undefined) stitching = stated.stitching;
  else stitching = current.stitching === null ? null : keepOrResample();
  return { logo, stitching, hardware };
}

/** A price inside the stated range, ending in .99 where the range allows, as the sampler's prices do. */
export function applyPrice(price: number, range: PromptAttributes['price'], random: Random): number {
  const low = range?.min ?? 0;
  const high = range?.max ?? Number.POSITIVE_INFINITY;
  if (price >= low && price <= high && price > 0) return price;
  const from = range?.min ?? (range?.max ?? price) * 0.6;
  const to = range?.max ?? (range?.min ?? price) * 1.5;
  const drawn = random.float(Math.max(from, 0.01), Math.max(to, 0.01));
  const friendly = Math.round(drawn) - 0.01;
  if (friendly >= low && friendly <= high && friendly > 0) return friendly;
  return Math.min(high, Math.max(low, Math.round(drawn * 100) / 100, 0.01));
}
