/**
 * `npm run perf -- search [--vectors N] [--million] [--catalog N] [--skip-quality]`
 * Issue targets on a 2-core machine: HNSW p50 <= 2 ms at recall@10 >= 0.95 and build <= 120 s on
 * 200,000 clustered 512-d vectors; an end-to-end query (text, fused, with a filter) on a 100,000-item
 * catalog p50 <= 20 ms. Also prints retrieval quality on a 1,000-item world.
 */
import { runCatalogBenchmark } from './search-catalog.ts';
import { runQualityBenchmark } from './search-quality.ts';
import { main as runVectors } from './search-vectors.ts';

const argv = process.argv.slice(2);
const catalogIndex = argv.indexOf('--catalog');
const catalogItems = catalogIndex >= 0 ? Number(argv[catalogIndex + 1]) : 100_000;
const vectorArguments = argv.filter((_, index) => index !== catalogIndex && index !== catalogIndex + 1);

const vectors = await runVectors(vectorArguments.filter((word) => word !== '--skip-quality'));
const catalog = await runCatalogBenchmark({ items: catalogItems, queries: 300 });
process.stdout.write(
  `catalog of ${catalog.items} items, query = text + image + price filter, fused: p50 ${catalog.p50Ms.toFixed(2)} ms, p99 ${catalog.p99Ms.toFixed(2)} ms (target p50 <= 20 ms)\n`,
);
const quality = argv.includes('--skip-quality') ? null : await runQualityBenchmark();
if (quality) {
  process.stdout.write(
    `quality (1,000-item world, classic + full text): recall@10 category+colour ${quality.categoryColorRecallAt10} over ${quality.categoryColorQueries} queries, +pattern ${quality.categoryColorPatternRecallAt10} over ${quality.categoryColorPatternQueries}; image→image same category top-1 ${quality.imageSameCategoryTop1}, top-5 ${quality.imageSameCategoryTop5}\n`,
  );
}
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'search',
    vectors: {
      count: vectors.vectors,
      dimensions: vectors.dimensions,
      buildSeconds: vectors.buildSeconds,
      rssMb: vectors.rssMb,
      hnswP50Ms: vectors.hnsw.p50Ms,
      hnswP99Ms: vectors.hnsw.p99Ms,
      recallAt10: vectors.recallAt10,
      exactP50Ms: vectors.exact.p50Ms,
      targetsMet: vectors.targets.met,
    },
    catalog: {
      items: catalog.items,
      p50Ms: Number(catalog.p50Ms.toFixed(2)),
      p99Ms: Number(catalog.p99Ms.toFixed(2)),
      targetP50Ms: 20,
    },
    quality,
  })}\n`,
);
