import { describe, expect, it } from 'vitest';
import { promptAttributesNamed } from './prompt-attributes-named.ts';

describe('promptAttributesNamed', () => {
  it('reads attributes the way the world parser does', () => {
    const prompt = 'navy pinstripe blazer with two gold buttons';
    expect(promptAttributesNamed(prompt, { category: 'jacket', color: 'navy' })).toBe(1);
    expect(promptAttributesNamed(prompt, { 'pattern.kind': 'pinstripe', 'parts.buttons': 'two' })).toBe(1);
    expect(promptAttributesNamed(prompt, { pattern: 'pinstripe', 'details.hardware': 'mustard' })).toBe(1);
    expect(promptAttributesNamed(prompt, { category: 'jacket', color: 'black' })).toBe(0.5);
  });

  it('finds a garment that is not the first one named', () => {
    expect(
      promptAttributesNamed('a white shirt under a navy jacket', { category: 'jacket', color: 'navy' }),
    ).toBe(1);
  });

  it('needs the attributes on the same garment', () => {
    expect(promptAttributesNamed('white jacket and navy shirt', { category: 'jacket', color: 'navy' })).toBe(
      0.5,
    );
  });

  it('reads logos, colour spellings and archetypes', () => {
    const prompt = 'a gray wool coat with a small red star logo';
    expect(
      promptAttributesNamed(prompt, { color: 'grey', 'details.logo.shape': 'star', 'logo.color': 'red' }),
    ).toBe(1);
    expect(promptAttributesNamed('minimalist beige trousers', { archetype: 'minimalist' })).toBe(1);
  });

  it('counts nothing for a prompt the parser cannot read, and everything when nothing is wanted', () => {
    expect(promptAttributesNamed('something nice', { category: 'jacket' })).toBe(0);
    expect(promptAttributesNamed('something nice', {})).toBe(1);
  });
});
