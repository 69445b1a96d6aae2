import { describe, expect, it } from 'vitest';
import { csvCellValue, metadataRowToRecord } from './metadata-row.ts';

describe('metadataRowToRecord', () => {
  it('reads the known fields, keeps every field as metadata and defaults the id to the image', () => {
    const result = metadataRowToRecord(
      {
        image: 'a/b.png',
        title: ' Red skirt ',
        tags: 'red; midi ,red',
        price: '12.50',
        brand: 'Acme',
        size: 38,
      },
      'metadata.jsonl:1',
    );
    expect(result).toEqual({
      ok: true,
      record: {
        origin: 'metadata.jsonl:1',
        id: 'a/b.png',
        image: 'a/b.png',
        title: 'Red skirt',
        description: null,
        caption: null,
        tags: ['red', 'midi'],
        category: null,
        price: 12.5,
        metadata: {
          id: 'a/b.png',
          image: 'a/b.png',
          title: ' Red skirt ',
          tags: ['red', 'midi'],
          price: 12.5,
          brand: 'Acme',
          size: 38,
        },
      },
    });
    const tags = metadataRowToRecord({ id: 7, image: 'x.png', tags: '["a", "b"]' }, 'm:2');
    expect(tags.ok && [tags.record.id, tags.record.tags]).toEqual(['7', ['a', 'b']]);
  });

  it('names the field at fault', () => {
    const reason = (row: unknown) => {
      const result = metadataRowToRecord(row, 'metadata.jsonl:3');
      return result.ok ? 'accepted' : result.skipped.reason;
    };
    expect(reason({ id: 'x' })).toMatch(/^image: is missing/);
    expect(reason({ image: 'x.png', price: 'cheap' })).toMatch(/^price: must be a number/);
    expect(reason({ image: 'x.png', price: -3 })).toMatch(/^price: must not be negative/);
    expect(reason({ image: 'x.png', tags: '[oops' })).toMatch(/^tags: looks like a JSON array/);
    expect(reason(['not', 'an', 'object'])).toBe('the row is not a JSON object');
  });
});

describe('csvCellValue', () => {
  it('turns numbers and booleans into values outside the text columns, keeping leading zeros', () => {
    expect(csvCellValue('size', '38')).toBe(38);
    expect(csvCellValue('weight', '-1.5e2')).toBe(-150);
    expect(csvCellValue('sku', '007')).toBe('007');
    expect(csvCellValue('sale', 'true')).toBe(true);
    expect(csvCellValue('title', '42')).toBe('42');
    expect(csvCellValue('id', '12')).toBe('12');
    expect(csvCellValue('price', '9.99')).toBe(9.99);
    expect(csvCellValue('brand', '  ')).toBeUndefined();
  });
});
