import sharp from 'sharp';
import { AtelierError } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import type { ConversationImage, ToolCallContext } from './tool.ts';

/** A catalog asset's full-resolution stored image (ingest keeps it as a normalised PNG). */
export interface CatalogImage {
  assetId: string;
  sha256: string;
  width: number;
  height: number;
}

export async function findCatalogImage(store: Store, assetId: string): Promise<CatalogImage | undefined> {
  const row = await store.db
    .selectFrom('assets')
    .select(['id', 'sha256', 'width', 'height'])
    .where('id', '=', assetId)
    .executeTakeFirst();
  if (!row) return undefined;
  let { width, height } = row;
  if (width === null || height === null) {
    const info = await sharp(await store.blobs.read(row.sha256), { limitInputPixels: false }).metadata();
    width = info.width;
    height = info.height;
  }
  return { assetId: row.id, sha256: row.sha256, width, height };
}

function unknownImage(name: string, context: ToolCallContext): AtelierError {
  const known = context.images.list().map((image) => image.name);
  const listed = known.length === 0 ? 'none yet' : known.slice(-12).join(', ');
  return new AtelierError('NOT_FOUND', `no image called "${name}" (images in this conversation: ${listed})`, {
    hint: 'Name an image of this conversation ("image-1", "zoom-1") or a catalog asset id from search results.',
  });
}

/**
 * What a tool argument naming an image refers to: an image of this conversation, or else a catalog
 * asset id, which is then registered under that id so later calls and the trace can name it too.
 */
export async function resolveImage(
  name: string,
  context: ToolCallContext,
  store: Store,
): Promise<ConversationImage> {
  const known = context.images.get(name);
  if (known) return known;
  const asset = await findCatalogImage(store, name);
  if (!asset) throw unknownImage(name, context);
  return context.images.addNamed({
    name,
    sha256: asset.sha256,
    mediaType: 'image/png',
    width: asset.width,
    height: asset.height,
    origin: { kind: 'catalog', assetId: asset.assetId },
  });
}
