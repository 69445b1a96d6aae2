import { useState } from 'react';
import { imageSrc } from '../api/client.ts';
import type { SampleImage } from './run-types.ts';

/** Thumbnails are asked for at twice their drawn size (sharp on high-density screens), no bigger. */
const THUMBNAIL_SIZE = 128;

export function thumbnailAt(url: string, size = THUMBNAIL_SIZE): string {
  return url.includes('size=')
    ? url.replace(/size=\d+/, `size=${size}`)
    : `${url}${url.includes('?') ? '&' : '?'}size=${size}`;
}

/** A sample's first image, small, in a fixed square so rows never change height. */
export function SampleThumbnail({ images }: { images: readonly SampleImage[] }) {
  const [failed, setFailed] = useState(false);
  const image = images[0];
  if (!image) return <span className="sample-thumb is-empty" aria-hidden="true" />;
  if (!image.thumbnailUrl || failed) {
    return (
      <span className="sample-thumb is-missing" title="image unavailable">
        ?
      </span>
    );
  }
  return (
    <span className="sample-thumb">
      <img
        src={imageSrc(thumbnailAt(image.thumbnailUrl))}
        alt={image.name ?? 'sample image'}
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
      />
      {images.length > 1 ? <span className="sample-thumb-count">+{images.length - 1}</span> : null}
    </span>
  );
}
