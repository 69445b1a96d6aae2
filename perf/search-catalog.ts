/**
 * End-to-end query latency on a 100,000-item catalog: the real store (SQLite, FTS5, metadata JSON),
 * the real vector index and the real query path (attributes + BM25 + image vector, fused by RRF,
 * with a metadata filter). Rendering and embedding 100k images would take an hour and measure the
 * renderer, not search, so rows come from the world sampler and vectors from a clustered
 * distribution of the classic embedder's size; nothing else is simulated.
 * Run alone: npx tsx perf/search-catalog.ts [--items 100000] [--queries 300]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedder } from '../src/embed/index.ts';
import { searchCatalog } from '../src/search/search-catalog.ts';
import { AdaptiveVectorIndex, ClusteredDistribution } from '../src/search/vector-index/index.ts';
import { openStore } from '../src/store/index.ts';
import { CATEGORY_INFO, itemCaption, itemTitle, Random, worldItemPool } from '../src/world/index.ts';

export interface CatalogBenchmarkResult {
  items: number;
  queries: number;
  loadSeconds: number;
  indexSeconds: number;
  p50Ms: number;
  p99Ms: number;
  meanResults: number;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

export async function runCatalogBenchmark(options: {
  items: number;
  queries: number;
}): Promise<CatalogBenchmarkResult> {
  const folder = mkdtempSync(join(tmpdir(), 'atelier-perf-search-'));
  const store = await openStore(join(folder, 'home'));
  try {
    const loadStarted = performance.now();
    const pool = worldItemPool(3, options.items);
    const insert = store.sqlite.prepare(
      `INSERT INTO assets (id, sha256, source, title, caption, tags, category, price, metadata)
       VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?)`,
    );
    const insertAll = store.sqlite.transaction((start: number, end: number) => {
      for (let index = start; index < end; index++) {
        const item = pool.get(index);
        const language = Random.for(3, `language:${item.id}`);
        insert.run(
          item.id,
          `sha-${index}`,
          `images/items/${item.id}.png`,
          itemTitle(item, language),
          itemCaption(item, language),
          item.category,
          item.price,
          JSON.stringify(item),
        );
      }
    });
    for (let start = 0; start < options.items; start += 5000)
      insertAll(start, Math.min(options.items, start + 5000));
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    const indexStarted = performance.now();
    const dimensions = 512;
    const distribution = new ClusteredDistribution({ dimensions, clusters: 400, seed: 3 });
    const index = AdaptiveVectorIndex.create(dimensions);
    const rows = distribution.sample(options.items, 4);
    const keys: number[] = [];
    const vectors: Float32Array[] = [];
    for (let key = 1; key <= options.items; key++) {
      keys.push(key);
      vectors.push(rows.subarray((key - 1) * dimensions, key * dimensions));
    }
    index.upsert(keys, vectors);
    const indexSeconds = (performance.now() - indexStarted) / 1000;

    const embedder = await createEmbedder('classic');
    const context = {
      sqlite: store.sqlite,
      embedder,
      index,
      vectorsByKey(wanted: readonly number[]) {
        const found = new Map<number, Float32Array>();
        for (const key of wanted) {
          const vector = index.vector(key);
          if (vector) found.set(key, vector);
        }
        return found;
      },
      boardItems: () => undefined,
    };
    const random = new Random(11);
    const colors = ['red', 'navy', 'black', 'white', 'pink', 'camel', 'green', 'grey'];
    const patterns = ['striped', 'floral', 'checked', 'plain', ''];
    const categories = Object.values(CATEGORY_INFO).map((info) => info.noun);
    const timings: number[] = [];
    let results = 0;
    for (let query = 0; query < options.queries + 20; query++) {
      const text = `${random.pick(colors)} ${random.pick(patterns)} ${random.pick(categories)}`.replace(
        /\s+/g,
        ' ',
      );
      const started = performance.now();
      const response = await searchCatalog(context, {
        text,
        images: [{ assetId: pool.get(random.int(0, options.items - 1)).id }],
        filters: [`price<${random.int(40, 200)}`],
        k: 10,
      });
      // The first queries warm SQLite's page cache and V8; they are not counted.
      if (query >= 20) {
        timings.push(performance.now() - started);
        results += response.results.length;
      }
    }
    await embedder.close();
    timings.sort((a, b) => a - b);
    return {
      items: options.items,
      queries: options.queries,
      loadSeconds,
      indexSeconds,
      p50Ms: percentile(timings, 0.5),
      p99Ms: percentile(timings, 0.99),
      meanResults: results / options.queries,
    };
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  const flag = (name: string, fallback: number) => {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 ? Number(process.argv[index + 1]) : fallback;
  };
  const result = await runCatalogBenchmark({ items: flag('items', 100_000), queries: flag('queries', 300) });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
