import sharp from 'sharp';

/** A small image of one colour: enough for a loader, which only moves the bytes. */
export function solidImage(
  color: string,
  format: 'png' | 'jpeg' | 'webp' = 'png',
  size = 8,
): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: color } })
    .toFormat(format)
    .toBuffer();
}

/** A PNG of random-looking pixels: it does not compress, so its base64 spans many read chunks. */
export function noiseImage(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = 12345;
  for (let index = 0; index < pixels.length; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    pixels[index] = state >>> 24;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}
