import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AtelierError } from '../../core/index.ts';
import { describeIssues } from './metadata-row.ts';
import { readJsonl } from './read-jsonl.ts';
import type { ReadResult } from './source-record.ts';

export const WORLD_MANIFEST = 'world.json';

const manifestSchema = z.looseObject({
  generator: z.string(),
  files: z
    .looseObject({ catalog: z.string().default('catalog.jsonl') })
    .default({ catalog: 'catalog.jsonl' }),
});

/**
 * A catalog row of a generated world. Deliberately looser than the world's own item schema: an older
 * or newer world version should still ingest, with whatever fields it has kept as metadata.
 */
const catalogRowSchema = z.looseObject({
  id: z.string().min(1),
  image: z.string().min(1),
  title: z.string().nullish(),
  caption: z.string().nullish(),
  category: z.string().nullish(),
  price: z.number().nonnegative().nullish(),
  color: z.string().nullish(),
  texture: z.string().nullish(),
  season: z.string().nullish(),
  pattern: z.looseObject({ kind: z.string(), color: z.string().optional() }).nullish(),
});
type CatalogRow = z.infer<typeof catalogRowSchema>;

/** Words a shopper would search for, from the fields that name what the item looks like. */
function worldTags(row: CatalogRow): string[] {
  const tags = [row.category, row.color, row.texture, row.season];
  if (row.pattern && row.pattern.kind !== 'solid') tags.push(row.pattern.kind, row.pattern.color);
  // Archetypes stay out on purpose: they are the hidden taste that the aesthetics benchmarks ask a
  // model to infer, and putting them in searchable text would hand out the answer.
  return [...new Set(tags.filter((tag): tag is string => typeof tag === 'string' && tag !== ''))];
}

export async function readWorldCatalog(root: string): Promise<ReadResult[]> {
  const manifestText = await readFile(join(root, WORLD_MANIFEST), 'utf8');
  let manifest: z.infer<typeof manifestSchema>;
  try {
    manifest = manifestSchema.parse(JSON.parse(manifestText));
  } catch (error) {
    throw new AtelierError('INVALID_SOURCE', `${join(root, WORLD_MANIFEST)} is not a world manifest`, {
      hint: 'Regenerate the world with `atelier world generate`, or remove world.json to ingest the folder as plain images.',
      cause: error,
    });
  }
  const catalog = manifest.files.catalog;
  const results: ReadResult[] = [];
  try {
    for await (const entry of readJsonl(join(root, catalog))) {
      const origin = `${catalog}:${entry.line}`;
      if ('error' in entry) {
        results.push({ ok: false, skipped: { source: origin, reason: entry.error } });
        continue;
      }
      const parsed = catalogRowSchema.safeParse(entry.value);
      if (!parsed.success) {
        results.push({ ok: false, skipped: { source: origin, reason: describeIssues(parsed.error) } });
        continue;
      }
      const row = parsed.data;
      const record = {
        origin,
        id: row.id,
        image: row.image,
        title: row.title ?? null,
        description: null,
        caption: row.caption ?? null,
        tags: worldTags(row),
        category: row.category ?? null,
        price: row.price ?? null,
        metadata: entry.value as Record<string, unknown>,
      };
      results.push({ ok: true, record });
    }
  } catch (error) {
    throw new AtelierError(
      'INVALID_SOURCE',
      `cannot read ${join(root, catalog)}: ${(error as Error).message}`,
      {
        hint: 'The world folder is incomplete; regenerate it with `atelier world generate`.',
        cause: error,
      },
    );
  }
  return results;
}
