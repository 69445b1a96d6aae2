import { describe, expect, it } from 'vitest';
import { basicOutfit, handItem } from './__fixtures__/hand-item.ts';
import { checkStructure } from './structure.ts';

describe('checkStructure', () => {
  it('accepts a top, a bottom and shoes', () => {
    const verdict = checkStructure(basicOutfit());
    expect(verdict.passed).toBe(true);
    expect(verdict.itemIds).toEqual(['shirt', 'trousers', 'loafers']);
  });

  it('accepts a dress with shoes and accessories', () => {
    const items = [
      handItem('d', 'dress'),
      handItem('h', 'heels'),
      handItem('b', 'bag'),
      handItem('c', 'coat'),
    ];
    expect(checkStructure(items).passed).toBe(true);
  });

  it('rejects an outfit without shoes', () => {
    const verdict = checkStructure([handItem('t', 'top'), handItem('j', 'jeans')]);
    expect(verdict).toMatchObject({ passed: false, message: 'the outfit has no shoes' });
  });

  it('rejects a top without a bottom and names the top', () => {
    const verdict = checkStructure([handItem('t', 'top', { color: 'red' }), handItem('s', 'sneakers')]);
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toBe('the outfit lacks a bottom to go with red top (t)');
  });

  it('rejects two items in one slot: a skirt and jeans are both bottoms', () => {
    const items = [
      handItem('t', 'top'),
      handItem('s', 'skirt'),
      handItem('j', 'jeans'),
      handItem('l', 'loafers'),
    ];
    const verdict = checkStructure(items);
    expect(verdict.passed).toBe(false);
    expect(verdict.itemIds).toEqual(['s', 'j']);
    expect(verdict.message).toContain('two items fill the bottom slot');
  });

  it('rejects a dress worn with a bottom', () => {
    const items = [handItem('d', 'dress'), handItem('j', 'jeans'), handItem('l', 'loafers')];
    const verdict = checkStructure(items);
    expect(verdict.passed).toBe(false);
    expect(verdict.itemIds).toEqual(['d', 'j']);
    expect(verdict.message).toContain('is a one-piece');
  });

  it('takes the slot from the category, not from the row', () => {
    const disguised = handItem('b', 'boots', { slot: 'bag' });
    const items = [...basicOutfit(), disguised];
    expect(checkStructure(items).passed).toBe(false);
  });
});
