/**
 * Retrieval quality on a generated world of 1,000 items with the classic embedder plus full text:
 * recall@10 of text queries naming category and colour (and pattern), counted against
 * min(10, relevant items in the catalog), and how often image-to-image search puts an item of the
 * query's category first. Run alone: npx tsx perf/search-quality.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedder } from '../src/embed/index.ts';
import { buildCatalogIndex, ingestSource, openSearchEngine } from '../src/search/index.ts';
import { openStore } from '../src/store/index.ts';
import { CATEGORY_INFO, generateWorld, type Item } from '../src/world/index.ts';

export interface QualityResult {
  items: number;
  categoryColorQueries: number;
  categoryColorRecallAt10: number;
  categoryColorPatternQueries: number;
  categoryColorPatternRecallAt10: number;
  imageSameCategoryTop1: number;
  imageSameCategoryTop5: number;
}

const PATTERN_WORDS: Record<string, string> = {
  stripes: 'striped',
  dots: 'polka dot',
  checks: 'checked',
  plaid: 'plaid',
  floral: 'floral',
  leopard: 'leopard print',
};

export async function runQualityBenchmark(items = 1000): Promise<QualityResult> {
  const folder = mkdtempSync(join(tmpdir(), 'atelier-perf-quality-'));
  try {
    const world = await generateWorld({
      seed: 5,
      items,
      outfits: 0,
      boards: 0,
      scenes: 0,
      size: 192,
      sceneSize: 1024,
      boardSize: 10,
      concurrency: 8,
      out: join(folder, 'world'),
      force: false,
    });
    const home = join(folder, 'home');
    const store = await openStore(home);
    await ingestSource(store, world.out);
    await buildCatalogIndex(store, await createEmbedder('classic'), 'classic');
    const catalog = store.sqlite
      .prepare<[], { metadata: string }>('SELECT metadata FROM assets')
      .all()
      .map((row) => JSON.parse(row.metadata) as Item);
    await store.close();
    const engine = await openSearchEngine({ home });
    const measure = async (
      key: (item: Item) => string | null,
      matches: (item: Item, result: Item) => boolean,
    ) => {
      const groups = new Map<string, Item[]>();
      for (const item of catalog) {
        const name = key(item);
        if (name) groups.set(name, [...(groups.get(name) ?? []), item]);
      }
      let recall = 0;
      for (const [query, members] of groups) {
        const { results } = await engine.search({ text: query, k: 10 });
        const correct = results.filter((result) =>
          matches(members[0]!, result.metadata as unknown as Item),
        ).length;
        recall += correct / Math.min(10, members.length);
      }
      return { queries: groups.size, recall: recall / groups.size };
    };
    const noun = (item: Item) => CATEGORY_INFO[item.category].noun;
    const categoryColor = await measure(
      (item) => `${item.color} ${noun(item)}`,
      (wanted, found) => wanted.color === found.color && wanted.category === found.category,
    );
    const withPattern = await measure(
      (item) =>
        PATTERN_WORDS[item.pattern.kind]
          ? `${item.color} ${PATTERN_WORDS[item.pattern.kind]} ${noun(item)}`
          : null,
      (wanted, found) =>
        wanted.color === found.color &&
        wanted.category === found.category &&
        wanted.pattern.kind === found.pattern.kind,
    );
    const probes = catalog.filter((_, index) => index % 10 === 0);
    let top1 = 0;
    let top5 = 0;
    for (const probe of probes) {
      const { results } = await engine.search({ images: [{ assetId: probe.id }], k: 5 });
      if (results[0]?.category === probe.category) top1++;
      top5 += results.filter((result) => result.category === probe.category).length;
    }
    await engine.close();
    return {
      items,
      categoryColorQueries: categoryColor.queries,
      categoryColorRecallAt10: Number(categoryColor.recall.toFixed(3)),
      categoryColorPatternQueries: withPattern.queries,
      categoryColorPatternRecallAt10: Number(withPattern.recall.toFixed(3)),
      imageSameCategoryTop1: Number((top1 / probes.length).toFixed(3)),
      imageSameCategoryTop5: Number((top5 / (probes.length * 5)).toFixed(3)),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await runQualityBenchmark())}\n`);
}
