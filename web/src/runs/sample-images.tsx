import { useState } from 'react';
import { imageSrc } from '../api/client.ts';
import type { PixelBox, SampleBox, SampleImage, ToolCall } from './run-types.ts';
import { thumbnailAt } from './sample-thumbnail.tsx';
import { type DrawnBox, ZoomPanImage } from './zoom-pan-image.tsx';

function isPixelBox(value: unknown): value is PixelBox {
  return Array.isArray(value) && value.length === 4 && value.every((item) => typeof item === 'number');
}

/**
 * The regions the model zoomed into, on the image they were cut from. The zoom tool records the
 * crop in the stored image's own pixels (`data.pixels`), which is what the viewer shows; the box
 * the model asked for may be in a resized copy's pixels or on a 0–1000 grid.
 */
export function zoomBoxesOf(toolCalls: readonly ToolCall[], image: SampleImage): DrawnBox[] {
  const drawn: DrawnBox[] = [];
  let count = 0;
  for (const call of toolCalls) {
    if (call.name !== 'zoom') continue;
    count += 1;
    if (!call.ok || call.data === null || typeof call.data !== 'object') continue;
    const data = call.data as {
      source?: unknown;
      usedBox?: unknown;
      pixels?: { sha256?: unknown; box?: unknown };
    };
    const sha256 = typeof data.pixels?.sha256 === 'string' ? data.pixels.sha256 : undefined;
    if (sha256 && image.url?.endsWith(sha256) && isPixelBox(data.pixels?.box)) {
      drawn.push({ box: data.pixels.box, label: `zoom ${count}`, kind: 'zoom' });
    } else if (!sha256 && data.source === image.name && isPixelBox(data.usedBox)) {
      drawn.push({ box: data.usedBox, label: `zoom ${count}`, kind: 'zoom' });
    }
  }
  return drawn;
}

interface SampleImagesProps {
  images: readonly SampleImage[];
  boxes: readonly SampleBox[];
  toolCalls: readonly ToolCall[];
}

/** A sample's images, one large at a time, with its target boxes and the model's zooms drawn on. */
export function SampleImages({ images, boxes, toolCalls }: SampleImagesProps) {
  const [shown, setShown] = useState(0);
  const index = Math.min(shown, images.length - 1);
  const image = images[index];
  if (!image) return null;
  const drawn: DrawnBox[] = [
    ...boxes
      .filter((box) => box.image === image.index && isPixelBox(box.box))
      .map((box, number) => ({
        box: box.box,
        label: box.label ?? `box ${number + 1}`,
        kind: 'target' as const,
      })),
    ...zoomBoxesOf(toolCalls, image),
  ];
  const name = image.name ?? `image ${index + 1}`;
  return (
    <section className="sample-images" aria-label="Images">
      {images.length > 1 ? (
        <div className="image-caption">
          {name}{' '}
          <span className="muted">
            ({index + 1} of {images.length})
          </span>
        </div>
      ) : null}
      {image.url ? (
        <ZoomPanImage src={image.url} alt={`${name} of the sample`} boxes={drawn} />
      ) : (
        <div className="image-missing">
          {name}: the image could not be read when the run was made (see the error below)
        </div>
      )}
      {images.length > 1 ? (
        <div className="image-strip" role="tablist" aria-label="Images of this sample">
          {images.map((item, position) => (
            <button
              key={item.index}
              type="button"
              role="tab"
              aria-selected={position === index}
              className={position === index ? 'is-active' : ''}
              onClick={() => setShown(position)}
            >
              {item.thumbnailUrl ? (
                <img src={imageSrc(thumbnailAt(item.thumbnailUrl))} alt="" />
              ) : (
                <span className="image-strip-missing" aria-hidden="true">
                  ?
                </span>
              )}
              <span className="image-strip-name">{item.name ?? `image ${position + 1}`}</span>
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
