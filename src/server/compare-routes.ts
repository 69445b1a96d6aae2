import type { Statement } from 'better-sqlite3';
import { Hono } from 'hono';
import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import type { EvalRunRecord } from '../eval/index.ts';
import type { Store } from '../store/index.ts';
import { errorResponse } from './api-error.ts';
import { parseQuery } from './request-input.ts';
import { SAMPLE_PAGE_LIMIT } from './run-routes.ts';
import type { RunSummaries } from './run-summaries.ts';
import { headlineView, runView } from './run-view.ts';
import type { SampleQuery } from './sample-query.ts';
import { type SampleListItem, sampleListItem } from './sample-view.ts';

export const COMPARE_FILTERS = ['all', 'disagree', 'a-better', 'b-better', 'both-wrong'] as const;
type CompareFilter = (typeof COMPARE_FILTERS)[number];

const compareQuerySchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(SAMPLE_PAGE_LIMIT).default(50),
  filter: z.enum(COMPARE_FILTERS).default('all'),
});

/** Right or wrong is what a paired comparison counts, so that is what "disagree" means here. */
const CONDITIONS: Record<CompareFilter, string> = {
  all: '',
  disagree: " AND (x.outcome IS 'correct') != (y.outcome IS 'correct')",
  'a-better': " AND x.outcome IS 'correct' AND y.outcome IS NOT 'correct'",
  'b-better': " AND x.outcome IS NOT 'correct' AND y.outcome IS 'correct'",
  'both-wrong': " AND x.outcome IS NOT 'correct' AND y.outcome IS NOT 'correct'",
};

/** What both runs share: the sample as asked, with its truth. */
function question(item: SampleListItem) {
  return {
    id: item.id,
    position: item.position,
    kind: item.kind,
    scorer: item.scorer,
    question: item.question,
    choices: item.choices,
    answer: item.answer,
    difficulty: item.difficulty,
    boxes: item.boxes,
    images: item.images,
  };
}

/** What each run made of it. */
function side(item: SampleListItem) {
  return {
    status: item.status,
    outputText: item.outputText,
    extracted: item.extracted,
    outcome: item.outcome,
    score: item.score,
    note: item.note,
    usedTools: item.usedTools,
    traceId: item.traceId,
    error: item.error,
    latencyMs: item.latencyMs,
  };
}

/**
 * GET /compare?a=RUN&b=RUN: two runs of the same samples side by side, page by page in A's order,
 * optionally only where they disagree, with the paired comparison (McNemar, paired bootstrap).
 */
export function compareRoutes(store: Store, summaries: RunSummaries, samples: SampleQuery): Hono {
  const routes = new Hono();
  const statements = new Map<CompareFilter, Statement<[string, string], { sample_id: string }>>();
  /**
   * The sample ids of a pairing that pass the filter, in A's order. Every page of a pairing needs
   * the same join over both runs, so it is run once and kept until either run changes; a page
   * is then a slice (an id is ~30 bytes: 3 MB for a 100,000-sample pairing).
   */
  const matchingIds = (a: EvalRunRecord, b: EvalRunRecord, filter: CompareFilter): string[] =>
    summaries.memo(`compare\n${a.id}\n${b.id}\n${filter}`, [a, b], () => {
      let statement = statements.get(filter);
      if (!statement) {
        statement = store.sqlite.prepare<[string, string], { sample_id: string }>(
          `SELECT x.sample_id AS sample_id
             FROM eval_results x JOIN eval_results y ON y.run_id = ? AND y.sample_id = x.sample_id
            WHERE x.run_id = ?${CONDITIONS[filter]} ORDER BY x.position`,
        );
        statements.set(filter, statement);
      }
      return statement.all(b.id, a.id).map((row) => row.sample_id);
    });

  routes.get('/compare', async (context) => {
    try {
      const query = parseQuery(
        context,
        compareQuerySchema,
        `Pass ?a=RUN&b=RUN, with ?offset=0&limit=50 and ?filter=${COMPARE_FILTERS.join('|')}.`,
      );
      const a = summaries.runs.readRun(query.a);
      const b = summaries.runs.readRun(query.b);
      if (a.id === b.id) {
        throw new AtelierError('INVALID_ARGUMENT', 'compare two different runs', {
          hint: 'Pass the ids of two runs of the same suite as ?a= and ?b=.',
        });
      }
      const matching = matchingIds(a, b, query.filter);
      const ids = matching.slice(query.offset, query.offset + query.limit);
      const total = matching.length;
      const rowsA = samples.listRows(a.id, ids);
      const rowsB = samples.listRows(b.id, ids);
      const items = ids.flatMap((id) => {
        const rowA = rowsA.get(id);
        const rowB = rowsB.get(id);
        if (!rowA || !rowB) return [];
        const itemA = sampleListItem(rowA);
        return [{ ...question(itemA), a: side(itemA), b: side(sampleListItem(rowB)) }];
      });
      const [summaryA, summaryB, comparison] = await Promise.all([
        summaries.summary(a),
        summaries.summary(b),
        summaries.comparison(a, b),
      ]);
      return context.json({
        a: { ...runView(a), ...headlineView(summaryA) },
        b: { ...runView(b), ...headlineView(summaryB) },
        comparison,
        filter: query.filter,
        items,
        offset: query.offset,
        limit: query.limit,
        total,
      });
    } catch (error) {
      return errorResponse(context, error);
    }
  });
  return routes;
}
