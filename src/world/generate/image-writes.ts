import { svgToPngFile } from '../render/index.ts';

/**
 * PNG files written while their records are produced, several at once (the records are still written
 * in order). Files land straight from libvips, never as buffers in JavaScript. A failed or interrupted
 * run must let the writes in flight finish before it removes the output folder: a write landing in a
 * folder being deleted could leave it half-removed.
 */
export interface ImageWrites {
  /** Rasterises `svg` and writes the PNG to `path`; resolves once the file is complete. */
  write(svg: string, path: string): Promise<void>;
  /** Resolves once every write started so far has finished, whether it succeeded or not. */
  settled(): Promise<void>;
}

export function imageWrites(): ImageWrites {
  const inFlight = new Set<Promise<void>>();
  return {
    write(svg, path) {
      const write = svgToPngFile(svg, path);
      const done = write.then(
        () => {},
        () => {},
      );
      inFlight.add(done);
      void done.then(() => inFlight.delete(done));
      return write;
    },
    async settled() {
      await Promise.all(inFlight);
    },
  };
}
