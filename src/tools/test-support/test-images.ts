import sharp from 'sharp';

/** A solid-colour PNG, for fake servers to answer with. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
    .png()
    .toBuffer();
}

/**
 * A PNG whose every pixel says where it is: red = x mod 256, green = y mod 256, blue = 16 × (x div
 * 256) + (y div 256). A crop's pixels then tell exactly which region of the original they came from.
 */
export function coordinatePng(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      pixels[at] = x % 256;
      pixels[at + 1] = y % 256;
      pixels[at + 2] = 16 * Math.floor(x / 256) + Math.floor(y / 256);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/** The coordinates coordinatePng encoded in a pixel. */
export function decodeCoordinate(red: number, green: number, blue: number): { x: number; y: number } {
  return { x: Math.floor(blue / 16) * 256 + red, y: (blue % 16) * 256 + green };
}
