import { describe, expect, it } from 'vitest';
import { COLOR_NAMES, PALETTE } from '../palette.ts';
import { COLOR_CLASHES, classifyAccentPair } from './accent-pairs.ts';

describe('classifyAccentPair', () => {
  it('is symmetric for every accent pair', () => {
    const accents = COLOR_NAMES.filter((name) => !PALETTE[name].neutral);
    for (const first of accents) {
      for (const second of accents) {
        expect(classifyAccentPair(first, second)).toEqual(classifyAccentPair(second, first));
      }
    }
  });

  it('classifies worked examples from the palette Lab hues', () => {
    expect(classifyAccentPair('pink', 'fuchsia')).toEqual({
      scheme: 'tonal',
      harmonious: true,
      hueDegrees: 1,
    });
    expect(classifyAccentPair('red', 'burgundy').scheme).toBe('analogous');
    expect(classifyAccentPair('orange', 'blue')).toEqual({
      scheme: 'complementary',
      harmonious: true,
      hueDegrees: 126,
    });
    expect(classifyAccentPair('sky', 'pink').scheme).toBe('muted');
    expect(classifyAccentPair('red', 'purple')).toEqual({
      scheme: 'unrelated',
      harmonious: false,
      hueDegrees: 80,
    });
  });

  it('names exactly the ten loud near-hue pairs as clashes', () => {
    const names = COLOR_CLASHES.map(([first, second]) => `${first}/${second}`).sort();
    expect(names).toEqual(
      [
        'red/orange',
        'red/fuchsia',
        'coral/orange',
        'coral/fuchsia',
        'orange/mustard',
        'orange/yellow',
        'mustard/lime',
        'yellow/lime',
        'blue/purple',
        'purple/fuchsia',
      ].sort(),
    );
  });
});
