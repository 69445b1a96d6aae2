import { describe, expect, it } from 'vitest';
import type { Item } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import { itemCaption } from './item-caption.ts';
import { itemMismatches } from './item-matches.ts';
import { itemTitle } from './item-title.ts';
import { parsePrompt } from './parse-prompt.ts';
import type { PromptAttributes } from './prompt-attributes.ts';

/**
 * Captions and titles are written in words the parser reads, so parsing one must give back the
 * item's attributes. Agreement is measured per attribute over 300 seeded items: category and colour
 * must agree on every item, the rest on at least 98% (measured at 100% when written; the margin lets
 * a rare paraphrase be ambiguous without the suite going red, while a systematic break still fails).
 */
const ITEMS: readonly Item[] = Array.from({ length: 300 }, (_, index) =>
  sampleItem(Random.for(11, `item:${index}`), { id: `item-${index}` }),
);

type Check = (item: Item, attributes: PromptAttributes) => boolean | undefined;

/** undefined means "does not apply to this item" and leaves it out of the rate. */
const CHECKS: Readonly<Record<string, Check>> = {
  category: (item, read) => read.category === item.category,
  color: (item, read) => read.color === item.color,
  // Solid may go unsaid, so an absent pattern reads as solid.
  'pattern kind': (item, read) => (read.pattern?.kind ?? 'solid') === item.pattern.kind,
  'pattern color': (item, read) =>
    item.pattern.kind === 'solid' ? undefined : read.pattern?.color === item.pattern.color,
  buttons: (item, read) =>
    item.parts.buttons === undefined ? undefined : read.parts?.buttons === item.parts.buttons,
  pockets: (item, read) => (item.parts.pockets ? read.parts?.pockets === item.parts.pockets : undefined),
  'logo shape': (item, read) =>
    item.details.logo ? read.logo?.shape === item.details.logo.shape : undefined,
  hardware: (item, read) => (item.details.hardware ? read.hardware === item.details.hardware : undefined),
  'nothing false': (item, read) => itemMismatches(read, item).length === 0,
};

function agreement(texts: readonly string[], checks: readonly string[]): Record<string, number> {
  const read = texts.map((text) => parsePrompt(text).attributes);
  const rates: Record<string, number> = {};
  for (const name of checks) {
    const check = CHECKS[name] as Check;
    const outcomes = ITEMS.map((item, index) => check(item, read[index] ?? {})).filter(
      (outcome) => outcome !== undefined,
    );
    rates[name] = outcomes.filter(Boolean).length / outcomes.length;
  }
  return rates;
}

describe('caption → parsePrompt round trip', () => {
  const captions = ITEMS.map((item, index) => itemCaption(item, Random.for(11, `caption:${index}`)));

  it('recovers category and colour on every item', () => {
    expect(agreement(captions, ['category', 'color'])).toEqual({ category: 1, color: 1 });
  });

  it('recovers pattern, counts, logo and hardware on at least 98% of items, and states nothing false', () => {
    const rates = agreement(captions, [
      'pattern kind',
      'pattern color',
      'buttons',
      'pockets',
      'logo shape',
      'hardware',
      'nothing false',
    ]);
    for (const [name, rate] of Object.entries(rates)) expect(rate, name).toBeGreaterThanOrEqual(0.98);
  });

  it('uses only words the parser knows', () => {
    const unread = captions.filter((caption) => parsePrompt(caption).ignored.length > 0);
    expect(unread).toEqual([]);
  });

  it('covers every attribute the rates are about', () => {
    // Guards the rates against silently measuring nothing if the sampler changes.
    expect(ITEMS.filter((item) => item.details.logo).length).toBeGreaterThan(10);
    expect(ITEMS.filter((item) => item.parts.buttons).length).toBeGreaterThan(30);
    expect(ITEMS.filter((item) => item.pattern.kind !== 'solid').length).toBeGreaterThan(50);
  });
});

describe('title → parsePrompt round trip', () => {
  const titles = ITEMS.map((item, index) => itemTitle(item, Random.for(11, `title:${index}`)));

  it('recovers category and colour on every item and states nothing false', () => {
    expect(agreement(titles, ['category', 'color', 'nothing false'])).toEqual({
      category: 1,
      color: 1,
      'nothing false': 1,
    });
    expect(titles.filter((title) => parsePrompt(title).ignored.length > 0)).toEqual([]);
  });
});
