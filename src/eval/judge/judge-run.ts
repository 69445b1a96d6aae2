import { mapInOrder } from '../../core/index.ts';
import type { ChatModel } from '../../models/index.ts';
import type { Store } from '../../store/index.ts';
import { judgePairwise, judgeRubric } from '../scorers/judge.ts';
import { type MetricSummary, summarizeMean, summarizeProportion } from '../stats/index.ts';

export const DEFAULT_RUBRIC =
  'Score 10 when the answer states the same facts as the reference (colours, counts, positions, items) ' +
  'in any wording; 5 when it is partly right; 0 when it is wrong, evasive or says something else.';

interface JudgedRow {
  sample_id: string;
  question: string;
  answer: string | null;
  choices: string | null;
  output: string | null;
  score: string | null;
}

function readRows(store: Store, runId: string, limit?: number): JudgedRow[] {
  return store.sqlite
    .prepare<[string, number], JudgedRow>(
      `SELECT sample_id, json_extract(sample, '$.question') AS question, json_extract(sample, '$.answer') AS answer,
              json_extract(sample, '$.choices') AS choices, json_extract(output, '$.text') AS output, score
         FROM eval_results WHERE run_id = ? AND status = 'done' ORDER BY position, sample_id LIMIT ?`,
    )
    .all(runId, limit ?? -1);
}

/** The reference as a grader should read it: "B" alone means little, "B (navy)" does. */
function reference(row: JudgedRow): string {
  const answer = row.answer ?? '';
  const choices = row.choices ? (JSON.parse(row.choices) as string[]) : undefined;
  const index = /^[A-Z]$/.test(answer) ? answer.charCodeAt(0) - 65 : -1;
  return choices && choices[index] !== undefined ? `${answer} (${choices[index]})` : answer;
}

export interface RubricRunSummary {
  judged: number;
  unparseable: number;
  /** Mean judge score in [0, 1] over the answers the judge scored, with its bootstrap interval. */
  score: MetricSummary;
}

/**
 * Grades a run's stored answers with a judge model and a rubric, without calling the judged model
 * again. Each verdict is kept in the row's score as metrics.judge (plus the judge's reason), so the
 * report and the sample viewer show it; an unreadable verdict is counted, never guessed.
 */
export async function judgeRunRubric(
  store: Store,
  runId: string,
  judge: ChatModel,
  options: { rubric?: string; concurrency?: number; limit?: number; seed?: number } = {},
): Promise<RubricRunSummary> {
  const rows = readRows(store, runId, options.limit);
  const update = store.sqlite.prepare('UPDATE eval_results SET score = ? WHERE run_id = ? AND sample_id = ?');
  const scores: number[] = [];
  let unparseable = 0;
  await mapInOrder(
    rows.length,
    options.concurrency ?? 4,
    (index) => {
      const row = rows[index]!;
      return judgeRubric(judge, {
        question: row.question,
        answer: row.output ?? '',
        reference: reference(row),
        rubric: options.rubric ?? DEFAULT_RUBRIC,
      });
    },
    (index, verdict) => {
      const row = rows[index]!;
      const score = row.score ? (JSON.parse(row.score) as { metrics?: Record<string, number> }) : {};
      const judged = {
        ...score,
        metrics: { ...score.metrics, ...(verdict.verdict === 'scored' ? { judge: verdict.score } : {}) },
        judge:
          verdict.verdict === 'scored'
            ? { model: judge.label, reason: verdict.reason }
            : { model: judge.label, problem: verdict.problem },
      };
      update.run(JSON.stringify(judged), runId, row.sample_id);
      if (verdict.verdict === 'scored') scores.push(verdict.score);
      else unparseable += 1;
    },
  );
  return {
    judged: rows.length,
    unparseable,
    score: scores.length
      ? summarizeMean(scores, { seed: options.seed ?? 0 })
      : { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, n: 0, clusters: 0, method: 'bootstrap' },
  };
}

export interface PairwiseRunSummary {
  pairs: number;
  wins: { a: number; b: number; tie: number; inconsistent: number; unparseable: number };
  /** Share of decisive, consistent verdicts that prefer run B (Wilson interval). */
  preferB: MetricSummary;
}

/** Two runs' answers to the same samples, judged pairwise with the positions swapped. */
export async function judgeRunsPairwise(
  store: Store,
  runA: string,
  runB: string,
  judge: ChatModel,
  options: { concurrency?: number; limit?: number; seed?: number } = {},
): Promise<PairwiseRunSummary> {
  const byId = new Map(readRows(store, runB).map((row) => [row.sample_id, row]));
  const pairs = readRows(store, runA, options.limit).flatMap((row) => {
    const other = byId.get(row.sample_id);
    return other ? [{ question: row.question, answerA: row.output ?? '', answerB: other.output ?? '' }] : [];
  });
  const wins = { a: 0, b: 0, tie: 0, inconsistent: 0, unparseable: 0 };
  await mapInOrder(
    pairs.length,
    options.concurrency ?? 4,
    (index) => judgePairwise(judge, pairs[index]!),
    (_index, verdict) => {
      const key = verdict.winner === 'A' ? 'a' : verdict.winner === 'B' ? 'b' : verdict.winner;
      wins[key] += 1;
    },
  );
  const decisive = [...Array(wins.a).fill(false), ...Array(wins.b).fill(true)] as boolean[];
  return {
    pairs: pairs.length,
    wins,
    preferB: decisive.length
      ? summarizeProportion(decisive, { seed: options.seed ?? 0 })
      : { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, n: 0, clusters: 0, method: 'wilson' },
  };
}
