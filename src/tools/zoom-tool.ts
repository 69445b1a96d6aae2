import sharp from 'sharp';
import { z } from 'zod';
import type { Store } from '../store/index.ts';
import { pixelSource } from './pixel-source.ts';
import { resolveImage } from './resolve-image.ts';
import type { PixelBox, Tool } from './tool.ts';
import { zoomBox } from './zoom-box.ts';

/** Smaller crops carry too little to look at; a model asking for one usually misjudged the scale. */
export const MIN_CROP_SIDE = 32;
/** Small crops are enlarged until the longer side reaches this, so the model sees the detail large. */
const ENLARGE_TO = 512;
/** Larger crops are reduced: model servers downscale big images anyway, at the cost of the upload. */
const REDUCE_TO = 2048;
/** Same limit as everywhere else an image is decoded. */
const MAX_PIXELS = 8192 * 8192;

export const zoomInputSchema = z.object({
  image: z
    .string()
    .min(1)
    .describe('The image to zoom into: "image-1", "zoom-1", "generated-1" or an asset id.'),
  box: z.array(z.number()).length(4).describe('The region [x0, y0, x1, y1]: left, top, right, bottom.'),
});
export type ZoomInput = z.output<typeof zoomInputSchema>;

const round = (value: number) => Math.round(value * 100) / 100;

/** The crop's scale: a whole factor when enlarging, so edges stay evenly sampled. */
function outputScale(width: number, height: number): number {
  const longer = Math.max(width, height);
  if (longer < ENLARGE_TO) return Math.ceil(ENLARGE_TO / longer);
  if (longer > REDUCE_TO) return REDUCE_TO / longer;
  return 1;
}

function sourceBox(box: PixelBox, width: number, height: number): PixelBox {
  const left = Math.max(0, Math.min(width - 1, Math.floor(box[0] + 1e-6)));
  const top = Math.max(0, Math.min(height - 1, Math.floor(box[1] + 1e-6)));
  return [
    left,
    top,
    Math.max(left + 1, Math.min(width, Math.ceil(box[2] - 1e-6))),
    Math.max(top + 1, Math.min(height, Math.ceil(box[3] - 1e-6))),
  ];
}

export function createZoomTool(store: Store): Tool<ZoomInput> {
  return {
    name: 'zoom',
    description:
      'Crop a region of an image at full resolution to see small details (logos, buttons, stitching, ' +
      'text). Returns the crop as a new image named "zoom-N", which can itself be zoomed or searched with.',
    inputSchema: zoomInputSchema,
    async execute(input, context) {
      const image = await resolveImage(input.image, context, store);
      const used = zoomBox(input.box, {
        format: context.boxFormat,
        width: image.width,
        height: image.height,
        minSide: MIN_CROP_SIDE,
        name: image.name,
      });
      const source = await pixelSource(image, context.images, store);
      const [left, top, right, bottom] = sourceBox(source.map(used.box), source.width, source.height);
      const width = right - left;
      const height = bottom - top;
      const scale = outputScale(width, height);
      let pipeline = sharp(await store.blobs.read(source.sha256), { limitInputPixels: MAX_PIXELS }).extract({
        left,
        top,
        width,
        height,
      });
      if (scale !== 1) {
        pipeline = pipeline.resize(
          Math.max(1, Math.round(width * scale)),
          Math.max(1, Math.round(height * scale)),
          {
            kernel: 'lanczos3',
          },
        );
      }
      const crop = await pipeline.png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true });
      const sha256 = await store.blobs.put(crop.data);
      const zoom = context.images.add('zoom', {
        sha256,
        mediaType: 'image/png',
        width: crop.info.width,
        height: crop.info.height,
        origin: { kind: 'crop', source: image.name, box: used.box },
      });
      const [x0, y0, x1, y1] = used.box;
      const notes = [
        used.clamped ? 'box clamped to the image' : '',
        used.grown ? `grown to the ${MIN_CROP_SIDE} px minimum` : '',
        source.sha256 !== image.sha256 ? `cut from the ${source.width}×${source.height} original` : '',
        scale > 1 ? `enlarged ×${round(scale)}` : scale < 1 ? `reduced ×${round(scale)}` : '',
      ].filter((note) => note !== '');
      return {
        text: `${zoom.name}: crop of ${image.name} at [${x0},${y0},${x1},${y1}] (${x1 - x0}×${y1 - y0} px of ${image.width}×${image.height})${notes.length > 0 ? `, ${notes.join(', ')}` : ''}`,
        images: [zoom],
        data: {
          source: image.name,
          requestedBox: input.box,
          usedBox: used.box,
          format: context.boxFormat,
          scale: round(scale),
          clamped: used.clamped,
          grown: used.grown,
          pixels: { sha256: source.sha256, box: [left, top, right, bottom] },
        },
      };
    },
  };
}
