import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../store/index.ts';
import { itemIndex, worldItemPool } from '../../../world/index.ts';
import { collect, fingerprint, letterCounts, temporaryStore } from '../suite-test-store.test-support.ts';
import { detailSuite } from './detail-suite.ts';

interface Expected {
  attribute: string;
  value: string;
  itemId: string;
  subject: string;
  relativeSize: number;
}

let scratch: { store: Store; close(): Promise<void> };
beforeAll(async () => {
  scratch = await temporaryStore();
});
afterAll(async () => {
  await scratch.close();
});

describe('detail suite', () => {
  const options = { sceneSize: 512 };

  it('asks about one object of a large scene, with the zoom tool offered and the target boxed', async () => {
    const samples = await collect(detailSuite, scratch.store, 4, 16, options);
    const pool = worldItemPool(4, 2000);
    expect(letterCounts(samples)).toEqual({ A: 4, B: 4, C: 4, D: 4 });
    for (const [index, sample] of samples.entries()) {
      expect(sample.kind).toBe('agent');
      expect(sample.tools).toEqual(['zoom']);
      expect(sample.scorer).toBe('choice');
      // Two questions per scene: consecutive samples share the image and the cluster.
      expect(sample.cluster).toBe(`detail-scene-${String(Math.floor(index / 2)).padStart(6, '0')}`);
      const expected = sample.expected as Expected;
      const item = pool.get(itemIndex(expected.itemId));
      const truth: Record<string, string | undefined> = {
        'logo-shape': item.details.logo?.shape,
        'logo-color': item.details.logo?.color,
        'button-count': item.parts.buttons === undefined ? undefined : String(item.parts.buttons),
        color: item.color,
      };
      expect(truth[expected.attribute]).toBe(expected.value);
      expect(sample.choices![sample.answer.charCodeAt(0) - 65]).toBe(expected.value);
      expect(new Set(sample.choices).size).toBe(4);
      expect(sample.question).toContain(expected.subject);
      const [target] = sample.boxes!;
      expect(target!.box[0]).toBeGreaterThanOrEqual(0);
      expect(target!.box[2]).toBeLessThanOrEqual(512);
      expect(['<5%', '5-10%', '>10%']).toContain(sample.difficulty.size);
    }
    for (let index = 0; index < samples.length; index += 2) {
      expect(samples[index]!.images).toEqual(samples[index + 1]!.images);
      expect((samples[index]!.expected as Expected).itemId).not.toBe(
        (samples[index + 1]!.expected as Expected).itemId,
      );
    }
    const image = samples[0]!.images[0]!;
    const info = await sharp(
      await scratch.store.blobs.read('sha256' in image ? image.sha256 : ''),
    ).metadata();
    expect([info.width, info.height]).toEqual([512, 512]);
  });

  it('is deterministic for a seed', async () => {
    const once = await collect(detailSuite, scratch.store, 6, 4, options);
    const again = await collect(detailSuite, scratch.store, 6, 4, options);
    expect(fingerprint(again)).toEqual(fingerprint(once));
  });

  it('accepts scenes up to 4096 pixels and refuses larger ones', () => {
    const context = { store: scratch.store, seed: 1 };
    expect(detailSuite.count({ ...context, options: { sceneSize: 4096 } })).toBe(100);
    expect(() => detailSuite.count({ ...context, options: { sceneSize: 8192 } })).toThrow(/from 512 to 4096/);
  });
});
