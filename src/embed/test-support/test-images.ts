import sharp from 'sharp';

/** Small synthetic product shots: a shape in one colour on the world's off-white background. */
export async function shapePng(options: {
  color: string;
  shape?: 'rect' | 'circle' | 'stripes';
  size?: number;
  background?: string;
}): Promise<Buffer> {
  const size = options.size ?? 96;
  const background = options.background ?? '#f4f3ef';
  const inset = Math.round(size * 0.2);
  const body =
    options.shape === 'circle'
      ? `<circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.3}" fill="${options.color}"/>`
      : options.shape === 'stripes'
        ? Array.from(
            { length: 6 },
            (_, index) =>
              `<rect x="${inset}" y="${inset + index * 10}" width="${size - 2 * inset}" height="5" fill="${options.color}"/>`,
          ).join('')
        : `<rect x="${inset}" y="${inset}" width="${size - 2 * inset}" height="${size - 2 * inset}" fill="${options.color}" stroke="#333" stroke-width="2"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${background}"/>${body}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
