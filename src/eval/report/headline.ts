import type { ReportRow } from './report-rows.ts';

export interface HeadlinePlan {
  metrics: string[];
  /** Chance level per metric, where one exists (the chance row). */
  chance: Record<string, number>;
}

/**
 * Which numbers lead a run's row. Built-in suites declare theirs; for a data file the metrics follow
 * from the scorers its samples use, and chance from the samples themselves (1/options for multiple
 * choice, ½ for yes/no), so an external benchmark gets an honest chance row too.
 */
export function headlineFor(
  declared: { headline: string[]; chance: Record<string, number> } | undefined,
  rows: readonly ReportRow[],
): HeadlinePlan {
  if (declared) return { metrics: [...declared.headline], chance: { ...declared.chance } };
  const scorers = new Set(rows.map((row) => row.scorer));
  const metrics: string[] = [];
  const chance: Record<string, number> = {};
  if (scorers.has('choice') || scorers.has('exact') || scorers.has('yes-no')) {
    metrics.push('accuracy');
    const guessable = rows.filter((row) => row.scorer !== 'ranking' && row.scorer !== 'tool-use');
    const guesses = guessable.map((row) =>
      row.scorer === 'choice' && row.choiceCount ? 1 / row.choiceCount : row.scorer === 'yes-no' ? 0.5 : 0,
    );
    if (guesses.length > 0) chance.accuracy = guesses.reduce((sum, value) => sum + value, 0) / guesses.length;
  }
  if (rows.some((row) => row.pair !== null)) metrics.push('pair-accuracy');
  if (scorers.has('ranking')) metrics.push('ndcg@10', 'hit@5');
  if (scorers.has('tool-use')) metrics.push('outcome', 'tool-f1', 'argument-f1');
  return { metrics, chance };
}
