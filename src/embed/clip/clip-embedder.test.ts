import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../create-embedder.ts';
import { EmbedError } from '../embed-error.ts';
import type { Embedder } from '../embedder.ts';
import { shapePng } from '../test-support/test-images.ts';
import { writeTinyClipModel } from '../test-support/tiny-clip-model.ts';

/**
 * The clip embedder through the real transformers.js and ONNX Runtime, on tiny model folders this
 * test writes itself. Any network access fails the test: fetch is replaced before the library
 * loads (it binds fetch at import) and on the library's env afterwards.
 */
const fetchCalls: string[] = [];
const originalFetch = globalThis.fetch;
const refuseFetch = async (input: string | URL | Request): Promise<Response> => {
  fetchCalls.push(String(input instanceof Request ? input.url : input));
  throw new Error(`network access attempted: ${String(input)}`);
};

let root: string;
let clipFolder: string;
let embedder: Embedder;

async function rejection(promise: Promise<unknown>): Promise<EmbedError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EmbedError);
  return error as EmbedError;
}

function norm(vector: Float32Array): number {
  return Math.hypot(...vector);
}

beforeAll(async () => {
  globalThis.fetch = refuseFetch;
  root = await mkdtemp(join(tmpdir(), 'atelier-clip-'));
  clipFolder = join(root, 'tiny-clip');
  await writeTinyClipModel(clipFolder);
  const transformers = await import('@huggingface/transformers');
  transformers.env.fetch = refuseFetch;
  embedder = await createEmbedder(`clip:${clipFolder}`);
});

afterAll(async () => {
  await embedder?.close();
  globalThis.fetch = originalFetch;
  await rm(root, { recursive: true, force: true });
});

describe('clip embedder on a local folder', () => {
  it('embeds images into unit vectors of the model dimension, deterministically', async () => {
    const images = await Promise.all([
      shapePng({ color: '#c21f2a' }),
      shapePng({ color: '#2456c4', shape: 'circle' }),
      shapePng({ color: '#2e8b47', shape: 'stripes', size: 300 }),
    ]);
    const vectors = await embedder.embedImages(images);
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector.length).toBe(8);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    expect(vectors[0]).not.toEqual(vectors[1]);
    expect(vectors[1]).not.toEqual(vectors[2]);

    const again = await embedder.embedImages([images[1] as Buffer]);
    expect(Buffer.from((again[0] as Float32Array).buffer)).toEqual(
      Buffer.from((vectors[1] as Float32Array).buffer),
    );
  });

  it('batches without changing results', async () => {
    const small = await createEmbedder(`clip:${clipFolder}`, { batchSize: 1 });
    const images = await Promise.all(['#6a3d9a', '#f4d935'].map((color) => shapePng({ color })));
    expect(await small.embedImages(images)).toEqual(await embedder.embedImages(images));
    await small.close();
  });

  it('embeds texts, and padding in a batch does not change a text’s vector', async () => {
    expect(embedder.supportsText).toBe(true);
    const [alone] = await embedder.embedTexts(['a red dress']);
    const [inBatch, longer] = await embedder.embedTexts([
      'a red dress',
      'navy wool coat with leather buttons',
    ]);
    expect(alone?.length).toBe(8);
    expect(norm(alone as Float32Array)).toBeCloseTo(1, 5);
    expect(Array.from(inBatch as Float32Array)).toEqual(
      Array.from(alone as Float32Array).map((value) => expect.closeTo(value, 5)),
    );
    expect(longer).not.toEqual(alone);
  });

  it('names the model and its preprocessing in id and version', () => {
    expect(embedder.id).toBe(`clip:${clipFolder}`);
    expect(embedder.version).toMatch(/^clip-1:.*tiny-clip:fp32:[0-9a-f]{12}:sharp-rgb-1024$/);
  });

  it('reports an undecodable image with its position', async () => {
    const good = await shapePng({ color: '#000000' });
    const error = await rejection(embedder.embedImages([good, Buffer.from('not an image')]));
    expect(error.code).toBe('IMAGE_DECODE_FAILED');
    expect(error.message).toContain('image 2 of 2');
  });
});

describe('clip embedder model files', () => {
  it('names a missing tokenizer.json before loading anything', async () => {
    const folder = join(root, 'no-tokenizer');
    await cp(clipFolder, folder, { recursive: true });
    await rm(join(folder, 'tokenizer.json'));
    const error = await rejection(createEmbedder(`clip:${folder}`));
    expect(error.code).toBe('MODEL_FILE_MISSING');
    expect(error.message).toContain('tokenizer.json');
    expect(error.message).toContain(folder);
  });

  it('suggests the dtype whose weights the folder has', async () => {
    const folder = join(root, 'quantized-only');
    await cp(clipFolder, folder, { recursive: true });
    await rename(
      join(folder, 'onnx', 'vision_model.onnx'),
      join(folder, 'onnx', 'vision_model_quantized.onnx'),
    );
    const error = await rejection(createEmbedder(`clip:${folder}`));
    expect(error.code).toBe('MODEL_FILE_MISSING');
    expect(error.message).toContain('onnx/vision_model.onnx');
    expect(error.hint).toContain("dtype: 'q8'");
  });

  it('looks hub ids up under modelsDir in offline mode, and names config.json when absent', async () => {
    const modelsDir = join(root, 'models');
    await mkdir(join(modelsDir, 'atelier-test'), { recursive: true });
    await cp(clipFolder, join(modelsDir, 'atelier-test', 'tiny-clip'), { recursive: true });
    const offline = await createEmbedder('clip:atelier-test/tiny-clip', {
      modelsDir,
      env: { ATELIER_OFFLINE: '1' },
    });
    const [vector] = await offline.embedImages([await shapePng({ color: '#c21f2a' })]);
    const [reference] = await embedder.embedImages([await shapePng({ color: '#c21f2a' })]);
    expect(vector).toEqual(reference);
    expect(offline.id).toBe('clip:atelier-test/tiny-clip');
    await offline.close();

    const error = await rejection(createEmbedder('clip:atelier-test/absent', { modelsDir, offline: true }));
    expect(error.code).toBe('MODEL_FILE_MISSING');
    expect(error.message).toContain(join(modelsDir, 'atelier-test', 'absent', 'config.json'));
  });

  it('refuses an unknown dtype', async () => {
    const error = await rejection(createEmbedder(`clip:${clipFolder}`, { dtype: 'int3' as 'q8' }));
    expect(error.code).toBe('EMBEDDER_SPEC_INVALID');
    expect(error.message).toContain('int3');
  });

  it('refuses a folder whose config is not CLIP or SigLIP', async () => {
    const folder = join(root, 'bert');
    await writeTinyClipModel(folder);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(folder, 'config.json'), '{"model_type":"bert"}');
    const error = await rejection(createEmbedder(`clip:${folder}`));
    expect(error.code).toBe('MODEL_LOAD_FAILED');
    expect(error.message).toContain('"bert"');
  });

  it('runs a SigLIP-shaped folder through its own classes and outputs', async () => {
    const folder = join(root, 'tiny-siglip');
    await writeTinyClipModel(folder, { family: 'siglip', dimensions: 12 });
    const siglip = await createEmbedder(`clip:${folder}`);
    const [image] = await siglip.embedImages([await shapePng({ color: '#2e8b47' })]);
    const [text] = await siglip.embedTexts(['green floral dress']);
    expect(image?.length).toBe(12);
    expect(text?.length).toBe(12);
    expect(norm(text as Float32Array)).toBeCloseTo(1, 5);
    await siglip.close();
  });
});

describe('clip embedder network access', () => {
  it('never fetched anything in the tests above', () => {
    expect(fetchCalls).toEqual([]);
  });

  it('would have been caught: online mode reaches the hub through the guarded fetch', async () => {
    const error = await rejection(
      createEmbedder('clip:atelier-test/not-on-disk', { offline: false, env: {} }),
    );
    expect(error.code).toBe('MODEL_LOAD_FAILED');
    expect(fetchCalls.some((url) => url.startsWith('https://huggingface.co/atelier-test/not-on-disk/'))).toBe(
      true,
    );
  });
});
