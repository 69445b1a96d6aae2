import type { Box } from '../geometry.ts';
import type { PatternTile } from './pattern-tile.ts';

/** How a pattern or a texture is laid over each fabric piece of an item. */
export type FabricLayer =
  /** The piece is filled again with a periodic tile (stripes, dots, weaves). */
  | { kind: 'tile'; tile: PatternTile }
  /** The piece is filled again, faintly, with a paint server from `definitions` (a sheen gradient). */
  | { kind: 'paint'; fill: string; opacity: number; definitions: string[] }
  /** Geometry covering `box` that the caller clips to the piece (a colour block: not periodic). */
  | { kind: 'cover'; draw(box: Box): string };
