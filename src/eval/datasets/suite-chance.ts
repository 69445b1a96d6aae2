import type { EvalSample, ScorerName } from '../sample.ts';
import { chanceOf } from './choice-answer.ts';

/** What the validation pass keeps of a good row to work out the chance row. */
export interface RowChance {
  scorer: ScorerName;
  choiceCount: number;
  pair?: string;
}

/**
 * The chance level of each headline metric: accuracy is the mean per-sample guess rate (free-text
 * samples count 0, since a guess cannot hit them); pair accuracy the mean over pairs of the product
 * of their members' rates. A metric with nothing guessable has no chance row rather than a 0 that
 * reads like a measurement.
 */
export function suiteChance(rows: readonly RowChance[]): Record<string, number> {
  const chance: Record<string, number> = {};
  if (rows.length === 0) return chance;
  let sum = 0;
  let guessable = false;
  const pairs = new Map<string, number>();
  for (const row of rows) {
    const rate = chanceOf(row.scorer, row.choiceCount);
    sum += rate;
    if (row.scorer !== 'exact') guessable = true;
    if (row.pair !== undefined) pairs.set(row.pair, (pairs.get(row.pair) ?? 1) * rate);
  }
  if (guessable) {
    chance.accuracy = sum / rows.length;
    if (pairs.size > 0) chance['pair-accuracy'] = [...pairs.values()].reduce((a, b) => a + b, 0) / pairs.size;
  }
  return chance;
}

export function headlineOf(rows: readonly RowChance[]): string[] {
  return rows.some((row) => row.pair !== undefined) ? ['accuracy', 'pair-accuracy'] : ['accuracy'];
}

export function rowChanceOf(sample: EvalSample): RowChance {
  const row: RowChance = { scorer: sample.scorer, choiceCount: sample.choices?.length ?? 0 };
  if (sample.pair !== undefined) row.pair = sample.pair;
  return row;
}
