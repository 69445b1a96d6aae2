import { imageSrc } from '../api/client.ts';
import type { ImageView } from './chat-events.ts';
import { useLightbox } from './lightbox.tsx';

/** generate_image: the picture with the prompt, seed and backend that made it. */
export function GeneratedImageView({ images }: { images: ImageView[] }) {
  const open = useLightbox();
  const image = images.find((item) => item.origin.kind === 'generated');
  if (image?.origin.kind !== 'generated') return null;
  const { prompt, seed, backend } = image.origin;
  return (
    <figure className="generated-view">
      <button
        type="button"
        className="chat-image-button"
        onClick={() => open({ url: image.url, alt: `Generated: ${prompt}`, caption: prompt })}
      >
        <img
          className="generated-img"
          src={imageSrc(image.url)}
          alt={`Generated: ${prompt}`}
          width={image.width}
          height={image.height}
          decoding="async"
        />
      </button>
      <figcaption>
        <q className="generated-prompt">{prompt}</q>
        <dl className="generated-facts">
          <div>
            <dt>seed</dt>
            <dd>{seed}</dd>
          </div>
          <div>
            <dt>backend</dt>
            <dd>{backend}</dd>
          </div>
          <div>
            <dt>size</dt>
            <dd>
              {image.width}×{image.height}
            </dd>
          </div>
        </dl>
      </figcaption>
    </figure>
  );
}
