import type { PixelBox } from './chat-events.ts';

interface BoxedImageProps {
  src: string;
  alt: string;
  /** The size the box's coordinates are in: the source image's pixels. */
  width: number;
  height: number;
  box: PixelBox;
  className?: string;
}

/**
 * An image with a rectangle drawn over it. The SVG shares the image's coordinate system (viewBox in
 * source pixels, stretched over the displayed image), so the box stays on its region at any size.
 */
export function BoxedImage({ src, alt, width, height, box, className }: BoxedImageProps) {
  const [x0, y0, x1, y1] = box;
  return (
    <div className={`boxed-image ${className ?? ''}`} style={{ aspectRatio: `${width} / ${height}` }}>
      <img className="boxed-image-img" src={src} alt={alt} width={width} height={height} decoding="async" />
      <svg
        className="boxed-image-svg"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        {/* Everything outside the box is dimmed, so a small box on a large scene is found at a glance. */}
        <path
          className="boxed-image-shade"
          fillRule="evenodd"
          d={`M0 0H${width}V${height}H0Z M${x0} ${y0}V${y1}H${x1}V${y0}Z`}
        />
        <rect className="boxed-image-box" x={x0} y={y0} width={x1 - x0} height={y1 - y0} />
      </svg>
    </div>
  );
}
