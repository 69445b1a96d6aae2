import { describe, expect, it } from 'vitest';
import { describedText, readResultLines } from './result-lines.ts';

describe('readResultLines', () => {
  it('reads ids and titles, numbered or not, and skips header lines', () => {
    const text = [
      'Found 3 results for "navy skirt" (filters: category=skirt, price<60):',
      '1. item-000042 — Navy Pleated Midi Skirt — skirt — $49.99 — navy',
      '- item-000043: Navy Pencil Skirt',
      'IMG_2031.jpg | my own photo',
      'Showing top 3.',
      '',
    ].join('\n');
    expect(readResultLines(text)).toEqual([
      {
        id: 'item-000042',
        title: 'Navy Pleated Midi Skirt — skirt — $49.99 — navy',
        name: 'Navy Pleated Midi Skirt',
      },
      { id: 'item-000043', title: 'Navy Pencil Skirt', name: 'Navy Pencil Skirt' },
      { id: 'IMG_2031.jpg', title: 'my own photo', name: 'my own photo' },
    ]);
  });

  it('leaves ordinary words alone', () => {
    expect(readResultLines('wide-leg jeans\n3/4 sleeves\nk=5 top3')).toEqual([]);
    expect(describedText('item-000042 — Navy Blazer — jacket — $80 — navy')).toBe('Navy Blazer');
    expect(describedText('wide-leg jeans')).toBe('wide-leg jeans');
  });
});
