import { useState } from 'react';
import { imageSrc } from '../api/client.ts';

interface LazyImageProps {
  src: string;
  alt: string;
  /** Intrinsic size, when known, so the layout is reserved before the bytes arrive (no jumping grid). */
  width?: number | null;
  height?: number | null;
  className?: string;
  eager?: boolean;
}

/** An API image loaded by the browser only when it nears the viewport, fading in once decoded. */
export function LazyImage({ src, alt, width, height, className, eager }: LazyImageProps) {
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  const ratio = width && height ? `${width} / ${height}` : undefined;
  if (failed) {
    return (
      <div className={`image-missing ${className ?? ''}`} style={ratio ? { aspectRatio: ratio } : undefined}>
        image unavailable
      </div>
    );
  }
  return (
    <img
      src={imageSrc(src)}
      alt={alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      className={`lazy-image ${loaded ? 'is-loaded' : ''} ${className ?? ''}`}
      style={ratio ? { aspectRatio: ratio } : undefined}
      width={width ?? undefined}
      height={height ?? undefined}
      onLoad={() => setLoaded(true)}
      onError={() => setFailed(true)}
    />
  );
}
