import { COLOR_HISTOGRAM_LENGTH, COLOR_KERNEL_LENGTH, colorDescriptor } from './color-descriptor.ts';
import { decodeToLab } from './decode-image.ts';
import { EDGE_LENGTH, edgeDescriptor } from './edge-descriptor.ts';
import { erode, foregroundMask } from './foreground-mask.ts';
import type { LabImage } from './lab-image.ts';
import { SHAPE_GRID_LENGTH, SHAPE_SCALAR_LENGTH, shapeDescriptor } from './shape-descriptor.ts';
import { normalizeInPlace } from './soft-bins.ts';
import { TEXTURE_LENGTH, textureDescriptor } from './texture-descriptor.ts';

/**
 * The classic descriptor: hand-made colour, pattern, edge and silhouette blocks, each unit length,
 * scaled by a weight and concatenated, then the whole made unit length. The cosine of two
 * descriptors is then Σ w² · (block cosine) / Σ w², so a weight squared is the share of the
 * similarity that block decides.
 */

/** Longer image side, in pixels, at which every descriptor is computed. */
export const CLASSIC_SIDE = 128;

/**
 * Weights tuned on 300 world product shots (seed 1) for a balance of the two things a shopper means
 * by "like this": same kind of garment and same colour. Colour alone would rank 85% same-colour
 * neighbours but only 10% same-category ones, the shape blocks alone the reverse (77% category);
 * these weights give about 45% and 55% (see world-neighbours.test.ts). The texture block is kept
 * light: stripes and checks should count, but less than the garment and its colour.
 */
const BLOCKS = [
  { name: 'color-histogram', length: COLOR_HISTOGRAM_LENGTH, weight: 0.35 },
  { name: 'color-kernel', length: COLOR_KERNEL_LENGTH, weight: 0.7 },
  { name: 'texture', length: TEXTURE_LENGTH, weight: 0.4 },
  { name: 'edges', length: EDGE_LENGTH, weight: 0.8 },
  { name: 'silhouette-edges', length: EDGE_LENGTH, weight: 0.8 },
  { name: 'shape-grid', length: SHAPE_GRID_LENGTH, weight: 0.6 },
  { name: 'shape-scalars', length: SHAPE_SCALAR_LENGTH, weight: 0.6 },
] as const;

type BlockName = (typeof BLOCKS)[number]['name'];

export const CLASSIC_DIMENSIONS = BLOCKS.reduce((sum, block) => sum + block.length, 0);

/**
 * Bump by hand whenever the same image would give a different vector (a weight, a bin, a threshold):
 * the version is part of the embedding cache key, and a stale cache would mix two descriptors.
 */
const REVISION = 1;
export const CLASSIC_VERSION = `classic-${REVISION}:${CLASSIC_SIDE}px:${CLASSIC_DIMENSIONS}d`;

/** Erosion rounds before texture statistics: two pixels clear the outline at 128 px. */
const INTERIOR_EROSION = 2;

export function describeLabImage(image: LabImage): Float32Array {
  const foreground = foregroundMask(image);
  const interior = erode(foreground.mask, image.width, image.height, INTERIOR_EROSION);
  const color = colorDescriptor(image, foreground.mask);
  const edges = edgeDescriptor(image.lightness, foreground, image.width, image.height);
  const shape = shapeDescriptor(foreground, image.width);
  const blocks: Record<BlockName, Float32Array> = {
    'color-histogram': color.histogram,
    'color-kernel': color.kernel,
    texture: textureDescriptor(image, interior),
    edges: edges.lightness,
    'silhouette-edges': edges.silhouette,
    'shape-grid': shape.grid,
    'shape-scalars': shape.scalars,
  };
  const out = new Float32Array(CLASSIC_DIMENSIONS);
  let offset = 0;
  for (const { name, length, weight } of BLOCKS) {
    const block = blocks[name];
    for (let index = 0; index < length; index++) out[offset + index] = (block[index] as number) * weight;
    offset += length;
  }
  return normalizeInPlace(out);
}

/** Decodes one image and describes it; `label` names the image in a decode error. */
export async function classicDescriptor(image: Buffer, label = 'image'): Promise<Float32Array> {
  return describeLabImage(await decodeToLab(image, CLASSIC_SIDE, label));
}
