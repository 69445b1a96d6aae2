import { describe, expect, it } from 'vitest';
import { itemIndex, worldItemPool } from '../catalog-pool.ts';
import { Random } from '../random.ts';
import { brokenRules, scoreOutfit } from '../rules/index.ts';
import { fillInTheBlankCandidates, fitbQuestionSchema } from './fill-in-the-blank.ts';
import { sampleCompatibleOutfit } from './sample-compatible-outfit.ts';

const pool = worldItemPool(5, 2000);
const itemOf = (id: string) => pool.get(itemIndex(id));

describe('fillInTheBlankCandidates', () => {
  it('offers the missing item and same-category distractors that each break their stated rules', () => {
    const reasonsSeen = new Set<string>();
    let questions = 0;
    for (let seed = 0; seed < 40; seed++) {
      const outfit = sampleCompatibleOutfit(Random.for(seed, 'outfit'), pool, { id: `o${seed}` })!;
      const missingIndex = seed % outfit.itemIds.length;
      const question = fillInTheBlankCandidates(Random.for(seed, 'fitb'), pool, outfit, missingIndex);
      if (!question) continue;
      questions++;
      expect(fitbQuestionSchema.parse(question)).toEqual(question);
      const answer = outfit.itemIds[missingIndex]!;
      expect(question.candidates).toHaveLength(4);
      expect(question.candidates[question.answerIndex]).toMatchObject({ itemId: answer, correct: true });
      expect(question.candidates.filter((candidate) => candidate.correct)).toHaveLength(1);
      expect(new Set(question.candidates.map((candidate) => candidate.itemId)).size).toBe(4);
      expect(question.contextItemIds).toEqual(outfit.itemIds.filter((id) => id !== answer));

      const context = question.contextItemIds.map(itemOf);
      for (const candidate of question.candidates) {
        const item = itemOf(candidate.itemId);
        expect(item.category).toBe(question.category);
        const items = [...context.slice(0, missingIndex), item, ...context.slice(missingIndex)];
        const assessment = scoreOutfit(items);
        expect(brokenRules(assessment)).toEqual(candidate.brokenRules);
        expect(candidate.correct).toBe(assessment.compatible);
        if (!candidate.correct) {
          expect(candidate.brokenRules.length).toBeGreaterThan(0);
          expect(candidate.reasons).toHaveLength(candidate.brokenRules.length);
          for (const rule of candidate.brokenRules) reasonsSeen.add(rule);
        }
      }
    }
    expect(questions).toBeGreaterThanOrEqual(38);
    expect([...reasonsSeen].sort()).toEqual(
      ['archetype-coherence', 'color-harmony', 'formality-spread', 'pattern-mixing', 'season'].sort(),
    );
  });

  it('prefers distractors that break one rule each, a different one each', () => {
    let distinctQuestions = 0;
    for (let seed = 0; seed < 30; seed++) {
      const outfit = sampleCompatibleOutfit(Random.for(seed, 'outfit'), pool)!;
      const question = fillInTheBlankCandidates(Random.for(seed, 'fitb'), pool, outfit, 0)!;
      const single = question.candidates.filter((candidate) => candidate.brokenRules.length === 1);
      const rules = new Set(single.map((candidate) => candidate.brokenRules[0]));
      if (single.length === 3 && rules.size === 3) distinctQuestions++;
    }
    expect(distinctQuestions).toBeGreaterThanOrEqual(20);
  });

  it('refuses an incompatible outfit or an index outside it', () => {
    const outfit = sampleCompatibleOutfit(Random.for(1, 'outfit'), pool)!;
    expect(() => fillInTheBlankCandidates(Random.for(1, 'fitb'), pool, outfit, 99)).toThrow(
      /cannot blank item 99 of outfit .* which has \d items/,
    );
    const broken = { ...outfit, assessment: { ...outfit.assessment, compatible: false } };
    expect(() => fillInTheBlankCandidates(Random.for(1, 'fitb'), pool, broken, 0)).toThrow(
      /breaks .*so its own item is not a right answer/,
    );
  });
});
