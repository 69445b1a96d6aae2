import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AtelierError } from '../core/index.ts';

/**
 * Content-addressed files under `<home>/blobs/ab/cdef…`, named by the SHA-256 of their bytes. The
 * same bytes are stored once however many assets, thumbnails or runs refer to them.
 */
export interface BlobStore {
  readonly root: string;
  /** Stores the bytes (a no-op when already present) and returns their hash. */
  put(bytes: Uint8Array): Promise<string>;
  /** Where the blob lives (or would live); does not check that it exists. */
  path(hash: string): string;
  has(hash: string): Promise<boolean>;
  read(hash: string): Promise<Buffer>;
}

const HASH_PATTERN = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function checkHash(hash: string): string {
  // The hash becomes a path: anything but 64 hex characters could climb out of the blob folder.
  if (!HASH_PATTERN.test(hash)) {
    throw new AtelierError('INVALID_ARGUMENT', `"${hash}" is not a SHA-256 blob hash`, {
      hint: 'Blob hashes are 64 lowercase hexadecimal characters, as returned by blobs.put().',
    });
  }
  return hash;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export function openBlobStore(root: string): BlobStore {
  // Temporary files live beside the blobs, on the same file system, so the final rename is atomic.
  const temporary = join(root, 'tmp');
  mkdirSync(temporary, { recursive: true });
  const path = (hash: string) => join(root, checkHash(hash).slice(0, 2), hash.slice(2));

  return {
    root,
    path,
    has: (hash) => exists(path(hash)),
    async put(bytes) {
      const hash = sha256Hex(bytes);
      const target = path(hash);
      if (await exists(target)) return hash;
      await mkdir(join(root, hash.slice(0, 2)), { recursive: true });
      const staging = join(temporary, `${hash}.${randomBytes(6).toString('hex')}`);
      try {
        await writeFile(staging, bytes);
        // A reader never sees a half-written blob, and two writers of the same bytes both succeed:
        // rename replaces the target with identical content.
        await rename(staging, target);
      } catch (error) {
        await rm(staging, { force: true });
        throw new AtelierError('STORE_FAILED', `cannot write blob ${hash} under ${root}`, {
          hint: 'Check that the Atelier home folder is writable and the disk is not full.',
          cause: error,
        });
      }
      return hash;
    },
    async read(hash) {
      try {
        return await readFile(path(hash));
      } catch (error) {
        throw new AtelierError('BLOB_NOT_FOUND', `blob ${hash} is missing from ${root}`, {
          hint: 'The store was edited by hand or partly deleted; ingest the source again to restore it.',
          cause: error,
        });
      }
    },
  };
}
