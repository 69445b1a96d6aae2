import { useApi } from '../api/use-api.ts';
import { LazyImage } from '../components/lazy-image.tsx';
import type { AssetAnswer } from './explore-types.ts';
import type { UploadedImage } from './uploaded-images.ts';

interface ImageQueryChipProps {
  assetId: string;
  upload: UploadedImage | undefined;
  onRemove: () => void;
}

/** The image the grid is searching with: a preview the user can see and take away. */
export function ImageQueryChip({ assetId, upload, onRemove }: ImageQueryChipProps) {
  const asset = useApi<AssetAnswer>(assetId ? `/api/assets/${encodeURIComponent(assetId)}` : null, {
    similar: 0,
  });
  const name = upload
    ? upload.name
    : assetId
      ? (asset.data?.asset.title ?? assetId)
      : 'an upload no longer in this tab';
  return (
    <div className="image-chip">
      {upload ? (
        <img src={upload.previewUrl} alt={`Uploaded: ${upload.name}`} />
      ) : asset.data ? (
        <LazyImage src={asset.data.asset.thumbnailUrl} alt={`Searching like: ${name}`} eager />
      ) : (
        <span className="image-chip-placeholder" aria-hidden="true" />
      )}
      <span className="image-chip-label">
        <span className="muted">Similar to</span> {name}
      </span>
      <button type="button" className="chip-remove" aria-label="Remove the query image" onClick={onRemove}>
        ×
      </button>
    </div>
  );
}
