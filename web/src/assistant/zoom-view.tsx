import { imageSrc } from '../api/client.ts';
import { BoxedImage } from './boxed-image.tsx';
import type { ImageView } from './chat-events.ts';
import { useLightbox } from './lightbox.tsx';
import { asNumber, asRecord } from './read-data.ts';

/** zoom: the source with the crop's box drawn on it, beside the crop itself. */
export function ZoomView({ images, data }: { images: ImageView[]; data: unknown }) {
  const open = useLightbox();
  const crop = images.find((image) => image.origin.kind === 'crop');
  if (crop?.origin.kind !== 'crop') return null;
  const { box } = crop.origin;
  const source = crop.source;
  const scale = asNumber(asRecord(data)?.scale);
  const boxText = `[${box.join(', ')}]`;
  return (
    <div className="zoom-view">
      {source ? (
        <figure className="zoom-source">
          <button
            type="button"
            className="chat-image-button"
            onClick={() =>
              open({
                url: source.url,
                alt: `${source.name} with the zoom box`,
                caption: `${source.name}, box ${boxText}`,
                width: source.width,
                height: source.height,
                box,
              })
            }
          >
            <BoxedImage
              src={imageSrc(source.thumbnailUrl)}
              alt={`${source.name} with the box ${boxText} drawn on it`}
              width={source.width}
              height={source.height}
              box={box}
            />
          </button>
          <figcaption>
            {source.name} · {source.width}×{source.height}
          </figcaption>
        </figure>
      ) : null}
      <span className="zoom-arrow" aria-hidden="true">
        →
      </span>
      <figure className="zoom-crop">
        <button
          type="button"
          className="chat-image-button"
          onClick={() =>
            open({
              url: crop.url,
              alt: `${crop.name}, crop of ${crop.origin.kind === 'crop' ? crop.origin.source : ''}`,
              caption: `${crop.name}: ${boxText}`,
            })
          }
        >
          <img
            className="zoom-crop-img"
            src={imageSrc(crop.url)}
            alt={`${crop.name}: crop at ${boxText}`}
            width={crop.width}
            height={crop.height}
            decoding="async"
          />
        </button>
        <figcaption>
          {crop.name} · box {boxText}
          {scale !== undefined && scale !== 1 ? ` · ×${scale}` : ''}
        </figcaption>
      </figure>
    </div>
  );
}
