import { createClassicEmbedder } from './classic/classic-embedder.ts';
import { createClipEmbedder } from './clip/create-clip-embedder.ts';
import type { Embedder } from './embedder.ts';
import type { EmbedderOptions } from './embedder-options.ts';
import { parseEmbedderSpec } from './embedder-spec.ts';
import { createRemoteEmbedder } from './remote/remote-embedder.ts';

/**
 * Creates the embedder a spec string names:
 * - `classic` (default): offline colour, pattern, edge and silhouette descriptors; images only;
 * - `clip:MODEL`: a CLIP or SigLIP model (Hugging Face id or local folder) run in-process;
 * - `remote:URL#MODEL`: an OpenAI-compatible /v1/embeddings endpoint.
 * Fails with EmbedError: EMBEDDER_SPEC_INVALID, MODEL_FILE_MISSING, MODEL_LOAD_FAILED.
 */
export async function createEmbedder(spec = 'classic', options: EmbedderOptions = {}): Promise<Embedder> {
  const parsed = parseEmbedderSpec(spec);
  switch (parsed.kind) {
    case 'classic':
      return createClassicEmbedder();
    case 'clip':
      return createClipEmbedder(parsed.model, options);
    case 'remote':
      return createRemoteEmbedder(parsed.url, parsed.model, options);
  }
}
