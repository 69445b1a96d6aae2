/**
 * Images waiting in the composer: a file the user picked, dropped or pasted (sent as a data URL), or a
 * catalog item (sent by id, so its bytes never travel).
 */
export type Attachment =
  | { id: string; kind: 'upload'; name: string; dataUrl: string }
  | { id: string; kind: 'asset'; assetId: string; title: string | null; thumbnailUrl: string | null };

/** The server's limits (src/server/chat-request.ts): images per message, and the whole request body. */
export const MAX_ATTACHMENTS = 8;
const BODY_LIMIT_BYTES = 16 * 1024 * 1024;
/** Room for the message, the history and the JSON around the images. */
const IMAGE_BUDGET_BYTES = BODY_LIMIT_BYTES - 1024 * 1024;

let counter = 0;
export const attachmentId = () => `attachment-${++counter}`;

export function requestImage(attachment: Attachment): { base64: string } | { assetId: string } {
  return attachment.kind === 'upload' ? { base64: attachment.dataUrl } : { assetId: attachment.assetId };
}

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

export interface AddedAttachments {
  attachments: Attachment[];
  /** Why some files were left out, for the composer to say. */
  problems: string[];
}

/** Reads the image files that still fit the limits, in order; the rest are named in `problems`. */
export async function addFiles(
  existing: readonly Attachment[],
  files: readonly File[],
): Promise<AddedAttachments> {
  const attachments = [...existing];
  const problems: string[] = [];
  let used = existing.reduce((total, item) => total + (item.kind === 'upload' ? item.dataUrl.length : 0), 0);
  for (const file of files) {
    if (!file.type.startsWith('image/')) {
      problems.push(`${file.name || 'a file'} is not an image`);
      continue;
    }
    if (attachments.length >= MAX_ATTACHMENTS) {
      problems.push(`at most ${MAX_ATTACHMENTS} images per message`);
      break;
    }
    // Base64 grows the bytes by a third; the server refuses a body over its limit outright.
    const encoded = Math.ceil(file.size / 3) * 4;
    if (used + encoded > IMAGE_BUDGET_BYTES) {
      problems.push(
        `${file.name || 'the image'} does not fit: a message carries at most ${IMAGE_BUDGET_BYTES / 1024 / 1024} MiB of images`,
      );
      continue;
    }
    try {
      const dataUrl = await readDataUrl(file);
      used += dataUrl.length;
      attachments.push({ id: attachmentId(), kind: 'upload', name: file.name || 'pasted image', dataUrl });
    } catch (error) {
      problems.push(`${file.name || 'the image'} could not be read (${String(error)})`);
    }
  }
  return { attachments, problems };
}
