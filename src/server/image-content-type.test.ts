import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageContentType } from './image-content-type.ts';

const pixel = () => sharp({ create: { width: 2, height: 2, channels: 3, background: '#808080' } });

describe('imageContentType', () => {
  it.each([
    ['image/png', () => pixel().png().toBuffer()],
    ['image/jpeg', () => pixel().jpeg().toBuffer()],
    ['image/webp', () => pixel().webp().toBuffer()],
    ['image/gif', () => pixel().gif().toBuffer()],
  ])('reads %s from the signature', async (type, encode) => {
    expect(imageContentType(await encode())).toBe(type);
  });

  it('serves anything else as opaque bytes, SVG included', () => {
    expect(imageContentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      'application/octet-stream',
    );
    expect(imageContentType(new Uint8Array())).toBe('application/octet-stream');
  });
});
