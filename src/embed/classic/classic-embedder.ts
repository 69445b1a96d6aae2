import { EmbedError } from '../embed-error.ts';
import type { Embedder } from '../embedder.ts';
import { mapWithConcurrency } from '../map-with-concurrency.ts';
import { CLASSIC_VERSION, classicDescriptor } from './classic-descriptor.ts';

/**
 * Decodes run on sharp's thread pool while descriptors run on the main thread, so a few images in
 * flight overlap the two; more only holds more decoded images in memory.
 */
const IMAGES_IN_FLIGHT = 4;

class ClassicEmbedder implements Embedder {
  readonly id = 'classic';
  readonly version = CLASSIC_VERSION;
  readonly supportsText = false;
  private closed = false;

  async embedImages(images: readonly Buffer[]): Promise<Float32Array[]> {
    this.checkOpen();
    return mapWithConcurrency(images, IMAGES_IN_FLIGHT, (image, index) =>
      classicDescriptor(image, images.length === 1 ? 'the image' : `image ${index + 1} of ${images.length}`),
    );
  }

  async embedTexts(): Promise<Float32Array[]> {
    this.checkOpen();
    throw new EmbedError(
      'TEXT_NOT_SUPPORTED',
      'the classic embedder has no text tower: it describes images only',
      {
        hint:
          'Search text with the full-text index, or choose an embedder with a text tower: ' +
          '`clip:Xenova/clip-vit-base-patch32` or `remote:URL#MODEL`.',
      },
    );
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private checkOpen(): void {
    if (this.closed) {
      throw new EmbedError('EMBEDDER_CLOSED', 'the classic embedder was used after close()', {
        hint: 'Create a new embedder with createEmbedder().',
      });
    }
  }
}

/** The offline default: colour, pattern, edge and silhouette descriptors computed with sharp. */
export function createClassicEmbedder(): Embedder {
  return new ClassicEmbedder();
}
