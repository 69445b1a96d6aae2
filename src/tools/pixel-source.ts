import type { Store } from '../store/index.ts';
import { findCatalogImage } from './resolve-image.ts';
import type { ConversationImage, ConversationImages, PixelBox } from './tool.ts';

/**
 * The highest-resolution pixels behind a conversation image, and how the image's own coordinates map
 * onto them. A catalog result is shown as a thumbnail and a crop as an enlargement, but zooming into
 * either should reach the detail of the original, not magnify the thumbnail's blur.
 */
export interface PixelSource {
  sha256: string;
  width: number;
  height: number;
  /** Maps a box in the conversation image's pixels to a box (fractional) in the source's pixels. */
  map(box: PixelBox): PixelBox;
}

const identity = (image: ConversationImage): PixelSource => ({
  sha256: image.sha256,
  width: image.width,
  height: image.height,
  map: (box) => box,
});

export async function pixelSource(
  image: ConversationImage,
  images: ConversationImages,
  store: Store,
): Promise<PixelSource> {
  const { origin } = image;
  if (origin.kind === 'catalog') {
    const full = await findCatalogImage(store, origin.assetId);
    if (!full) return identity(image);
    const scaleX = full.width / image.width;
    const scaleY = full.height / image.height;
    return {
      sha256: full.sha256,
      width: full.width,
      height: full.height,
      map: ([x0, y0, x1, y1]) => [x0 * scaleX, y0 * scaleY, x1 * scaleX, y1 * scaleY],
    };
  }
  if (origin.kind === 'crop') {
    const parent = images.get(origin.source);
    if (!parent) return identity(image);
    const source = await pixelSource(parent, images, store);
    const [left, top, right, bottom] = origin.box;
    const scaleX = (right - left) / image.width;
    const scaleY = (bottom - top) / image.height;
    return {
      ...source,
      map: ([x0, y0, x1, y1]) =>
        source.map([left + x0 * scaleX, top + y0 * scaleY, left + x1 * scaleX, top + y1 * scaleY]),
    };
  }
  return identity(image);
}
