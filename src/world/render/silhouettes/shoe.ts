import type { Item } from '../../item.ts';
import type { Frame, ItemDrawing } from '../item-drawing.ts';
import { bootProfile } from './shoe-boot.ts';
import { heelProfile } from './shoe-heel.ts';
import { loaferProfile } from './shoe-loafer.ts';
import { type ShoeProfile, shoePen } from './shoe-parts.ts';
import { sneakerProfile } from './shoe-sneaker.ts';
import type { SilhouetteRenderer } from './silhouette.ts';

/**
 * Shoes are shown as a pair in side view, the far shoe raised and to the right, the near one drawn
 * over it (a separate layer group, so the far shoe's soles never show through the near shoe).
 */

const LOW_FRAME: Frame = { width: 440, height: 270 };
const BOOT_FRAME: Frame = { width: 440, height: 450 };
const NEAR = { x: 12, lift: 12 };
const FAR = { x: 118, lift: 44 };

function profileFor(item: Item): ShoeProfile {
  switch (item.category) {
    case 'boots':
      return bootProfile(item);
    case 'heels':
      return heelProfile(item);
    case 'loafers':
      return loaferProfile(item);
    default:
      return sneakerProfile;
  }
}

export const shoeRenderer: SilhouetteRenderer = {
  frame: (item) => (item.category === 'boots' ? BOOT_FRAME : LOW_FRAME),
  draw(drawing: ItemDrawing): void {
    const profile = profileFor(drawing.item);
    const ground = drawing.frame.height - NEAR.lift;
    const { upper } = profile;
    drawing.setBody({ x: upper.x + NEAR.x, y: upper.y + ground, width: upper.width, height: upper.height });
    profile.draw(drawing, shoePen(FAR.x, drawing.frame.height - FAR.lift));
    drawing.newGroup();
    profile.draw(drawing, shoePen(NEAR.x, ground));
  },
};
