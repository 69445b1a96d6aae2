import { z } from 'zod';
import { AtelierError } from '../../core/index.ts';
import type { EvalSample, SampleOutput, SampleScore } from '../sample.ts';
import { extractRanking } from './extract-ranking.ts';
import { rankingMetrics } from './ranking-metrics.ts';

/** The truth of a ranking sample: a graded relevance per candidate id (0 = irrelevant). */
export const rankingExpectedSchema = z.object({
  relevance: z.record(z.string(), z.number().min(0)),
});
export type RankingExpected = z.infer<typeof rankingExpectedSchema>;

export function rankingExpected(sample: EvalSample): RankingExpected {
  const parsed = rankingExpectedSchema.safeParse(sample.expected);
  if (!parsed.success) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `ranking sample ${sample.id} has no readable expected.relevance: ${parsed.error.issues[0]?.message}`,
      {
        hint: 'A ranking sample carries expected: { relevance: { candidateId: grade, … } } with grades ≥ 0.',
      },
    );
  }
  return parsed.data;
}

/**
 * Scores a ranking answer: NDCG@10 is the score; the top candidate being relevant (hit@1) is what
 * counts as 'correct' for accuracy-style summaries.
 */
export function scoreRanking(sample: EvalSample, output: SampleOutput): SampleScore {
  const { relevance } = rankingExpected(sample);
  const candidates = sample.choices && sample.choices.length > 0 ? sample.choices : Object.keys(relevance);
  const extraction = extractRanking(output.text, candidates);
  if ('unparseable' in extraction) {
    return { outcome: 'unparseable', score: 0, note: extraction.unparseable };
  }
  const metrics = rankingMetrics(extraction.ranking, relevance);
  const missing = candidates.length - extraction.ranking.length;
  return {
    outcome: metrics['hit@1'] === 1 ? 'correct' : 'wrong',
    score: metrics['ndcg@10'],
    extracted: extraction.ranking.join(', '),
    metrics: { ...metrics },
    ...(missing > 0
      ? { note: `ranked ${extraction.ranking.length} of ${candidates.length} candidates` }
      : {}),
  };
}
