import type { Box } from '../geometry.ts';
import type { Item } from '../item.ts';
import { BoundsAccumulator, type Placement } from './box-math.ts';
import type { FabricLayer } from './fabric-layer.ts';
import type { PathBuilder } from './path-builder.ts';
import { patternDefinition } from './pattern-tile.ts';
import { fabricPattern } from './patterns.ts';
import { element, formatNumber } from './svg-markup.ts';
import { textureHint } from './textures.ts';
import { type ItemTones, itemTones } from './tones.ts';

/** The size of a silhouette's drawing area in local units (about one pixel each at 512 px). */
export interface Frame {
  width: number;
  height: number;
}

export type ToneRole = 'outline' | 'shade' | 'trim' | 'pocket' | 'sole';

/** Outline and seam widths in local units: about 1.5 px in a 512-px product shot. */
export const OUTLINE_WIDTH = 1.4;
const SEAM_WIDTH = 1.2;
const STITCH_WIDTH = 1.5;

/**
 * What one silhouette draws into. Every call lands in one of three layers of the current group:
 * base (fabric pieces, each with its pattern and texture, and what lies behind them), overlay (trims,
 * pockets, seams, stitching) and details (buttons, hardware, logo: drawn last, so nothing covers
 * them). A second group (the near shoe of a pair) starts a fresh set of layers on top of the first.
 * The drawing also records the ground truth of what it drew: bounds, buttons, pockets, logo.
 */
export class ItemDrawing {
  readonly tones: ItemTones;
  readonly buttons: Box[] = [];
  readonly pockets: Box[] = [];
  logo: Box | null = null;
  private bodyBox: Box | null = null;
  /** The pattern's and the texture's layer, with the id a tile is defined under. */
  private layers: { id: string; layer: FabricLayer }[] = [];
  private pieces = 0;
  private readonly bounds = new BoundsAccumulator();
  private readonly definitions: string[] = [];
  private readonly finished: string[] = [];
  private base: string[] = [];
  private overlay: string[] = [];
  private details: string[] = [];

  constructor(
    readonly item: Item,
    readonly prefix: string,
    readonly frame: Frame,
  ) {
    this.tones = itemTones(item);
  }

  /** The main panel: logo positions are its thirds and colour-blocking splits it. Set it first. */
  setBody(box: Box): void {
    this.bodyBox = box;
    const pattern = fabricPattern(this.item.pattern, this.tones.fabric, this.tones.pattern, box);
    const texture = textureHint(this.item.texture, this.tones.fabric, `${this.prefix}sheen`, {
      x: 0,
      y: 0,
      ...this.frame,
    });
    this.layers = [];
    if (pattern) this.layers.push({ id: `${this.prefix}pattern`, layer: pattern });
    if (texture) this.layers.push({ id: `${this.prefix}texture`, layer: texture });
    if (texture?.kind === 'paint') this.definitions.push(...texture.definitions);
  }

  get body(): Box {
    if (!this.bodyBox) throw new Error('ItemDrawing.setBody must be called before drawing');
    return this.bodyBox;
  }

  get hardwareColor(): string {
    // A hand-written item may have buttons but no hardware colour; draw them in the sole tone then.
    return this.tones.hardware ?? this.tones.sole;
  }

  /**
   * A piece of the garment's own fabric: filled, then painted with its pattern and texture, then
   * outlined, so a later piece covers an earlier one's pattern and seams exactly as cloth would.
   */
  fabric(path: PathBuilder): void {
    if (!this.bodyBox) throw new Error('ItemDrawing.setBody must be called before drawing fabric');
    const box = path.box;
    let piece = element('path', { d: path.d, fill: this.tones.fabric });
    for (const { id, layer } of this.layers) {
      if (layer.kind === 'tile') {
        piece += element('path', { d: path.d, fill: `url(#${id})` });
      } else if (layer.kind === 'paint') {
        piece += element('path', { d: path.d, fill: layer.fill, 'fill-opacity': layer.opacity });
      } else {
        const inner = layer.draw(box);
        if (inner === '') continue;
        const clipId = `${this.prefix}piece${this.pieces++}`;
        this.definitions.push(element('clipPath', { id: clipId }, element('path', { d: path.d })));
        piece += element('g', { 'clip-path': `url(#${clipId})` }, inner);
      }
    }
    piece += element('path', {
      d: path.d,
      fill: 'none',
      stroke: this.tones.outline,
      'stroke-width': OUTLINE_WIDTH,
      'stroke-linejoin': 'round',
    });
    this.base.push(piece);
    this.bounds.addBox(box, OUTLINE_WIDTH / 2);
  }

  /** A non-fabric piece that fabric drawn later covers (the back of a neckline, a sole). */
  behind(path: PathBuilder, role: ToneRole): void {
    this.base.push(this.tonePath(path, role));
  }

  /** A non-fabric piece on top of the fabric (cuffs, bands, turn-ups). */
  trim(path: PathBuilder, role: ToneRole): void {
    this.overlay.push(this.tonePath(path, role));
  }

  /** A patch pocket: recorded as ground truth, in the pocket tone that the layout reports. */
  pocket(path: PathBuilder, stitch?: PathBuilder): void {
    this.overlay.push(this.tonePath(path, 'pocket'));
    const { x, y, width, height } = path.box;
    const margin = OUTLINE_WIDTH / 2;
    this.pockets.push({
      x: x - margin,
      y: y - margin,
      width: width + 2 * margin,
      height: height + 2 * margin,
    });
    if (stitch) this.stitch(stitch);
  }

  /** A thin line in a tone: seams, folds, rib lines. */
  seam(path: PathBuilder, role: ToneRole = 'outline', width = SEAM_WIDTH): void {
    this.overlay.push(this.strokePath(path, this.tones[role], width));
  }

  /** Contrast stitching, drawn only when the item has it. */
  stitch(path: PathBuilder): void {
    if (!this.tones.stitching) return;
    // Tall frames are drawn at a smaller scale; thicker thread keeps stitching visible in them.
    const width = STITCH_WIDTH * Math.max(1, this.frame.height / 460);
    this.bounds.addBox(path.box, width / 2);
    this.overlay.push(
      element('path', {
        d: path.d,
        fill: 'none',
        stroke: this.tones.stitching,
        'stroke-width': width,
        'stroke-dasharray': `${formatNumber(3 * width)} ${formatNumber(2 * width)}`,
        'stroke-linecap': 'butt',
      }),
    );
  }

  /** A button: a rim in the outline tone under a disc in the hardware colour. */
  button(x: number, y: number, radius: number): void {
    const rim = radius + 0.9;
    this.details.push(element('circle', { cx: x, cy: y + 0.4, r: rim, fill: this.tones.outline }));
    this.details.push(element('circle', { cx: x, cy: y, r: radius, fill: this.hardwareColor }));
    const box = { x: x - rim, y: y - rim + 0.4, width: 2 * rim, height: 2 * rim };
    this.buttons.push(box);
    this.bounds.addBox(box);
  }

  /** Zip pulls, buckles, rings: filled in the hardware colour, with an optional hole cut out. */
  hardware(path: PathBuilder, hole?: PathBuilder): void {
    const d = hole ? path.d + hole.d : path.d;
    // A hairline rim keeps pale metal (white, ivory) visible against a pale background.
    this.details.push(
      element('path', {
        d,
        fill: this.hardwareColor,
        'fill-rule': hole ? 'evenodd' : undefined,
        stroke: this.tones.outline,
        'stroke-width': 0.8,
      }),
    );
    this.bounds.addBox(path.box, 0.4);
  }

  /** A stroked line in the hardware colour (a zip's teeth). */
  hardwareLine(path: PathBuilder, width: number): void {
    this.details.push(this.strokePath(path, this.hardwareColor, width));
    this.bounds.addBox(path.box, width / 2);
  }

  logoMark(path: PathBuilder, color: string): void {
    this.details.push(element('path', { d: path.d, fill: color }));
    this.logo = path.box;
    this.bounds.addBox(path.box);
  }

  /** Starts a new set of layers drawn over everything so far (the near shoe over the far one). */
  newGroup(): void {
    this.finished.push(this.base.join('') + this.overlay.join('') + this.details.join(''));
    this.base = [];
    this.overlay = [];
    this.details = [];
  }

  /**
   * The drawing in local units: defs first, then the groups in order. `placement` is where the
   * drawing lands in the document (numbers as written in its transform): pattern tiles are snapped
   * to its pixels.
   */
  toSvg(placement: Placement): string {
    if (this.base.length + this.overlay.length + this.details.length > 0) this.newGroup();
    let definitions = this.definitions.join('');
    for (const { id, layer } of this.layers) {
      if (layer.kind === 'tile') definitions += patternDefinition(id, layer.tile, placement);
    }
    return element('defs', {}, definitions) + this.finished.join('');
  }

  /** Bounds of everything drawn so far, strokes included, in local units. */
  get extent(): Box {
    return this.bounds.toBox();
  }

  private tonePath(path: PathBuilder, role: ToneRole): string {
    this.bounds.addBox(path.box, OUTLINE_WIDTH / 2);
    return element('path', {
      d: path.d,
      fill: this.tones[role],
      stroke: this.tones.outline,
      'stroke-width': OUTLINE_WIDTH,
      'stroke-linejoin': 'round',
    });
  }

  private strokePath(path: PathBuilder, color: string, width: number): string {
    this.bounds.addBox(path.box, width / 2);
    return element('path', {
      d: path.d,
      fill: 'none',
      stroke: color,
      'stroke-width': width,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    });
  }
}
