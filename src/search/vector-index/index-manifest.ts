import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { VectorIndexError } from './errors.ts';

export const MANIFEST_FORMAT = 'atelier-vector-index';
export const MANIFEST_VERSION = 1;

/** Data files live beside the manifest; a bare name keeps a crafted manifest from pointing elsewhere. */
const fileName = z.string().regex(/^[^/\\]+$/, 'a file name without directories');
const count = z.number().int().nonnegative();
/**
 * Checked before usearch opens a graph file: the native loader trusts the bytes it reads, and a
 * damaged graph would crash the process instead of raising an error.
 */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');

const graphSchema = z.object({
  file: fileName,
  bytes: count,
  sha256,
  /** The usearch metric on the graph's copy; scores are always cosine, re-computed from the rows. */
  usearchMetric: z.enum(['ip', 'cos']),
  connectivity: z.number().int().min(2),
  expansionAdd: z.number().int().min(2),
  expansionSearch: z.number().int().min(2),
  quantization: z.enum(['f32', 'bf16', 'f16', 'i8']),
});

/**
 * The file a caller names when saving or loading: a small JSON document that says what the index is
 * (kind, dimensions, count, HNSW settings) and which data files hold it. It is written last and
 * renamed into place, so it is the commit point of a save.
 */
export const manifestSchema = z
  .object({
    format: z.literal(MANIFEST_FORMAT),
    version: z.literal(MANIFEST_VERSION),
    kind: z.enum(['exact', 'hnsw']),
    dimensions: z.number().int().positive(),
    metric: z.literal('cosine'),
    count,
    savedAt: z.string(),
    vectors: z.object({ file: fileName, bytes: count, sha256 }),
    graph: graphSchema.nullable(),
  })
  .refine((manifest) => (manifest.kind === 'hnsw') === (manifest.graph !== null), {
    message: 'an hnsw index names a graph file and an exact one does not',
    path: ['graph'],
  });

export type IndexManifest = z.infer<typeof manifestSchema>;
export type GraphManifest = z.infer<typeof graphSchema>;

export interface ManifestExpectations {
  /** The embedder's dimensions; a file built for another model is refused rather than misread. */
  dimensions?: number;
}

export async function readManifest(path: string, expect: ManifestExpectations = {}): Promise<IndexManifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new VectorIndexError('FILE_MISSING', `No vector index at ${path}.`, {
      hint: 'Check the path, or build the index first.',
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new VectorIndexError('FILE_CORRUPT', `Vector index manifest ${path} is not valid JSON.`, {
      hint: 'Delete it and rebuild the index.',
      cause: error,
    });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    throw new VectorIndexError(
      'FILE_CORRUPT',
      `${path} is not an Atelier vector index manifest (version ${MANIFEST_VERSION}): ${issue?.message ?? 'invalid'}${where}.`,
      { hint: 'Delete it and rebuild the index.' },
    );
  }
  const manifest = parsed.data;
  if (expect.dimensions !== undefined && manifest.dimensions !== expect.dimensions) {
    throw new VectorIndexError(
      'FILE_MISMATCH',
      `Vector index ${path} holds ${manifest.dimensions}-dimensional vectors, but ${expect.dimensions} were expected.`,
      {
        hint: 'It was built with another embedder: rebuild the index for this one, or point at the right file.',
      },
    );
  }
  return manifest;
}
