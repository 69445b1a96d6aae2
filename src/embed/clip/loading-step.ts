import { EmbedError, isEmbedError, messageOf } from '../embed-error.ts';

/**
 * Runs one step of loading a model and turns whatever the library throws into MODEL_LOAD_FAILED
 * naming the step and the model, with a hint that fits where the files were coming from.
 */
const FOLDER_HINT =
  'Check that the folder holds an ONNX export for transformers.js (as the Xenova/* repositories do) and that the files are complete.';
const HUB_HINT =
  'Check the model id and the network, or work offline: copy the repository into ATELIER_MODELS_DIR/<id>/ and set ATELIER_OFFLINE=1.';

export async function loadingStep<T>(
  what: string,
  where: string,
  online: boolean,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isEmbedError(error)) throw error;
    throw new EmbedError('MODEL_LOAD_FAILED', `could not load the ${what} of ${where}: ${messageOf(error)}`, {
      hint: online ? HUB_HINT : FOLDER_HINT,
      cause: error,
    });
  }
}
