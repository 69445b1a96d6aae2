import { COLOR_HISTOGRAM_LENGTH, COLOR_KERNEL_LENGTH, colorDescriptor } from './color-descriptor.ts';
import { decodeToLab } from './decode-image.ts';
import { DETAIL_LENGTH, detailDescriptor, HEM_LENGTH, NECK_LENGTH } from './detail-descriptor.ts';
import { EDGE_LENGTH, edgeDescriptor, FINE_EDGE_LENGTH } from './edge-descriptor.ts';
import { erode, foregroundMask } from './foreground-mask.ts';
import type { LabImage } from './lab-image.ts';
import { REFERENCE_STATISTICS } from './reference-statistics.ts';
import { ASPECT_LENGTH, OCCUPANCY_LENGTH, SHAPE_SCALAR_LENGTH, shapeDescriptor } from './shape-descriptor.ts';
import { normalizeInPlace } from './soft-bins.ts';
import { TEXTURE_LENGTH, textureDescriptor } from './texture-descriptor.ts';

/**
 * The classic descriptor: hand-made colour, pattern, silhouette and detail blocks, each unit length,
 * scaled by a weight and concatenated, then the whole made unit length. The cosine of two
 * descriptors is then Σ w² · (block cosine) / Σ w², so a weight squared is the share of the
 * similarity that block decides.
 *
 * Blocks of non-negative values (occupancy, edge histograms) are alike for any two items: two
 * garments share most of their occupied cells, so their cosine is high whatever they are. Such
 * blocks are standardised before they are made unit length: the mean over a reference set of world
 * items (seed 1) is subtracted, and each value is scaled by how well it tells categories apart on
 * that set (its between- over within-category variance, to the power 0.75), so that a collar counts
 * for more than a sleeve length, which varies as much within a category as across. Each step added
 * about 0.01 to held-out top-1 same category once the weights were re-tuned. Both vectors are
 * constants in reference-statistics.ts, written by tune-weights.bench.ts.
 */

/** Longer image side, in pixels, at which every descriptor is computed. */
export const CLASSIC_SIDE = 192;

/**
 * Weights tuned with tune-weights.bench.ts on 1,000 world product shots (seed 5, 192-px renders),
 * for search that returns the same category first and, among those, the same colour. The top-1 /
 * top-5 neighbours share the query's category 0.90 / 0.87 of the time and its colour 0.55 / 0.35
 * (revision 1, colour-led: 0.63 / 0.48 and 0.85 / 0.77). Held out, seed 7: 0.88 / 0.87 and
 * 0.54 / 0.32. Either colour block alone ranks 92% same-colour neighbours and 20% same-category
 * ones; the silhouette blocks alone about 90% same category. The colour weights set the trade:
 * × 0.75 gives 0.94 / 0.89 category and 0.42 / 0.26 colour, × 1.25 gives 0.86 / 0.82 and 0.67 / 0.46.
 * What is left is mostly tops, blouses and sweaters of one colour, which differ by a collar or a
 * ribbed hem a few pixels wide.
 */
export const CLASSIC_BLOCKS = [
  { name: 'color-histogram', length: COLOR_HISTOGRAM_LENGTH, weight: 0.365, standardised: false },
  { name: 'color-kernel', length: COLOR_KERNEL_LENGTH, weight: 0.36, standardised: false },
  { name: 'texture', length: TEXTURE_LENGTH, weight: 0.302, standardised: true },
  { name: 'silhouette-edges', length: EDGE_LENGTH, weight: 0.58, standardised: true },
  { name: 'silhouette-edges-fine', length: FINE_EDGE_LENGTH, weight: 0.529, standardised: true },
  { name: 'occupancy', length: OCCUPANCY_LENGTH, weight: 0.58, standardised: true },
  { name: 'shape-scalars', length: SHAPE_SCALAR_LENGTH, weight: 0.778, standardised: true },
  { name: 'aspect', length: ASPECT_LENGTH, weight: 0.178, standardised: false },
  { name: 'details', length: DETAIL_LENGTH, weight: 0.4, standardised: true },
  { name: 'neck', length: NECK_LENGTH, weight: 0.36, standardised: true },
  { name: 'hem', length: HEM_LENGTH, weight: 0.288, standardised: true },
] as const;

export type ClassicBlockName = (typeof CLASSIC_BLOCKS)[number]['name'];
export type ClassicBlocks = Record<ClassicBlockName, Float32Array>;

export const CLASSIC_DIMENSIONS = CLASSIC_BLOCKS.reduce((sum, block) => sum + block.length, 0);

/**
 * Bump by hand whenever the same image would give a different vector (a weight, a bin, a threshold,
 * the reference statistics): the version is part of the embedding cache key, and a stale cache
 * would mix two descriptors.
 */
const REVISION = 3;
export const CLASSIC_VERSION = `classic-${REVISION}:${CLASSIC_SIDE}px:${CLASSIC_DIMENSIONS}d`;

/** Erosion rounds before texture statistics: three pixels clear the outline at 192 px. */
const INTERIOR_EROSION = 3;

/** The blocks as measured, before standardising and weighting: what the tuning bench works from. */
export function describeBlocks(image: LabImage): ClassicBlocks {
  const { width, height } = image;
  const foreground = foregroundMask(image);
  const inside = erode(foreground.mask, width, height, 1);
  const interior = erode(inside, width, height, INTERIOR_EROSION - 1);
  const color = colorDescriptor(image, foreground.mask);
  const edges = edgeDescriptor(foreground, width, height);
  const shape = shapeDescriptor(foreground, width);
  const detail = detailDescriptor(image.lightness, foreground, inside, width, height);
  return {
    'color-histogram': color.histogram,
    'color-kernel': color.kernel,
    texture: textureDescriptor(image, interior),
    'silhouette-edges': edges.coarse,
    'silhouette-edges-fine': edges.fine,
    occupancy: shape.occupancy,
    'shape-scalars': shape.scalars,
    aspect: shape.aspect,
    details: detail.details,
    neck: detail.neck,
    hem: detail.hem,
  };
}

/** A unit-length copy of one block, standardised on the reference set where the block asks for it. */
export function standardizeBlock(name: ClassicBlockName, block: Float32Array): Float32Array {
  const spec = CLASSIC_BLOCKS.find((candidate) => candidate.name === name);
  if (!spec?.standardised) return normalizeInPlace(Float32Array.from(block));
  const statistics = REFERENCE_STATISTICS[name];
  if (statistics?.mean.length !== block.length || statistics.scale.length !== block.length) {
    throw new Error(
      `reference statistics for the classic block '${name}' are missing or of the wrong length; ` +
        'regenerate them with `npx tsx src/embed/classic/tune-weights.bench.ts --write-reference`',
    );
  }
  const { mean, scale } = statistics;
  return normalizeInPlace(
    Float32Array.from(block, (value, index) => (value - (mean[index] as number)) * (scale[index] as number)),
  );
}

const CLASSIC_WEIGHTS = Object.fromEntries(
  CLASSIC_BLOCKS.map(({ name, weight }) => [name, weight]),
) as Readonly<Record<ClassicBlockName, number>>;

/** Concatenates unit blocks scaled by `weights` (the tuned ones unless given) and makes it unit length. */
export function assembleDescriptor(
  unitBlocks: ClassicBlocks,
  weights: Readonly<Record<ClassicBlockName, number>> = CLASSIC_WEIGHTS,
): Float32Array {
  const out = new Float32Array(CLASSIC_DIMENSIONS);
  let offset = 0;
  for (const { name, length } of CLASSIC_BLOCKS) {
    const block = unitBlocks[name];
    const weight = weights[name];
    for (let index = 0; index < length; index++) out[offset + index] = (block[index] as number) * weight;
    offset += length;
  }
  return normalizeInPlace(out);
}

export function describeLabImage(image: LabImage): Float32Array {
  const blocks = describeBlocks(image);
  for (const { name } of CLASSIC_BLOCKS) blocks[name] = standardizeBlock(name, blocks[name]);
  return assembleDescriptor(blocks);
}

/** Decodes one image and describes it; `label` names the image in a decode error. */
export async function classicDescriptor(image: Buffer, label = 'image'): Promise<Float32Array> {
  return describeLabImage(await decodeToLab(image, CLASSIC_SIDE, label));
}
