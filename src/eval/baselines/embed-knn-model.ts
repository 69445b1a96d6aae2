import {
  AtelierError,
  type ChatCallOptions,
  type ChatRequest,
  type ChatResponse,
  type ImagePart,
} from '../../core/index.ts';
import { createEmbedder, type Embedder, safeParseEmbedderSpec } from '../../embed/index.ts';
import type { ChatModel } from '../../models/index.ts';
import { getCachedEmbeddings, putEmbeddings, type Store, sha256Hex } from '../../store/index.ts';
import { meanPairwiseSimilarity, meanSimilarity } from './cosine.ts';

const PREFIX = 'embed-knn:';

export const EMBED_KNN_ONLY_RANKS =
  'embed-knn only ranks candidate images by their similarity to the other images (an outfit or a board); this request offers no candidate images, so it has no answer.';

export interface EmbedKnnOptions {
  /** Caches vectors in the store's embeddings table, so a re-run embeds nothing twice. */
  store?: Store;
  /** An embedder to use instead of creating one from the spec (tests, or one shared with search). */
  embedder?: Embedder;
}

interface NamedImage {
  name: string;
  bytes: Uint8Array;
}

function namedImages(request: ChatRequest): NamedImage[] {
  const images: NamedImage[] = [];
  for (const message of request.messages) {
    if (message.role !== 'user' && message.role !== 'tool') continue;
    for (const part of message.content) {
      const bytes = imageBytes(part);
      if (bytes)
        images.push({ name: part.type === 'text' ? '' : (part.name ?? `image-${images.length + 1}`), bytes });
    }
  }
  return images;
}

function imageBytes(part: ImagePart | { type: 'text' }): Uint8Array | undefined {
  if (part.type === 'image') return part.data;
  if (part.type === 'image-url') {
    const match = /^data:[^;,]+;base64,(.*)$/s.exec(part.url);
    return match ? Buffer.from(match[1]!, 'base64') : undefined;
  }
  return undefined;
}

function response(
  model: string,
  startedAt: number,
  content: string,
  options?: ChatCallOptions,
): ChatResponse {
  if (content.length > 0) options?.onText?.(content);
  return {
    message: { role: 'assistant', content, toolCalls: [] },
    finishReason: 'stop',
    usage: { inputTokens: 0, outputTokens: 0 },
    latencyMs: performance.now() - startedAt,
    model,
    attempts: 1,
  };
}

/** The embedder spec inside `embed-knn:SPEC` (or a bare spec), checked before any image is read. */
function embedderSpecOf(spec: string): string {
  const text = spec.trim();
  const inner = text.startsWith(PREFIX) ? text.slice(PREFIX.length).trim() : text;
  const parsed = safeParseEmbedderSpec(inner || 'classic');
  if (!parsed.success) {
    throw new AtelierError('MODEL_SPEC_INVALID', `embed-knn cannot use the embedder "${inner}"`, {
      hint: 'Write embed-knn:classic (no weights needed), embed-knn:clip:MODEL or embed-knn:remote:URL#MODEL.',
      cause: parsed.error,
    });
  }
  return inner || 'classic';
}

/**
 * The classic embedding baseline of the Polyvore papers: candidates (the images named in the task's
 * options: A–D for fill-in-the-blank, candidate ids for board ranking) are scored by their mean
 * cosine similarity to the other images (the outfit, the board); the answer is the best letter or
 * every candidate, best first. For yes/no compatibility it answers from the mean pairwise similarity
 * of the items, with a stated probability so AUC is meaningful. It never reads the ground truth.
 */
export function createEmbedKnnModel(spec = 'classic', options: EmbedKnnOptions = {}): ChatModel {
  const embedderSpec = embedderSpecOf(spec);
  const id = `${PREFIX}${embedderSpec}`;
  let embedder: Promise<Embedder> | undefined = options.embedder
    ? Promise.resolve(options.embedder)
    : undefined;
  const memory = new Map<string, Float32Array>();

  async function vectors(images: readonly NamedImage[]): Promise<Float32Array[]> {
    embedder ??= createEmbedder(embedderSpec);
    const model = await embedder;
    const hashes = images.map((image) => sha256Hex(image.bytes));
    const missing = hashes.filter((hash) => !memory.has(hash));
    if (missing.length > 0 && options.store) {
      for (const [hash, vector] of getCachedEmbeddings(options.store, missing, model.id, model.version)) {
        memory.set(hash, vector);
      }
    }
    const toEmbed = images.filter((_, at) => !memory.has(hashes[at]!));
    const unique = [...new Map(toEmbed.map((image) => [sha256Hex(image.bytes), image])).entries()];
    if (unique.length > 0) {
      const embedded = await model.embedImages(unique.map(([, image]) => Buffer.from(image.bytes)));
      const entries = unique.map(([sha256], at) => ({ sha256, vector: embedded[at]! }));
      for (const entry of entries) memory.set(entry.sha256, entry.vector);
      if (options.store) putEmbeddings(options.store, entries, model.id, model.version);
    }
    return hashes.map((hash) => memory.get(hash)!);
  }

  async function answer(request: ChatRequest): Promise<string> {
    const offered = request.task?.options ?? [];
    const images = namedImages(request);
    if (offered.length === 2 && offered.includes('yes') && offered.includes('no')) {
      if (images.length < 2) return EMBED_KNN_ONLY_RANKS;
      const similarity = meanPairwiseSimilarity(await vectors(images));
      // Cosine in [-1, 1] mapped onto [0, 1]: monotone, so AUC reads the similarity itself, and free of
      // a threshold tuned to one embedder (classic similarities sit near 0, CLIP ones near 0.6).
      const probability = Math.min(1, Math.max(0, (1 + similarity) / 2));
      return `${probability >= 0.5 ? 'yes' : 'no'}\nprobability of yes: ${probability.toFixed(4)}`;
    }
    const candidates = images.filter((image) => offered.includes(image.name));
    const context = images.filter((image) => !offered.includes(image.name));
    if (candidates.length === 0 || context.length === 0) return EMBED_KNN_ONLY_RANKS;
    const contextVectors = await vectors(context);
    const candidateVectors = await vectors(candidates);
    const scored = candidates
      .map((image, at) => ({
        name: image.name,
        score: meanSimilarity(candidateVectors[at]!, contextVectors),
      }))
      // Ties keep the offered order, so the answer is a pure function of the images.
      .sort(
        (first, second) =>
          second.score - first.score || offered.indexOf(first.name) - offered.indexOf(second.name),
      );
    const letters = offered.every((option) => /^[A-Z]$/.test(option));
    return letters ? scored[0]!.name : scored.map((entry) => entry.name).join(', ');
  }

  return {
    id,
    kind: 'baseline',
    label: `${id} (baseline)`,
    boxFormat: 'pixels',
    async complete(request, callOptions) {
      const startedAt = performance.now();
      callOptions?.signal?.throwIfAborted();
      return response(id, startedAt, await answer(request), callOptions);
    },
    async close() {
      if (embedder && !options.embedder) await (await embedder).close();
    },
  };
}
