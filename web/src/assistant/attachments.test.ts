import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Attachment, addFiles, MAX_ATTACHMENTS, requestImage } from './attachments.ts';

const MIB = 1024 * 1024;
/** 16 MiB body limit less 1 MiB of room: what the images of one message may take, as base64. */
const IMAGE_BUDGET = 15 * MIB;

/** A File of `size` bytes; only its name, type and size matter until it is read. */
function file(name: string, type: string, size: number): File {
  return new File([new Uint8Array(size)], name, { type });
}

function upload(id: string, dataUrlLength: number): Attachment {
  return { id, kind: 'upload', name: id, dataUrl: 'x'.repeat(dataUrlLength) };
}

/** Node has no FileReader: this one answers a data URL exactly as long as base64 makes it. */
class FakeFileReader {
  result: string | null = null;
  error: Error | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readAsDataURL(blob: Blob) {
    const prefix = `data:${blob.type};base64,`;
    this.result = prefix + 'A'.repeat(Math.ceil(blob.size / 3) * 4);
    queueMicrotask(() => this.onload?.());
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestImage', () => {
  it('sends an upload as its data URL and a catalog item by id', () => {
    expect(
      requestImage({ id: '1', kind: 'upload', name: 'a.png', dataUrl: 'data:image/png;base64,AA' }),
    ).toEqual({
      base64: 'data:image/png;base64,AA',
    });
    expect(
      requestImage({ id: '2', kind: 'asset', assetId: 'asset-9', title: null, thumbnailUrl: null }),
    ).toEqual({ assetId: 'asset-9' });
  });
});

describe('addFiles', () => {
  it('names files that are not images and keeps going', async () => {
    vi.stubGlobal('FileReader', FakeFileReader);
    const result = await addFiles([], [file('notes.txt', 'text/plain', 3), file('a.png', 'image/png', 3)]);
    expect(result.problems).toEqual(['notes.txt is not an image']);
    // 3 bytes → 4 base64 characters after the 22-character "data:image/png;base64," prefix.
    expect(result.attachments).toEqual([
      {
        id: expect.any(String),
        kind: 'upload',
        name: 'a.png',
        dataUrl: `data:image/png;base64,${'A'.repeat(4)}`,
      },
    ]);
  });

  it('stops at the per-message image limit', async () => {
    const full = Array.from({ length: MAX_ATTACHMENTS }, (_, index) => upload(`u${index}`, 1));
    const result = await addFiles(full, [file('a.png', 'image/png', 3), file('b.png', 'image/png', 3)]);
    expect(result.attachments).toHaveLength(8);
    // One problem, not one per file: the loop stops at the limit.
    expect(result.problems).toEqual(['at most 8 images per message']);
  });

  it('refuses an image whose base64 would push the message past its budget', async () => {
    // Already used: budget − 3 characters. A 3-byte file grows to 4 characters: one too many.
    const result = await addFiles([upload('big', IMAGE_BUDGET - 3)], [file('tiny.png', 'image/png', 3)]);
    expect(result.attachments).toHaveLength(1);
    expect(result.problems).toEqual(['tiny.png does not fit: a message carries at most 15 MiB of images']);
  });

  it('takes an image that fills the budget exactly', async () => {
    vi.stubGlobal('FileReader', FakeFileReader);
    const result = await addFiles([upload('big', IMAGE_BUDGET - 4)], [file('tiny.png', 'image/png', 3)]);
    expect(result.problems).toEqual([]);
    expect(result.attachments).toHaveLength(2);
  });

  it('counts what it has just read against the budget of the files after it', async () => {
    vi.stubGlobal('FileReader', FakeFileReader);
    // 9 MiB → 12 MiB of base64 (+ prefix). The second 9 MiB file would bring it to 24 MiB: refused.
    // The third, 1.5 MiB → 2 MiB, still fits beside the first (about 14 MiB in all).
    const result = await addFiles(
      [],
      [
        file('one.jpg', 'image/jpeg', 9 * MIB),
        file('two.jpg', 'image/jpeg', 9 * MIB),
        file('', 'image/png', 1.5 * MIB),
      ],
    );
    expect(result.attachments.map((item) => (item.kind === 'upload' ? item.name : ''))).toEqual([
      'one.jpg',
      'pasted image',
    ]);
    expect(result.problems).toEqual(['two.jpg does not fit: a message carries at most 15 MiB of images']);
  });
});
