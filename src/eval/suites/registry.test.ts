import { describe, expect, it } from 'vitest';
import { evalSampleSchema } from '../sample.ts';
import { getSuite, SUITES } from './registry.ts';
import { collect, temporaryStore } from './suite-test-store.test-support.ts';

describe('suite registry', () => {
  it('names the six built-in suites and finds each by name', () => {
    expect(Object.keys(SUITES).sort()).toEqual(
      ['board-recs', 'detail', 'perception', 'style-compat', 'style-fitb', 'tool-use'].sort(),
    );
    for (const name of Object.keys(SUITES)) expect(getSuite(name).name).toBe(name);
  });

  it('says which suites exist when the name is wrong', () => {
    expect(() => getSuite('percepton')).toThrow(/no built-in suite "percepton"/);
    try {
      getSuite('percepton');
    } catch (error) {
      expect((error as { code: string }).code).toBe('NOT_FOUND');
      expect((error as { hint: string }).hint).toContain(
        'perception, detail, style-fitb, style-compat, board-recs, tool-use',
      );
    }
  });

  it('gives every suite a chance level for each headline metric', () => {
    for (const suite of Object.values(SUITES)) {
      for (const metric of suite.headline)
        expect(suite.chance[metric], `${suite.name} ${metric}`).toBeTypeOf('number');
    }
  });

  it('builds samples that pass the sample schema, with stable ids and stored images', async () => {
    const { store, close } = await temporaryStore();
    try {
      const small: Record<string, Record<string, number>> = {
        perception: { resolution: 64 },
        detail: { sceneSize: 512 },
        'style-fitb': { resolution: 64 },
        'style-compat': { resolution: 64 },
        'board-recs': { resolution: 64, boardSize: 3 },
      };
      for (const [name, options] of Object.entries(small)) {
        const samples = await collect(getSuite(name), store, 1, 3, options);
        expect(samples.map((sample) => sample.id)).toEqual([0, 1, 2].map((index) => `${name}-00000${index}`));
        for (const sample of samples) {
          expect(evalSampleSchema.parse(sample)).toEqual(sample);
          expect(sample.suite).toBe(name);
          for (const image of sample.images) {
            expect(
              await store.blobs.has('sha256' in image ? image.sha256 : ''),
              `${sample.id} ${image.name}`,
            ).toBe(true);
          }
        }
      }
    } finally {
      await close();
    }
  });
});
