import type { Store } from '../../store/index.ts';
import {
  type McNemarResult,
  mcnemarTest,
  type PairedBootstrapResult,
  pairedBootstrap,
} from '../stats/index.ts';

export interface RunComparison {
  a: string;
  b: string;
  /** Samples both runs scored (the comparison uses only these). */
  paired: number;
  /** Right/wrong per sample: McNemar on the discordant pairs; b = only A right, c = only B right. */
  mcnemar: McNemarResult;
  accuracyA: number;
  accuracyB: number;
  /** Mean score (NDCG, tool outcome, 1/0 for right/wrong) of B minus A, paired bootstrap. */
  score: PairedBootstrapResult;
}

interface PairedRow {
  outcome_a: string;
  outcome_b: string;
  value_a: number | null;
  value_b: number | null;
  cluster: string | null;
  sample_id: string;
}

/**
 * Two runs compared sample by sample on the samples both scored: McNemar for right/wrong and the
 * (cluster) paired bootstrap for the mean score. Null when they share no scored sample.
 */
export function compareRuns(store: Store, a: string, b: string, seed = 0): RunComparison | null {
  const rows = store.sqlite
    .prepare<[string, string], PairedRow>(
      `SELECT x.sample_id, x.outcome AS outcome_a, y.outcome AS outcome_b, x.value AS value_a, y.value AS value_b,
              json_extract(x.sample, '$.cluster') AS cluster
         FROM eval_results x JOIN eval_results y ON y.sample_id = x.sample_id
        WHERE x.run_id = ? AND y.run_id = ? AND x.outcome IS NOT NULL AND y.outcome IS NOT NULL
        ORDER BY x.position, x.sample_id`,
    )
    .all(a, b);
  if (rows.length === 0) return null;
  const rightA = rows.map((row) => row.outcome_a === 'correct');
  const rightB = rows.map((row) => row.outcome_b === 'correct');
  const clusters = rows.map((row) => row.cluster ?? row.sample_id);
  return {
    a,
    b,
    paired: rows.length,
    mcnemar: mcnemarTest(rightA.map((value, index) => ({ a: value, b: rightB[index] as boolean }))),
    accuracyA: rightA.filter(Boolean).length / rows.length,
    accuracyB: rightB.filter(Boolean).length / rows.length,
    score: pairedBootstrap(
      rows.map((row) => row.value_a ?? 0),
      rows.map((row) => row.value_b ?? 0),
      { seed, clusters },
    ),
  };
}
