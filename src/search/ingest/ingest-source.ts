import { AtelierError, mapInOrder } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { type AssetRow, createAssetWriter } from './asset-writer.ts';
import { type IngestOptions, type IngestSummary, resolveLimits } from './ingest-options.ts';
import { findNearDuplicates, type HashedAsset } from './near-duplicates.ts';
import { type Prepared, prepareAsset } from './prepare-asset.ts';
import { readSource } from './read-source.ts';
import type { SkippedItem } from './source-record.ts';

const noProgress = { start() {}, tick() {}, finish() {} };

function interrupted(): AtelierError {
  return new AtelierError('INTERRUPTED', 'the ingest was interrupted; assets written so far are kept', {
    hint: 'Run the same command again: unchanged assets are recognised and only the rest is processed.',
  });
}

/**
 * Ingests a generated world, a folder with metadata.jsonl/metadata.csv, or a plain folder of images
 * into the store: images normalised into blobs, one asset row per record, near-duplicates reported.
 * Bad rows and images are skipped with their reason; everything else lands. Re-running it is cheap:
 * records whose source bytes and fields are unchanged are not decoded or written again.
 */
export async function ingestSource(
  store: Store,
  source: string,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const limits = resolveLimits(options);
  const progress = options.progress ?? noProgress;
  const { signal } = options;
  const listing = await readSource(source);
  const writer = createAssetWriter(store);
  const counts = {
    records: listing.records.length + listing.skipped.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    duplicates: 0,
  };
  const skipped: SkippedItem[] = [];
  /**
   * Ids added or updated by this run: near-duplicates are looked for around them only, so a re-run
   * over an unchanged catalog does not rescan the whole store.
   */
  const changed = new Set<string>();
  const reportSkip = (item: SkippedItem) => {
    skipped.push(item);
    counts.skipped++;
    options.onSkip?.(item);
  };
  listing.skipped.forEach(reportSkip);

  let batch: { row: AssetRow; existed: boolean; origin: string }[] = [];
  const flush = () => {
    const failures = new Map(
      writer.writeBatch(batch.map((entry) => entry.row)).map((failure) => [failure.id, failure.error]),
    );
    for (const entry of batch) {
      const error = failures.get(entry.row.id);
      if (error !== undefined)
        reportSkip({ source: entry.origin, reason: `cannot be stored: ${(error as Error).message}` });
      else {
        changed.add(entry.row.id);
        if (entry.existed) counts.updated++;
        else counts.added++;
      }
    }
    batch = [];
  };

  progress.start('images', listing.records.length);
  try {
    await mapInOrder(
      listing.records.length,
      limits.concurrency,
      async (index): Promise<Prepared> => {
        if (signal?.aborted) throw interrupted();
        return prepareAsset(listing.records[index]!, {
          root: listing.root,
          blobs: store.blobs,
          writer,
          limits,
          signal,
        });
      },
      (index, prepared) => {
        // A download cut short by the abort is not the row's fault: stop instead of skipping it.
        if (signal?.aborted) throw interrupted();
        if (prepared.kind === 'skip') reportSkip(prepared.skipped);
        else if (prepared.kind === 'unchanged') {
          counts.unchanged++;
          if (prepared.rememberSourceHash)
            writer.rememberSourceHash(prepared.id, prepared.rememberSourceHash);
        } else {
          batch.push({
            row: prepared.row,
            existed: prepared.existed,
            origin: listing.records[index]!.origin,
          });
          if (batch.length >= limits.batchSize) flush();
        }
        progress.tick(index + 1);
      },
    );
  } finally {
    // Whatever was decoded before an interruption or failure is kept, so a re-run resumes there.
    flush();
    progress.finish();
  }

  progress.start('duplicates', 1);
  const hashed = store.sqlite
    .prepare<[], HashedAsset>('SELECT id, phash, color_grid FROM assets WHERE phash IS NOT NULL ORDER BY key')
    .all();
  const criteria = {
    maxDistance: limits.duplicateThreshold,
    maxColorDifference: limits.duplicateColorDifference,
  };
  const duplicates = findNearDuplicates(hashed, criteria, changed, limits.maxDuplicatePairs);
  counts.duplicates = duplicates.count;
  progress.tick(1);
  progress.finish();

  // In source order (metadata.jsonl:2 before metadata.jsonl:10), not in the order decoding finished.
  skipped.sort((x, y) => x.source.localeCompare(y.source, 'en', { numeric: true }));
  return {
    source,
    kind: listing.kind,
    counts,
    skipped,
    duplicatePairs: duplicates.pairs,
    duplicateThreshold: limits.duplicateThreshold,
    duplicateColorDifference: limits.duplicateColorDifference,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
