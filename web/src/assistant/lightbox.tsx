import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { imageSrc } from '../api/client.ts';
import { BoxedImage } from './boxed-image.tsx';
import type { PixelBox } from './chat-events.ts';

export interface LightboxImage {
  /** An API URL (made loadable with imageSrc here) or a data URL. */
  url: string;
  alt: string;
  caption?: string;
  /** With a box: the image's size in pixels and the box drawn on it. */
  width?: number;
  height?: number;
  box?: PixelBox;
}

const LightboxContext = createContext<(image: LightboxImage) => void>(() => undefined);

/** Opens an image large; any image on the page can call it. */
export const useLightbox = () => useContext(LightboxContext);

function Overlay({ image, onClose }: { image: LightboxImage; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      // Back to the thumbnail that opened it, so the keyboard user keeps their place.
      previous?.focus();
    };
  }, [onClose]);
  const src = imageSrc(image.url);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Esc closes it from the keyboard; the click is the backdrop's.
    <div
      className="assistant-lightbox"
      role="dialog"
      aria-modal="true"
      aria-label={image.alt}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <figure className="assistant-lightbox-figure">
        {image.box && image.width && image.height ? (
          <BoxedImage
            className="lightbox-boxed"
            src={src}
            alt={image.alt}
            width={image.width}
            height={image.height}
            box={image.box}
          />
        ) : (
          <img className="assistant-lightbox-img" src={src} alt={image.alt} />
        )}
        {image.caption ? (
          <figcaption className="assistant-lightbox-caption">{image.caption}</figcaption>
        ) : null}
      </figure>
      <button
        ref={close}
        type="button"
        className="assistant-lightbox-close"
        onClick={onClose}
        aria-label="Close (Esc)"
      >
        ✕
      </button>
    </div>
  );
}

export function LightboxProvider({ children }: { children: ReactNode }) {
  const [image, setImage] = useState<LightboxImage | null>(null);
  const onClose = useCallback(() => setImage(null), []);
  return (
    <LightboxContext.Provider value={setImage}>
      {children}
      {image ? <Overlay image={image} onClose={onClose} /> : null}
    </LightboxContext.Provider>
  );
}
