import { EmbedError, messageOf } from '../embed-error.ts';

/**
 * @huggingface/transformers is loaded on first use only: importing it starts ONNX Runtime, which
 * costs a few hundred milliseconds and native memory that `classic` and `remote` users never need.
 */
export type Transformers = typeof import('@huggingface/transformers');

let loading: Promise<Transformers> | undefined;

export function loadTransformers(): Promise<Transformers> {
  loading ??= import('@huggingface/transformers').catch((error: unknown) => {
    loading = undefined;
    throw new EmbedError(
      'MODEL_LOAD_FAILED',
      `could not load @huggingface/transformers: ${messageOf(error)}`,
      {
        hint:
          'Run `npm install` (with ONNXRUNTIME_NODE_INSTALL=skip, as .npmrc sets) so that onnxruntime-node ' +
          'and its CPU binaries are present, or use the `classic` embedder.',
        cause: error,
      },
    );
  });
  return loading;
}

/** The library's default download cache, where an earlier online run left hub models. */
export async function transformersCacheDir(): Promise<string | null> {
  return (await loadTransformers()).env.cacheDir;
}
