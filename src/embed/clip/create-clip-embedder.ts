import { EmbedError } from '../embed-error.ts';
import type { Embedder } from '../embedder.ts';
import { CLIP_DTYPES, type ClipDtype, type EmbedderOptions } from '../embedder-options.ts';
import { integerOption } from '../option-checks.ts';
import { ClipEmbedder, type ImagePreprocessor, type Model } from './clip-embedder.ts';
import { loadingStep } from './loading-step.ts';
import { CLIP_FAMILIES, type ClipFamily, familyOf, readModelFamily } from './model-family.ts';
import { checkModelFiles, towerFiles } from './model-files.ts';
import { type ClipModelSource, pickOfflineFolder, resolveClipSource } from './model-source.ts';
import { loadTransformers, transformersCacheDir } from './transformers-runtime.ts';

/**
 * Loads a `clip:MODEL` embedder. Files on disk are checked before the library sees them, so a
 * missing file is named as such; an online hub model can only be checked by loading it.
 */
async function locate(
  source: ClipModelSource,
  dtype: ClipDtype,
): Promise<{ location: string; family: ClipFamily | null }> {
  if (source.kind === 'hub') return { location: source.id, family: null };
  const folder = source.kind === 'folder' ? source.folder : pickOfflineFolder(source);
  const files = towerFiles(dtype);
  await checkModelFiles(folder, [...files.vision, ...files.text]);
  return { location: folder, family: await readModelFamily(folder) };
}

export async function createClipEmbedder(model: string, options: EmbedderOptions = {}): Promise<Embedder> {
  const dtype = options.dtype ?? 'fp32';
  // Checked here because CLI flags and config files reach this as plain strings.
  if (!CLIP_DTYPES.includes(dtype)) {
    throw new EmbedError(
      'EMBEDDER_SPEC_INVALID',
      `option dtype must be one of ${CLIP_DTYPES.join(', ')}, got ${String(dtype)}`,
      {
        hint: "Leave dtype out for fp32 weights (onnx/*_model.onnx), or pass the dtype whose files the model has, e.g. 'q8'.",
      },
    );
  }
  const batchSize = integerOption('batchSize', options.batchSize, 8, 1);
  const transformers = await loadTransformers();
  const source = resolveClipSource(model, options, await transformersCacheDir());
  // The library's switch is process-wide, so it is set on every load. An offline embedder does not
  // depend on it staying off: its loads (the lazy text tower too) pass local_files_only and an
  // absolute folder path, which the library never turns into a hub URL.
  transformers.env.allowRemoteModels = !source.offline;
  const { location, family: folderFamily } = await locate(source, dtype);
  const loadOptions = { local_files_only: source.offline, dtype };
  const id = `clip:${model}`;
  const online = !source.offline;
  const family =
    folderFamily ??
    (await loadingStep('configuration', id, online, async () => {
      const config = await transformers.AutoConfig.from_pretrained(location, loadOptions);
      return familyOf(Reflect.get(config, 'model_type'), id);
    }));
  const visionClass = transformers[CLIP_FAMILIES[family].vision];
  const [vision, processor] = await loadingStep('image tower', id, online, () =>
    Promise.all([
      visionClass.from_pretrained(location, loadOptions),
      transformers.AutoImageProcessor.from_pretrained(location, loadOptions),
    ]),
  );
  return new ClipEmbedder({
    id,
    model,
    transformers,
    location,
    loadOptions,
    family,
    vision: vision as Model,
    processor: processor as ImagePreprocessor,
    batchSize,
  });
}
