import { afterEach, describe, expect, it, vi } from 'vitest';
import { addUpload, findUpload, MAX_UPLOAD_BYTES, UploadError } from './uploaded-images.ts';

const MIB = 1024 * 1024;

/** Node has no FileReader: this one reads a Blob's bytes into a base64 data URL. */
class FakeFileReader {
  result: string | null = null;
  error: Error | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readAsDataURL(blob: Blob) {
    void blob.arrayBuffer().then((bytes) => {
      this.result = `data:${blob.type};base64,${btoa(String.fromCharCode(...new Uint8Array(bytes)))}`;
      this.onload?.();
    });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('addUpload', () => {
  it('refuses a file that is not an image, with a hint', async () => {
    const error = await addUpload(new File(['x'], 'notes.txt', { type: 'text/plain' })).catch(
      (reason) => reason,
    );
    expect(error).toBeInstanceOf(UploadError);
    expect(error.message).toBe('"notes.txt" is not an image (text/plain)');
    expect(error.hint).toMatch(/PNG, JPEG/);
  });

  it('refuses a file over the limit, naming its size in MB', async () => {
    // 10.5 MiB against a 10 MiB limit.
    const big = new File([new Uint8Array(MAX_UPLOAD_BYTES + MIB / 2)], 'huge.png', { type: 'image/png' });
    await expect(addUpload(big)).rejects.toThrow('"huge.png" is 10.5 MB, over the 10 MB limit');
  });

  it('keeps the base64 without its data URL prefix, and a pasted image without a type or name', async () => {
    vi.stubGlobal('FileReader', FakeFileReader);
    // "hi!" is base64 "aGkh".
    const upload = await addUpload(new File(['hi!'], '', { type: '' }));
    expect(upload.name).toBe('pasted image');
    expect(upload.base64).toBe('aGkh');
    expect(findUpload(upload.id)).toBe(upload);
    expect(findUpload('no-such-id')).toBeUndefined();
  });

  it('keeps the six newest uploads and frees the preview of older ones', async () => {
    vi.stubGlobal('FileReader', FakeFileReader);
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const uploads = [];
    for (let index = 0; index < 8; index++) {
      uploads.push(await addUpload(new File([`image ${index}`], `${index}.png`, { type: 'image/png' })));
    }
    // Eight added (plus any from earlier tests): the two oldest of these are gone, the last six stay.
    expect(uploads.map((upload) => findUpload(upload.id) !== undefined)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(revoke).toHaveBeenCalledWith(uploads[0]?.previewUrl);
    expect(revoke).toHaveBeenCalledWith(uploads[1]?.previewUrl);
    expect(revoke).not.toHaveBeenCalledWith(uploads[2]?.previewUrl);
  });
});
