import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../store/index.ts';
import { ARCHETYPES, itemIndex, Random, worldItemPool } from '../../../world/index.ts';
import { hitAt, ndcgAt } from '../../stats/index.ts';
import { collect, fingerprint, letterCounts, temporaryStore } from '../suite-test-store.test-support.ts';
import { dominantArchetype } from '../world-internals.ts';
import { COMPOSITIONS } from './board-plan.ts';
import { boardRecsSuite } from './board-recs-suite.ts';
import { expectedRandomHit, expectedRandomNdcg } from './ranking-chance.ts';

interface RankingExpected {
  relevance: Record<string, number>;
  taste: Record<string, number>;
  boardItemIds: string[];
  candidateItemIds: Record<string, string>;
}

let scratch: { store: Store; close(): Promise<void> };
beforeAll(async () => {
  scratch = await temporaryStore();
});
afterAll(async () => {
  await scratch.close();
});

describe('board-recs suite', () => {
  it('grades candidates by the latent taste, with at least two relevant, and names the dominant aesthetic', async () => {
    const samples = await collect(boardRecsSuite, scratch.store, 13, 32, { resolution: 64, boardSize: 4 });
    const pool = worldItemPool(13, 2000);
    const ranking = samples.filter((_, index) => index % 2 === 0);
    const aesthetic = samples.filter((_, index) => index % 2 === 1);
    for (const [at, sample] of ranking.entries()) {
      const expected = sample.expected as RankingExpected;
      expect(sample.scorer).toBe('ranking');
      expect(sample.choices).toEqual(
        Array.from({ length: 10 }, (_, index) => `c-${String(index + 1).padStart(2, '0')}`),
      );
      expect(sample.images.map((image) => image.name)).toEqual([
        'board-1',
        'board-2',
        'board-3',
        'board-4',
        ...sample.choices!,
      ]);
      const weights = Object.entries(expected.taste).sort((first, second) => second[1] - first[1]);
      const [dominant, secondary] = weights.map(([archetype]) => archetype);
      let relevant = 0;
      for (const [candidate, itemId] of Object.entries(expected.candidateItemIds)) {
        expect(expected.boardItemIds).not.toContain(itemId);
        const style = dominantArchetype(pool.get(itemIndex(itemId)).archetypes);
        const grade = style === dominant ? 2 : style === secondary ? 1 : 0;
        expect(expected.relevance[candidate], `${sample.id} ${candidate}`).toBe(grade);
        if (grade > 0) relevant++;
      }
      expect(relevant).toBeGreaterThanOrEqual(2);
      const composition = COMPOSITIONS[at % COMPOSITIONS.length]!;
      expect(relevant).toBe(composition.dominant + composition.secondary);
      const ideal = sample.answer.split(', ');
      expect(ndcgAt(ideal, expected.relevance, 10)).toBe(1);
      // The paired aesthetic sample asks about the same board, and its answer is the dominant archetype.
      const naming = aesthetic[at]!;
      expect(naming.cluster).toBe(sample.cluster);
      const chosen = naming.choices![naming.answer.charCodeAt(0) - 65]!;
      expect(chosen.startsWith(`${dominant}:`)).toBe(true);
      if (secondary) expect(naming.choices!.some((choice) => choice.startsWith(`${secondary}:`))).toBe(false);
    }
    expect(letterCounts(aesthetic)).toEqual({ A: 4, B: 4, C: 4, D: 4 });
    expect(
      new Set(aesthetic.map((sample) => (sample.expected as { archetype: string }).archetype)).size,
    ).toBeGreaterThan(5);
  });

  it('is deterministic for a seed', async () => {
    const options = { resolution: 64, boardSize: 3 };
    const once = await collect(boardRecsSuite, scratch.store, 2, 4, options);
    const again = await collect(boardRecsSuite, scratch.store, 2, 4, options);
    expect(fingerprint(again)).toEqual(fingerprint(once));
  });
});

describe('random-ranking chance', () => {
  const relevantIds = (relevance: Record<string, number>) =>
    Object.keys(relevance).filter((id) => (relevance[id] ?? 0) > 0);
  const permutations = <T>(values: readonly T[]): T[][] =>
    values.length <= 1
      ? [[...values]]
      : values.flatMap((value, at) =>
          permutations([...values.slice(0, at), ...values.slice(at + 1)]).map((rest) => [value, ...rest]),
        );

  it('matches exhaustive enumeration for small candidate sets', () => {
    for (const grades of [
      [2, 0, 0, 0, 0],
      [2, 1, 0, 0, 0, 0],
      [2, 2, 1, 0, 0, 0],
    ]) {
      const ids = grades.map((_, at) => `c${at}`);
      const relevance = Object.fromEntries(ids.map((id, at) => [id, grades[at]!]));
      const all = permutations(ids);
      const meanNdcg = all.reduce((sum, ranking) => sum + ndcgAt(ranking, relevance, 3), 0) / all.length;
      const meanHit =
        all.reduce((sum, ranking) => sum + hitAt(ranking, relevantIds(relevance), 2), 0) / all.length;
      expect(expectedRandomNdcg(grades, 3)).toBeCloseTo(meanNdcg, 12);
      const relevant = grades.filter((grade) => grade > 0).length;
      expect(expectedRandomHit(grades.length, relevant, 2)).toBeCloseTo(meanHit, 12);
    }
  });

  it('puts the suite chance rows where a seeded Monte Carlo of random rankings lands', () => {
    const random = Random.for(1, 'chance-check');
    const draws = 4000;
    let ndcg = 0;
    let hit = 0;
    for (const composition of COMPOSITIONS) {
      const grades = [
        ...Array.from({ length: composition.dominant }, () => 2),
        ...Array.from({ length: composition.secondary }, () => 1),
        ...Array.from({ length: 10 - composition.dominant - composition.secondary }, () => 0),
      ];
      const ids = grades.map((_, at) => `c${at}`);
      const relevance = Object.fromEntries(ids.map((id, at) => [id, grades[at]!]));
      for (let draw = 0; draw < draws; draw++) {
        const ranking = random.shuffle(ids);
        ndcg += ndcgAt(ranking, relevance, 10);
        hit += hitAt(ranking, relevantIds(relevance), 5);
      }
    }
    const samples = draws * COMPOSITIONS.length;
    expect(boardRecsSuite.chance['ndcg@10']!).toBeCloseTo(ndcg / samples, 2);
    expect(boardRecsSuite.chance['hit@5']!).toBeCloseTo(hit / samples, 2);
    expect(ARCHETYPES.length).toBe(9);
  });
});
