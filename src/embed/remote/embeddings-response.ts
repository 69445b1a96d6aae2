import { z } from 'zod';
import { EmbedError } from '../embed-error.ts';

/**
 * The part of an OpenAI-compatible /v1/embeddings response that we use. Deliberately minimal:
 * servers add fields (usage, object, model) that differ between vLLM, Infinity and OpenAI, and
 * checking them would only make us break when they change.
 */
const embeddingsResponseSchema = z.object({
  data: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      embedding: z.array(z.number()),
    }),
  ),
});

const MALFORMED_HINT =
  'Check that the URL points at an OpenAI-compatible /v1/embeddings endpoint and that the model is an embedding model.';

/** Parses a response body into one vector per input, in input order. */
export function parseEmbeddingsResponse(body: unknown, expected: number, where: string): number[][] {
  const parsed = embeddingsResponseSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue === undefined ? '' : issue.path.join('.');
    throw new EmbedError(
      'REMOTE_MALFORMED',
      `${where} answered with a body that is not an embeddings response (${path === '' ? 'body' : path}: ${issue?.message ?? 'invalid'})`,
      { hint: MALFORMED_HINT },
    );
  }
  const { data } = parsed.data;
  if (data.length !== expected) {
    throw new EmbedError(
      'EMBEDDING_INVALID',
      `${where} returned ${data.length} embeddings for ${expected} inputs`,
      {
        hint: 'The server dropped or duplicated inputs; lower batchSize, or check the server logs.',
      },
    );
  }
  const vectors = new Array<number[] | undefined>(expected);
  for (const entry of data) {
    if (entry.index >= expected || vectors[entry.index] !== undefined) {
      throw new EmbedError(
        'EMBEDDING_INVALID',
        `${where} returned index ${entry.index} ${entry.index >= expected ? 'out of range' : 'twice'} for ${expected} inputs`,
        { hint: 'The server answered a different request than the one sent; check the server logs.' },
      );
    }
    vectors[entry.index] = entry.embedding;
  }
  return vectors as number[][];
}
