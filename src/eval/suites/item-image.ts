import type { Store } from '../../store/index.ts';
import { type Item, svgToPng } from '../../world/index.ts';
import type { SampleImage } from '../sample.ts';
import { type ItemLayout, renderItem } from './world-internals.ts';

export interface StoredItemImage {
  image: SampleImage & { sha256: string };
  layout: ItemLayout;
}

/** A product shot of `item`, stored as a blob; the same item and size always give the same hash. */
export async function storeItemImage(
  store: Store,
  item: Item,
  size: number,
  name: string,
): Promise<StoredItemImage> {
  const { svg, layout } = renderItem(item, { size });
  const sha256 = await store.blobs.put(await svgToPng(svg));
  return { image: { sha256, name }, layout };
}
