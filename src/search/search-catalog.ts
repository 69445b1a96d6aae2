import type BetterSqlite3 from 'better-sqlite3';
import { AtelierError } from '../core/index.ts';
import type { Embedder } from '../embed/index.ts';
import { parsePrompt } from '../world/index.ts';
import { attributeConditions, attributeSearch } from './attribute-search.ts';
import { assetsByKeys, browse, keysByIds } from './catalog-reader.ts';
import { planFilters, searchThroughFilter } from './filter-plan.ts';
import { type Filter, filtersToSql, normaliseFilter } from './filters.ts';
import { queryWords } from './full-text-query.ts';
import { fullTextSearch } from './full-text-search.ts';
import { type RankedList, reciprocalRankFusion } from './fusion.ts';
import { maximalMarginalRelevance } from './mmr.ts';
import { resolveQueryImage } from './query-images.ts';
import { centroid, type QueryIndex } from './query-index.ts';
import {
  type ParsedSearchRequest,
  type SearchRequest,
  type SearchResponse,
  type SearchResult,
  searchRequestSchema,
} from './search-request.ts';

export interface SearchContext {
  sqlite: BetterSqlite3.Database;
  embedder: Embedder;
  index: QueryIndex;
  /** Cached vectors of catalog assets, by key (from the embeddings table). */
  vectorsByKey(keys: readonly number[]): Map<number, Float32Array>;
  /** A user's saved item ids, or undefined when there is no such board. */
  boardItems(userId: string): string[] | undefined;
}

interface Signal {
  list: RankedList;
  scores: Map<number, number>;
  describe(rank: number, score: number, key: number): string;
}

function signalFrom(
  name: string,
  hits: { key: number; score: number }[],
  describe: Signal['describe'],
): Signal {
  return {
    list: { name, keys: hits.map((hit) => hit.key) },
    scores: new Map(hits.map((hit) => [hit.key, hit.score])),
    describe,
  };
}

/** Query vectors from images and a board, with the catalog keys they came from. */
async function queryVectors(
  context: SearchContext,
  request: ParsedSearchRequest,
): Promise<{ vectors: Float32Array[]; sourceKeys: number[]; boardSize: number }> {
  const vectors: Float32Array[] = [];
  const sourceKeys: number[] = [];
  const catalogIds: string[] = [];
  for (const input of request.images ?? []) {
    const resolved = await resolveQueryImage(input);
    if (resolved.kind === 'asset') catalogIds.push(resolved.assetId);
    else vectors.push(...(await context.embedder.embedImages([resolved.bytes])));
  }
  let boardSize = 0;
  if (request.board) {
    const items = context.boardItems(request.board);
    if (!items) {
      throw new AtelierError('NOT_FOUND', `no board for user "${request.board}"`, {
        hint: 'Boards come from an indexed world (boards.jsonl); check the user id.',
      });
    }
    boardSize = items.length;
    catalogIds.push(...items);
  }
  if (catalogIds.length > 0) {
    const keys = keysByIds(context.sqlite, catalogIds);
    const missing = catalogIds.filter((id) => !keys.has(id));
    if (missing.length > 0 && !request.board) {
      throw new AtelierError('NOT_FOUND', `asset ${missing[0]} is not in the catalog`, {
        hint: 'Use an asset id from a search result or from the ingested metadata.',
      });
    }
    const found = context.vectorsByKey([...keys.values()]);
    for (const key of keys.values()) {
      const vector = found.get(key);
      sourceKeys.push(key);
      if (vector) vectors.push(vector);
    }
  }
  return { vectors, sourceKeys, boardSize };
}

export async function searchCatalog(context: SearchContext, input: SearchRequest): Promise<SearchResponse> {
  const started = performance.now();
  const parsed = searchRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `bad search request: ${issue?.path.join('.') || 'query'}: ${issue?.message}`,
      {
        hint: 'Give text, images, a board or at least one filter.',
      },
    );
  }
  const request = parsed.data;
  const filters: Filter[] = request.filters.map((filter) => normaliseFilter(filter));
  const plan = planFilters(context.sqlite, filters);
  const filterSql = plan?.sql ?? filtersToSql([]);
  const window = request.offset + request.k;
  // Each signal looks deeper than one page so that fusion and MMR have something to choose from.
  const depth = Math.max(50, window * 3);
  const vectorSearch = (query: Float32Array, wanted: number) =>
    plan?.keys
      ? context.index.search(query, wanted, { candidates: plan.keys })
      : searchThroughFilter(plan, wanted, (deep) =>
          context.index.search(query, Math.min(deep, context.index.size)),
        );
  const signals: Signal[] = [];

  if (request.text) {
    const conditions = attributeConditions(parsePrompt(request.text).attributes);
    if (conditions.length > 0) {
      const hits = attributeSearch(context.sqlite, conditions, filterSql, depth);
      const matched = new Map(hits.map((hit) => [hit.key, hit.matched]));
      const total = conditions.reduce((sum, condition) => sum + condition.weight, 0);
      signals.push(
        signalFrom(
          'attributes',
          hits,
          (rank, score, key) =>
            `attributes: rank ${rank} (${score}/${total}: ${(matched.get(key) ?? []).join(', ')})`,
        ),
      );
    }
    const words = queryWords(request.text);
    signals.push(
      signalFrom(
        'text',
        fullTextSearch(context.sqlite, request.text, plan, depth),
        (rank, score) => `text: rank ${rank} (BM25 ${score.toFixed(2)} for ${words.join(' ')})`,
      ),
    );
    if (context.embedder.supportsText) {
      const [vector] = await context.embedder.embedTexts([request.text]);
      if (vector) {
        signals.push(
          signalFrom(
            'text-embedding',
            vectorSearch(vector, depth),
            (rank, score) => `text↔image embedding: rank ${rank} (cosine ${score.toFixed(3)})`,
          ),
        );
      }
    }
  }

  const { vectors, sourceKeys, boardSize } = await queryVectors(context, request);
  if (vectors.length > 0) {
    const name = request.board ? 'board' : 'image';
    const label = request.board
      ? `board of ${boardSize}`
      : vectors.length > 1
        ? `${vectors.length} images`
        : 'image';
    if (vectors.length === 1 || request.boardMode === 'centroid') {
      const hits = vectorSearch(centroid(vectors), depth + sourceKeys.length);
      signals.push(
        signalFrom(
          name,
          hits,
          (rank, score) =>
            `${label}${vectors.length > 1 ? ' centroid' : ''}: rank ${rank} (cosine ${score.toFixed(3)})`,
        ),
      );
    } else {
      // Best match: a candidate is as close as its nearest query image, so a board that mixes two
      // styles finds items of each instead of the blurry average between them.
      const best = new Map<number, number>();
      for (const vector of vectors) {
        for (const hit of vectorSearch(vector, depth + sourceKeys.length)) {
          best.set(hit.key, Math.max(best.get(hit.key) ?? -2, hit.score));
        }
      }
      const hits = [...best]
        .map(([key, score]) => ({ key, score }))
        .sort((a, b) => b.score - a.score || a.key - b.key);
      signals.push(
        signalFrom(
          name,
          hits,
          (rank, score) => `${label} best match: rank ${rank} (cosine ${score.toFixed(3)})`,
        ),
      );
    }
  }

  // Query items (a board's own items, a catalog image used as the query) are not results; they are
  // dropped from every signal before fusion so that ranks in "why" are ranks among results.
  const excluded = new Set(request.excludeQueryItems ? sourceKeys : []);
  if (excluded.size > 0) {
    for (const signal of signals)
      signal.list = { ...signal.list, keys: signal.list.keys.filter((key) => !excluded.has(key)) };
  }
  let ranked: { key: number; score: number }[];
  if (signals.length === 0) {
    // Filters alone: browse the matching assets in catalog order.
    ranked = browse(context.sqlite, filterSql, window).map((key) => ({ key, score: 0 }));
  } else if (signals.length === 1) {
    ranked = signals[0]!.list.keys.map((key) => ({ key, score: signals[0]!.scores.get(key)! }));
  } else {
    ranked = reciprocalRankFusion(signals.map((signal) => signal.list));
  }
  ranked = ranked.filter((hit) => !excluded.has(hit.key));

  let pageKeys: number[];
  if (request.diversity !== undefined && request.diversity < 1 && ranked.length > 0) {
    const pool = ranked.slice(0, Math.max(window * 3, 30));
    const top = pool[0]!.score;
    const bottom = pool[pool.length - 1]!.score;
    const vectorsByKey = context.vectorsByKey(pool.map((hit) => hit.key));
    const order = maximalMarginalRelevance(
      pool.map((hit) => ({
        key: hit.key,
        relevance: top === bottom ? 1 : (hit.score - bottom) / (top - bottom),
        vector: vectorsByKey.get(hit.key),
      })),
      window,
      request.diversity,
    );
    pageKeys = order.slice(request.offset, window);
  } else {
    pageKeys = ranked.slice(request.offset, window).map((hit) => hit.key);
  }

  const scoreOf = new Map(ranked.map((hit) => [hit.key, hit.score]));
  const assets = assetsByKeys(context.sqlite, pageKeys);
  const filterText = filters.map((filter) => `${filter.field} ${filter.op} ${JSON.stringify(filter.value)}`);
  const results: SearchResult[] = [];
  pageKeys.forEach((key, index) => {
    const asset = assets.get(key);
    if (!asset) return;
    const why: string[] = [];
    for (const signal of signals) {
      const position = signal.list.keys.indexOf(key);
      if (position >= 0) why.push(signal.describe(position + 1, signal.scores.get(key)!, key));
    }
    if (filterText.length > 0) why.push(`passes ${filterText.join(' and ')}`);
    results.push({
      id: asset.id,
      key,
      rank: request.offset + index + 1,
      score: scoreOf.get(key) ?? 0,
      title: asset.title,
      category: asset.category,
      price: asset.price,
      caption: asset.caption,
      sha256: asset.sha256,
      thumbnailSha256: asset.thumbnailSha256,
      metadata: asset.metadata,
      why,
    });
  });
  return {
    results,
    filtered: plan ? plan.count : null,
    signals: signals.map((signal) => signal.list.name),
    embedder: context.embedder.id,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
  };
}
