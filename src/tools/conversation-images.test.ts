import { describe, expect, it } from 'vitest';
import { createConversationImages } from './conversation-images.ts';

const image = { sha256: 'a'.repeat(64), mediaType: 'image/png', width: 10, height: 20 };

describe('createConversationImages', () => {
  it('numbers images per prefix, in order of arrival', () => {
    const images = createConversationImages();
    expect(images.add('image', { ...image, origin: { kind: 'upload' } }).name).toBe('image-1');
    expect(
      images.add('zoom', { ...image, origin: { kind: 'crop', source: 'image-1', box: [0, 0, 5, 5] } }).name,
    ).toBe('zoom-1');
    expect(images.add('image', { ...image, origin: { kind: 'upload' } }).name).toBe('image-2');
    expect(images.list().map((entry) => entry.name)).toEqual(['image-1', 'zoom-1', 'image-2']);
    expect(images.get('zoom-1')?.origin).toEqual({ kind: 'crop', source: 'image-1', box: [0, 0, 5, 5] });
    expect(images.get('zoom-2')).toBeUndefined();
  });

  it('registers exact names once and skips names already taken when numbering', () => {
    const images = createConversationImages();
    const first = images.addNamed({
      ...image,
      name: 'item-000001',
      origin: { kind: 'catalog', assetId: 'item-000001' },
    });
    const again = images.addNamed({
      ...image,
      sha256: 'b'.repeat(64),
      name: 'item-000001',
      origin: { kind: 'catalog', assetId: 'item-000001' },
    });
    expect(again).toBe(first);
    // A conversation rebuilt from a trace may already hold "generated-1".
    images.addNamed({ ...image, name: 'generated-1', origin: { kind: 'upload' } });
    expect(images.add('generated', { ...image, origin: { kind: 'upload' } }).name).toBe('generated-2');
  });

  it('starts from the images it is given', () => {
    const images = createConversationImages([{ ...image, name: 'image-1', origin: { kind: 'upload' } }]);
    expect(images.add('image', { ...image, origin: { kind: 'upload' } }).name).toBe('image-2');
  });
});
