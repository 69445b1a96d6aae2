import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AtelierError } from '../../core/index.ts';
import type { IngestSummary } from './ingest-options.ts';
import { METADATA_CSV, METADATA_JSONL, readMetadataCsv, readMetadataJsonl } from './read-metadata-files.ts';
import { readWorldCatalog, WORLD_MANIFEST } from './read-world-catalog.ts';
import { scanImages } from './scan-images.ts';
import type { ReadResult, SkippedItem, SourceRecord } from './source-record.ts';

export interface SourceListing {
  /** The source folder with symbolic links resolved; image paths are checked against it. */
  root: string;
  kind: IngestSummary['kind'];
  records: SourceRecord[];
  skipped: SkippedItem[];
}

async function resolveRoot(source: string): Promise<string> {
  let root: string;
  try {
    root = await realpath(source);
  } catch (error) {
    throw new AtelierError('SOURCE_NOT_FOUND', `${source} does not exist`, {
      hint: 'Pass a folder made by `atelier world generate`, or a folder of images with an optional metadata.jsonl or metadata.csv.',
      cause: error,
    });
  }
  if (!(await stat(root)).isDirectory()) {
    throw new AtelierError('INVALID_SOURCE', `${source} is not a folder`, {
      hint: 'Pass the folder that holds the images (and metadata.jsonl, metadata.csv or world.json), not a file in it.',
    });
  }
  return root;
}

/**
 * Lists what a source folder describes: a generated world (world.json), a metadata file, or else
 * every image in it. Metadata files are authoritative: images they do not name are not ingested.
 */
export async function readSource(source: string): Promise<SourceListing> {
  const root = await resolveRoot(source);
  let kind: IngestSummary['kind'];
  let results: ReadResult[];
  if (existsSync(join(root, WORLD_MANIFEST))) {
    kind = 'world';
    results = await readWorldCatalog(root);
  } else if (existsSync(join(root, METADATA_JSONL)) || existsSync(join(root, METADATA_CSV))) {
    kind = 'metadata';
    results = [];
    if (existsSync(join(root, METADATA_JSONL)))
      results.push(...(await readMetadataJsonl(join(root, METADATA_JSONL))));
    if (existsSync(join(root, METADATA_CSV)))
      results.push(...(await readMetadataCsv(join(root, METADATA_CSV))));
  } else {
    kind = 'images';
    results = await scanImages(root);
  }

  const records: SourceRecord[] = [];
  const skipped: SkippedItem[] = [];
  const firstSeen = new Map<string, string>();
  for (const result of results) {
    if (!result.ok) {
      skipped.push(result.skipped);
      continue;
    }
    const earlier = firstSeen.get(result.record.id);
    if (earlier !== undefined) {
      skipped.push({
        source: result.record.origin,
        reason: `id "${result.record.id}" was already used at ${earlier}`,
      });
      continue;
    }
    firstSeen.set(result.record.id, result.record.origin);
    records.push(result.record);
  }
  return { root, kind, records, skipped };
}
