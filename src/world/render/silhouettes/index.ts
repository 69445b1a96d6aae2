import type { Silhouette } from '../../vocabulary.ts';
import { bagRenderer } from './bag.ts';
import { beltRenderer } from './belt.ts';
import { dressRenderer } from './dress.ts';
import { hatRenderer } from './hat.ts';
import { legwearRenderer } from './legwear.ts';
import { outerwearRenderer } from './outerwear.ts';
import { scarfRenderer } from './scarf.ts';
import { shoeRenderer } from './shoe.ts';
import type { SilhouetteRenderer } from './silhouette.ts';
import { skirtRenderer } from './skirt.ts';
import { upperRenderer } from './upper.ts';

/** The drawing template for each silhouette in the vocabulary. */
export const SILHOUETTE_RENDERERS: Readonly<Record<Silhouette, SilhouetteRenderer>> = {
  upper: upperRenderer,
  legwear: legwearRenderer,
  skirt: skirtRenderer,
  dress: dressRenderer,
  outerwear: outerwearRenderer,
  shoe: shoeRenderer,
  bag: bagRenderer,
  hat: hatRenderer,
  scarf: scarfRenderer,
  belt: beltRenderer,
};

export type { SilhouetteRenderer } from './silhouette.ts';
