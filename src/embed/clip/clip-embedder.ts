import { createHash } from 'node:crypto';
import { EmbedError, isEmbedError, messageOf } from '../embed-error.ts';
import type { Embedder } from '../embedder.ts';
import type { ClipDtype } from '../embedder-options.ts';
import { mapWithConcurrency } from '../map-with-concurrency.ts';
import { decodeRgb, MAX_SIDE } from './decode-rgb.ts';
import { loadingStep } from './loading-step.ts';
import { CLIP_FAMILIES, type ClipFamily } from './model-family.ts';
import { outputRows } from './model-output.ts';
import type { Transformers } from './transformers-runtime.ts';

/**
 * CLIP and SigLIP image and text towers run in-process through transformers.js and ONNX Runtime.
 * The image tower is loaded before construction (see create-clip-embedder.ts), so a broken model
 * fails at creation; the text tower loads on the first embedTexts, since catalog ingest never
 * needs it.
 */

/** The callable shapes we use; the library types them as `(...args: any[]) => any`. */
export interface Model {
  (inputs: object): Promise<unknown>;
  dispose(): Promise<unknown>;
  config: object;
}
export interface ImagePreprocessor {
  (images: InstanceType<Transformers['RawImage']>[]): Promise<object>;
  config: object;
}
type Tokenizer = (texts: string[], options: object) => object;

interface TextTower {
  model: Model;
  tokenizer: Tokenizer;
}

export interface ClipLoadOptions {
  local_files_only: boolean;
  dtype: ClipDtype;
}

export interface ClipParts {
  /** `clip:` plus the model as the spec wrote it. */
  id: string;
  model: string;
  transformers: Transformers;
  /** What transformers.js loads from: an absolute folder, or a hub id when online. */
  location: string;
  loadOptions: ClipLoadOptions;
  family: ClipFamily;
  vision: Model;
  processor: ImagePreprocessor;
  batchSize: number;
}

/** Decodes run on sharp's thread pool; a few in flight overlap them with the model. */
const IMAGES_DECODED_IN_FLIGHT = 4;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export class ClipEmbedder implements Embedder {
  readonly id: string;
  readonly version: string;
  readonly supportsText = true;
  private readonly family: (typeof CLIP_FAMILIES)[ClipFamily];
  private textTower: Promise<TextTower> | undefined;
  private closed = false;

  constructor(private readonly parts: ClipParts) {
    this.id = parts.id;
    this.family = CLIP_FAMILIES[parts.family];
    const preprocessing = shortHash(
      JSON.stringify(parts.processor.config) + JSON.stringify(parts.vision.config),
    );
    this.version = `clip-1:${parts.model}:${parts.loadOptions.dtype}:${preprocessing}:sharp-rgb-${MAX_SIDE}`;
  }

  async embedImages(images: readonly Buffer[]): Promise<Float32Array[]> {
    this.checkOpen();
    const { RawImage } = this.parts.transformers;
    const vectors: Float32Array[] = [];
    for (let start = 0; start < images.length; start += this.parts.batchSize) {
      const batch = images.slice(start, start + this.parts.batchSize);
      const decoded = await mapWithConcurrency(batch, IMAGES_DECODED_IN_FLIGHT, (image, index) =>
        decodeRgb(
          image,
          images.length === 1 ? 'the image' : `image ${start + index + 1} of ${images.length}`,
        ),
      );
      const raw = decoded.map((image) => new RawImage(image.data, image.width, image.height, 3));
      const where = `the image tower of ${this.id}`;
      const output = await this.run(where, async () => this.parts.vision(await this.parts.processor(raw)));
      vectors.push(...outputRows(output, this.family.imageOutput, batch.length, where));
    }
    return vectors;
  }

  async embedTexts(texts: readonly string[]): Promise<Float32Array[]> {
    this.checkOpen();
    const tower = await this.loadTextTower();
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.parts.batchSize) {
      const batch = texts.slice(start, start + this.parts.batchSize);
      const where = `the text tower of ${this.id}`;
      const output = await this.run(where, () => tower.model(tower.tokenizer(batch, this.family.padding)));
      vectors.push(...outputRows(output, this.family.textOutput, batch.length, where));
    }
    return vectors;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const text = this.textTower?.catch(() => undefined);
    this.textTower = undefined;
    await this.parts.vision.dispose();
    const tower = await text;
    if (tower) await tower.model.dispose();
  }

  private loadTextTower(): Promise<TextTower> {
    this.textTower ??= loadingStep(
      'text tower',
      this.id,
      !this.parts.loadOptions.local_files_only,
      async () => {
        const { AutoTokenizer } = this.parts.transformers;
        const modelClass = this.parts.transformers[this.family.text];
        const [tokenizer, model] = await Promise.all([
          AutoTokenizer.from_pretrained(this.parts.location, this.parts.loadOptions),
          modelClass.from_pretrained(this.parts.location, this.parts.loadOptions),
        ]);
        return { tokenizer: tokenizer as Tokenizer, model: model as Model };
      },
    ).catch((error: unknown) => {
      // A failed load is not cached: the user may fix the folder and call again.
      this.textTower = undefined;
      throw error;
    });
    return this.textTower;
  }

  private async run(where: string, call: () => Promise<unknown>): Promise<unknown> {
    try {
      return await call();
    } catch (error) {
      if (isEmbedError(error)) throw error;
      throw new EmbedError('MODEL_LOAD_FAILED', `${where} failed: ${messageOf(error)}`, {
        hint: 'The ONNX model does not accept what its preprocessor produces; re-export it or use another model.',
        cause: error,
      });
    }
  }

  private checkOpen(): void {
    if (this.closed) {
      throw new EmbedError('EMBEDDER_CLOSED', `${this.id} was used after close()`, {
        hint: 'Create a new embedder with createEmbedder().',
      });
    }
  }
}
