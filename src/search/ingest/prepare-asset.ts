import { readFile, stat } from 'node:fs/promises';
import { type BlobStore, sha256Hex } from '../../store/index.ts';
import type { AssetDescription, AssetRow, AssetWriter } from './asset-writer.ts';
import { sameDescription } from './asset-writer.ts';
import { downloadImage } from './download-image.ts';
import { resolveImageReference } from './image-reference.ts';
import type { ResolvedLimits } from './ingest-options.ts';
import { normaliseImage } from './normalise-image.ts';
import { type SkippedItem, type SourceRecord, stableJson } from './source-record.ts';

/** What one source record turns into, decided off the write path so decoding can run in parallel. */
export type Prepared =
  | { kind: 'unchanged'; id: string; rememberSourceHash?: string }
  | { kind: 'write'; row: AssetRow; existed: boolean }
  | { kind: 'skip'; skipped: SkippedItem };

export interface PrepareContext {
  root: string;
  blobs: BlobStore;
  writer: AssetWriter;
  limits: ResolvedLimits;
  signal?: AbortSignal | undefined;
}

type Loaded = { ok: true; bytes: Buffer } | { ok: false; reason: string };

async function readLocal(path: string, image: string, maxBytes: number): Promise<Loaded> {
  try {
    const { size } = await stat(path);
    if (size > maxBytes)
      return { ok: false, reason: `${image} is ${size} bytes, more than the limit of ${maxBytes}` };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return {
      ok: false,
      reason: `cannot read ${image} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
}

function describe(record: SourceRecord, source: string): AssetDescription {
  return {
    source,
    title: record.title,
    description: record.description,
    caption: record.caption,
    tags: JSON.stringify(record.tags),
    category: record.category,
    price: record.price,
    metadata: stableJson(record.metadata),
  };
}

const skip = (record: SourceRecord, reason: string): Prepared => ({
  kind: 'skip',
  skipped: { source: record.origin, reason },
});

export async function prepareAsset(record: SourceRecord, context: PrepareContext): Promise<Prepared> {
  const { limits } = context;
  const reference = await resolveImageReference(context.root, record.image);
  if (!reference.ok) return skip(record, reference.reason);
  const loaded =
    reference.kind === 'url'
      ? await downloadImage(reference.url, {
          maxBytes: limits.maxBytes,
          timeoutMs: limits.downloadTimeoutMs,
          signal: context.signal,
        })
      : await readLocal(reference.path, record.image, limits.maxBytes);
  if (!loaded.ok) return skip(record, loaded.reason);

  const description = describe(record, reference.kind === 'url' ? reference.url : reference.relative);
  const sourceSha256 = sha256Hex(loaded.bytes);
  const existing = context.writer.find(record.id);
  const sameFields = existing !== undefined && sameDescription(existing, description);
  // The cheap test first: same bytes in the source and same fields means nothing to decode.
  if (sameFields && existing.source_sha256 === sourceSha256) return { kind: 'unchanged', id: record.id };

  const normalised = await normaliseImage(loaded.bytes, limits);
  if (!normalised.ok) return skip(record, `${record.image}: ${normalised.reason}`);
  const image = normalised.image;
  if (sameFields && existing.sha256 === image.sha256) {
    // Re-saved with other metadata but the same pixels: nothing to update but the fast-path hash.
    return { kind: 'unchanged', id: record.id, rememberSourceHash: sourceSha256 };
  }
  const [sha256, thumbnailSha256] = await Promise.all([
    context.blobs.put(image.bytes),
    context.blobs.put(image.thumbnail),
  ]);
  return {
    kind: 'write',
    existed: existing !== undefined,
    row: {
      id: record.id,
      sha256,
      source_sha256: sourceSha256,
      ...description,
      width: image.width,
      height: image.height,
      phash: image.phash,
      color_grid: image.colorGrid,
      thumbnail_sha256: thumbnailSha256,
      updated_at: new Date().toISOString(),
    },
  };
}
