import type { Placement } from './box-math.ts';

/**
 * One repeat of a periodic fabric pattern or texture, in the item's local units, painted by filling a
 * fabric piece with it (no clip path needed: the fill is the piece).
 *
 * Why tiles, and why snapped to pixels: librsvg renders a <pattern> tile once and lets cairo repeat
 * it. When the tile lands on a whole number of device pixels at a whole-pixel offset, cairo copies it
 * pixel for pixel; otherwise it resamples every covered pixel with its best filter. Measured on this
 * machine, a 512-px document with one 400 × 440 px piece of small dots at scale 0.93: 5 ms as a
 * snapped tile, 42 ms as an unsnapped one, 31 ms as direct geometry clipped to the piece (how
 * patterns were drawn before); over a sampled catalog, patterns and textures went from ~3.8 to ~1.3
 * ms of CPU per 512-px image (perf/world-patterns.ts). So patternDefinition stretches the tile by
 * under half a pixel to whole pixels and shifts it by under half a pixel onto the pixel grid:
 * invisible, and it keeps pattern pixels exact palette colours (no resampling).
 */
export interface PatternTile {
  width: number;
  height: number;
  /**
   * Elements drawn in tile coordinates; everything outside [0, width] × [0, height] is clipped, so a
   * motif that crosses an edge is drawn again one period over (see wrapOffsets).
   */
  content: string;
}

/**
 * librsvg reads every number as a 32-bit float and then computes in 64 bits, so the snapping below
 * is worked out on the same 32-bit values, and each is written with enough digits to read back
 * exactly.
 */
const f32 = Math.fround;

function written(value: number): string {
  const rounded = f32(value);
  return rounded === 0 ? '0' : String(rounded);
}

/** The next 32-bit float above `value` (positive, finite). */
function nextFloat32(value: number): number {
  const bits = new DataView(new ArrayBuffer(4));
  bits.setFloat32(0, value);
  bits.setUint32(0, bits.getUint32(0) + 1);
  return bits.getFloat32(0);
}

/**
 * The 32-bit stretch k that makes `size · (scale · k)` land on `pixels` or a hair above it: librsvg
 * truncates a tile's size in pixels (just below would lose a whole pixel), and cairo copies pixel
 * for pixel only within 1/256 of an exact fit.
 */
function stretchTo(pixels: number, size: number, scale: number): number {
  let stretch = f32(pixels / (size * scale));
  while (size * (scale * stretch) < pixels) stretch = nextFloat32(stretch);
  return stretch;
}

/** How a tile is laid onto the device: its size as written, then the shift and stretch that snap it. */
export interface SnappedTile {
  width: number;
  height: number;
  shiftX: number;
  shiftY: number;
  stretchX: number;
  stretchY: number;
}

/**
 * The shift (under half a pixel) and stretch (under half a pixel per tile) that put `tile` on whole
 * device pixels for an item drawn with `placement`, all as the 32-bit values librsvg will read.
 */
export function snapTile(tile: { width: number; height: number }, placement: Placement): SnappedTile {
  const scale = f32(placement.scale);
  const dx = f32(placement.dx);
  const dy = f32(placement.dy);
  const width = f32(tile.width);
  const height = f32(tile.height);
  return {
    width,
    height,
    shiftX: f32((Math.round(dx) - dx) / scale),
    shiftY: f32((Math.round(dy) - dy) / scale),
    stretchX: stretchTo(Math.max(1, Math.round(width * scale)), width, scale),
    stretchY: stretchTo(Math.max(1, Math.round(height * scale)), height, scale),
  };
}

/**
 * The <pattern> element for `tile`, for an item drawn with `placement` into a document whose units
 * are device pixels (every document the renderer makes). `placement` must hold the numbers as written
 * into the item's transform. Under any other transform the tile still paints correctly, only slower.
 */
export function patternDefinition(id: string, tile: PatternTile, placement: Placement): string {
  const snapped = snapTile(tile, placement);
  const transform = `translate(${written(snapped.shiftX)} ${written(snapped.shiftY)}) scale(${written(snapped.stretchX)} ${written(snapped.stretchY)})`;
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${written(snapped.width)}" height="${written(snapped.height)}" patternTransform="${transform}">${tile.content}</pattern>`;
}

/**
 * The offsets, whole periods apart, at which a motif reaching `reach` around (x, y) shows inside the
 * tile: drawing it at each keeps the repeat seamless where the motif crosses an edge.
 */
export function wrapOffsets(
  tile: { width: number; height: number },
  x: number,
  y: number,
  reach: number,
): [number, number][] {
  const offsets: [number, number][] = [];
  for (const offsetY of [-tile.height, 0, tile.height]) {
    for (const offsetX of [-tile.width, 0, tile.width]) {
      const cx = x + offsetX;
      const cy = y + offsetY;
      if (cx + reach > 0 && cx - reach < tile.width && cy + reach > 0 && cy - reach < tile.height) {
        offsets.push([offsetX, offsetY]);
      }
    }
  }
  return offsets;
}
