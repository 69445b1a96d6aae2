import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRequest, ImagePart } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { Random, sampleItem, svgToPng } from '../../world/index.ts';
import { extractChoice } from '../scorers/extract-choice.ts';
import { extractRanking } from '../scorers/extract-ranking.ts';
import { extractYesNo } from '../scorers/extract-yes-no.ts';
import { sampleRequest } from '../scorers/sample-request.ts';
import { styleFitbSuite } from '../suites/index.ts';
import { collect, temporaryStore } from '../suites/suite-test-store.test-support.ts';
import { renderItem } from '../suites/world-internals.ts';
import { createEmbedKnnModel, EMBED_KNN_ONLY_RANKS } from './embed-knn-model.ts';

/** Product shots of seeded items, as PNG bytes. */
async function shots(count: number, label: string): Promise<Uint8Array[]> {
  const images: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const item = sampleItem(Random.for(41, `${label}:${index}`), { id: `${label}-${index}` });
    images.push(await svgToPng(renderItem(item, { size: 96 }).svg));
  }
  return images;
}

/** Option texts as a fill-in-the-blank sample shows them. */
const CHOICES = ['image A', 'image B', 'image C', 'image D'];

const part = (data: Uint8Array, name: string): ImagePart => ({
  type: 'image',
  mediaType: 'image/png',
  data,
  name,
});

function request(images: ImagePart[], options: string[]): ChatRequest {
  return {
    messages: [{ role: 'user', content: [...images, { type: 'text', text: 'Which one?' }] }],
    task: { options },
  };
}

let scratch: { store: Store; close(): Promise<void> };
let outfit: Uint8Array[];
let others: Uint8Array[];
beforeAll(async () => {
  scratch = await temporaryStore();
  outfit = await shots(3, 'outfit');
  others = await shots(4, 'other');
});
afterAll(async () => {
  await scratch.close();
});

describe('embed-knn baseline', () => {
  it('is labelled as a baseline and names its embedder; a bad embedder spec fails at once', () => {
    const model = createEmbedKnnModel('embed-knn:classic');
    expect(model.kind).toBe('baseline');
    expect(model.id).toBe('embed-knn:classic');
    expect(model.label).toBe('embed-knn:classic (baseline)');
    expect(createEmbedKnnModel('classic').id).toBe('embed-knn:classic');
    expect(() => createEmbedKnnModel('embed-knn:nonsense')).toThrow(/cannot use the embedder "nonsense"/);
  });

  it('picks the candidate most like the outfit: a copy of an outfit piece wins wherever it stands', async () => {
    const model = createEmbedKnnModel('classic', { store: scratch.store });
    for (const position of [0, 1, 2, 3]) {
      const candidates = [others[0]!, others[1]!, others[2]!];
      candidates.splice(position, 0, outfit[1]!);
      const images = [
        ...outfit.map((data, at) => part(data, `outfit-${at + 1}`)),
        ...candidates.map((data, at) => part(data, 'ABCD'[at]!)),
      ];
      const answer = await model.complete(request(images, ['A', 'B', 'C', 'D']));
      expect(answer.message.content).toBe('ABCD'[position]);
      expect(extractChoice(answer.message.content, CHOICES)).toMatchObject({ letter: 'ABCD'[position] });
      expect(answer.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    }
  });

  it('ranks every candidate for a board, most similar first, in a form the ranking scorer reads', async () => {
    const model = createEmbedKnnModel('classic');
    const ids = ['c-01', 'c-02', 'c-03', 'c-04', 'c-05'];
    const candidates = [others[0]!, others[1]!, outfit[2]!, others[2]!, others[3]!];
    const images = [
      ...outfit.map((data, at) => part(data, `board-${at + 1}`)),
      ...candidates.map((data, at) => part(data, ids[at]!)),
    ];
    const answer = await model.complete(request(images, ids));
    const ranking = extractRanking(answer.message.content, ids);
    expect(ranking).toMatchObject({ ranking: expect.any(Array) });
    const order = (ranking as { ranking: string[] }).ranking;
    expect(order[0]).toBe('c-03');
    expect([...order].sort()).toEqual(ids);
  });

  it('answers yes/no with a probability from the items’ similarity, read by the yes/no extractor', async () => {
    const model = createEmbedKnnModel('classic');
    const alike = await model.complete(
      request(
        [part(outfit[0]!, 'item-1'), part(outfit[0]!, 'item-2'), part(outfit[0]!, 'item-3')],
        ['yes', 'no'],
      ),
    );
    const mixed = await model.complete(
      request(
        [part(outfit[0]!, 'item-1'), part(others[1]!, 'item-2'), part(others[3]!, 'item-3')],
        ['yes', 'no'],
      ),
    );
    const same = extractYesNo(alike.message.content);
    const different = extractYesNo(mixed.message.content);
    expect(same).toEqual({ answer: 'yes', prediction: 1 });
    expect('prediction' in different && different.prediction).toBeLessThan(1);
    expect('prediction' in different && different.prediction).toBeGreaterThan(0);
  });

  it('says it only ranks candidates when a request offers none, and the choice extractor finds no letter', async () => {
    const model = createEmbedKnnModel('classic');
    const board = outfit.map((data, at) => part(data, `board-${at + 1}`));
    const answer = await model.complete(request(board, ['A', 'B', 'C', 'D']));
    expect(answer.message.content).toBe(EMBED_KNN_ONLY_RANKS);
    expect(extractChoice(answer.message.content, CHOICES)).toHaveProperty('unparseable');
    const noOptions = await model.complete({
      messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
    });
    expect(noOptions.message.content).toBe(EMBED_KNN_ONLY_RANKS);
  });

  it('answers style-fitb samples deterministically, from the images alone (accuracy reported)', async () => {
    const samples = await collect(styleFitbSuite, scratch.store, 1, 40, { resolution: 64 });
    const answers = async (count: number) => {
      const model = createEmbedKnnModel('classic');
      const letters: string[] = [];
      for (const sample of samples.slice(0, count)) {
        const images = await Promise.all(
          sample.images.map(async (image) =>
            part(await scratch.store.blobs.read('sha256' in image ? image.sha256 : ''), image.name ?? ''),
          ),
        );
        const { task: _truth, ...blind } = sampleRequest(sample, images);
        const answer = await model.complete({ ...blind, task: { options: ['A', 'B', 'C', 'D'] } });
        letters.push(answer.message.content);
      }
      return letters;
    };
    const first = await answers(samples.length);
    // A fresh model (no cache shared) answers the same.
    expect(await answers(6)).toEqual(first.slice(0, 6));
    expect(first.every((letter) => ['A', 'B', 'C', 'D'].includes(letter))).toBe(true);
    const right = first.filter((letter, at) => letter === samples[at]!.answer).length;
    // Measured, not tuned: 11 of 40 at 64 px (seed 1); see the report for larger runs. The classic
    // descriptor is built for category-first search, so it barely tells compatible pieces apart.
    console.info(`embed-knn:classic on style-fitb, 40 samples at 64 px: ${right}/40`);
  });
});
