/** An image the user gave Explore as a query: its bytes for the API and a preview for the chip. */
export interface UploadedImage {
  id: string;
  name: string;
  base64: string;
  previewUrl: string;
}

/** Stays under the server's 16 MiB search body once base64 has grown it by a third. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const KEPT = 6;

/**
 * Uploads live in memory for this tab, named in the URL by id: the bytes are too large for an
 * address bar, yet back and forward between two uploads should still find each one.
 */
const uploads = new Map<string, UploadedImage>();

export function findUpload(id: string): UploadedImage | undefined {
  return uploads.get(id);
}

export class UploadError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'UploadError';
    this.hint = hint;
  }
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

export async function addUpload(file: File): Promise<UploadedImage> {
  const name = file.name || 'pasted image';
  if (file.type && !file.type.startsWith('image/')) {
    throw new UploadError(
      `"${name}" is not an image (${file.type})`,
      'Use a PNG, JPEG, WebP, GIF or TIFF image.',
    );
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new UploadError(
      `"${name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit`,
      'Resize or compress the image, or search with a catalog item instead ("Search similar").',
    );
  }
  const dataUrl = await readAsDataUrl(file);
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const id = Math.random().toString(36).slice(2, 10);
  const upload: UploadedImage = { id, name, base64, previewUrl: URL.createObjectURL(file) };
  uploads.set(id, upload);
  for (const old of [...uploads.keys()].slice(0, Math.max(0, uploads.size - KEPT))) {
    const dropped = uploads.get(old);
    if (dropped) URL.revokeObjectURL(dropped.previewUrl);
    uploads.delete(old);
  }
  return upload;
}
