import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { AtelierError, type ImagePart } from '../../core/index.ts';
import { type BlobStore, sha256Hex } from '../../store/index.ts';
import type { SampleImage } from '../sample.ts';
import { sniffImageMediaType } from './image-media-type.ts';
import type { CachedImage, SampleImageCache } from './sample-image-cache.ts';

export interface LoadedImage {
  /** "image-1", "image-2", … in the sample's order: the names the question and the tools use. */
  name: string;
  bytes: Uint8Array;
  mediaType: string;
  /** The blob holding the bytes, so the stored sample never needs the data file again. */
  sha256: string;
}

export interface LoadImagesOptions {
  blobs: BlobStore;
  /** The folder relative image paths are read from (the data file's folder); paths may not leave it. */
  imageRoot: string;
  /** The run's images read so far (see createSampleImageCache); without one every image is read anew. */
  cache?: SampleImageCache;
}

function unusable(where: string, reason: string): AtelierError {
  return new AtelierError('IMAGE_DECODE_FAILED', `${where} is not a usable image: ${reason}`, {
    hint: 'Samples need PNG, JPEG, GIF or WebP images; fix or replace that file in the data set.',
  });
}

function insideRoot(root: string, target: string): boolean {
  const path = relative(root, target);
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
}

async function readConfined(path: string, imageRoot: string): Promise<Uint8Array> {
  const root = await realpath(imageRoot);
  const wanted = resolve(root, path);
  let real: string;
  try {
    real = await realpath(wanted);
  } catch (error) {
    throw new AtelierError('SOURCE_NOT_FOUND', `the image ${path} does not exist in ${root}`, {
      hint: 'Image paths in a data file are read relative to the file’s folder; check the path and that the image was downloaded.',
      cause: error,
    });
  }
  // A path (or a symbolic link) out of the data folder could make a shared data file read any file.
  if (!insideRoot(root, real)) {
    throw new AtelierError('INVALID_SOURCE', `the image path ${path} leads out of the data folder ${root}`, {
      hint: 'Keep the images in the data file’s folder (or below it) and refer to them by relative paths.',
    });
  }
  return readFile(real);
}

function decodeBase64(image: { base64: string; mediaType?: string }): { bytes: Buffer; declared?: string } {
  const dataUrl = /^data:([^;,]+);base64,/.exec(image.base64);
  const text = dataUrl ? image.base64.slice(dataUrl[0].length) : image.base64;
  const declared = image.mediaType ?? dataUrl?.[1];
  return { bytes: Buffer.from(text, 'base64'), ...(declared ? { declared } : {}) };
}

function checked(bytes: Uint8Array, where: string): string {
  const mediaType = sniffImageMediaType(bytes);
  if (mediaType === undefined) throw unusable(where, 'not a PNG, JPEG, GIF or WebP file');
  return mediaType;
}

async function store(bytes: Uint8Array, options: LoadImagesOptions): Promise<string> {
  const stored = options.cache?.stored;
  if (stored === undefined) return options.blobs.put(bytes);
  const sha256 = sha256Hex(bytes);
  if (!stored.has(sha256)) {
    await options.blobs.put(bytes);
    stored.add(sha256);
  }
  return sha256;
}

async function readImage(
  image: SampleImage,
  index: number,
  options: LoadImagesOptions,
): Promise<CachedImage> {
  if ('sha256' in image) {
    const bytes = await options.blobs.read(image.sha256);
    options.cache?.stored.add(image.sha256);
    return { bytes, mediaType: checked(bytes, `blob ${image.sha256}`), sha256: image.sha256 };
  }
  if ('path' in image) {
    const bytes = await readConfined(image.path, options.imageRoot);
    const mediaType = checked(bytes, image.path);
    return { bytes, mediaType, sha256: await store(bytes, options) };
  }
  const { bytes } = decodeBase64(image);
  const mediaType = checked(bytes, `inline image ${index + 1}`);
  return { bytes, mediaType, sha256: await store(bytes, options) };
}

async function loadOne(image: SampleImage, index: number, options: LoadImagesOptions): Promise<LoadedImage> {
  const name = `image-${index + 1}`;
  const { cache } = options;
  // Inline images are in the sample already: only their blob is remembered, not their bytes.
  const key = 'sha256' in image ? `blob:${image.sha256}` : 'path' in image ? `path:${image.path}` : undefined;
  const loaded =
    cache === undefined || key === undefined
      ? await readImage(image, index, options)
      : await cache.get(key, () => readImage(image, index, options));
  return { name, ...loaded };
}

/** Reads a sample's images (blob, file or inline base64) in order; a bad one fails the sample. */
export async function loadSampleImages(
  images: readonly SampleImage[],
  options: LoadImagesOptions,
): Promise<LoadedImage[]> {
  return Promise.all(images.map((image, index) => loadOne(image, index, options)));
}

export function imageParts(images: readonly LoadedImage[]): ImagePart[] {
  return images.map((image) => ({
    type: 'image',
    mediaType: image.mediaType,
    data: image.bytes,
    name: image.name,
  }));
}

/** The sample's images as blob references, as the stored sample keeps them. */
export function storedImages(images: readonly SampleImage[], loaded: readonly LoadedImage[]): SampleImage[] {
  return loaded.map((image, index) => {
    const name = images[index]?.name;
    return name === undefined ? { sha256: image.sha256 } : { sha256: image.sha256, name };
  });
}
