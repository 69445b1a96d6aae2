import { Hono } from 'hono';
import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import { declaredHeadline, type EvalRunRecord, type RunSummary } from '../eval/index.ts';
import { errorResponse } from './api-error.ts';
import { parseQuery } from './request-input.ts';
import type { RunSummaries } from './run-summaries.ts';
import { headlineView, runView } from './run-view.ts';
import { OUTCOME_FILTERS, type SampleQuery } from './sample-query.ts';
import { sampleDetail, sampleListItem } from './sample-view.ts';

export const SAMPLE_PAGE_LIMIT = 500;

/** ?wait=1 blocks until a large run's summary is computed, as these routes did before (for scripts). */
const waitQuerySchema = z.object({ wait: z.enum(['0', '1']).optional() });
const WAIT_HINT = 'Pass ?wait=1 to wait for a summary still being computed instead of getting pending: true.';

const listQuerySchema = waitQuerySchema.extend({ suite: z.string().min(1).optional() });

export const filterQuerySchema = z.object({
  outcome: z.enum(OUTCOME_FILTERS).optional(),
  q: z.string().trim().max(200).optional(),
});

const samplesQuerySchema = filterQuerySchema.extend({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(SAMPLE_PAGE_LIMIT).default(50),
  after: z.coerce.number().int().optional(),
});

const SAMPLES_HINT = `Pass ?offset=0&limit=50 (limit up to ${SAMPLE_PAGE_LIMIT}), ?after=POSITION for the next page, ?outcome=${OUTCOME_FILTERS.join('|')} and ?q=TEXT.`;

/**
 * GET /runs (the leaderboard: every run with its counts and headline metrics with intervals),
 * GET /runs/:id (the summary with breakdowns), GET /runs/:id/samples (a page of the sample list,
 * filtered by outcome or text) and GET /runs/:id/samples/:sampleId (one sample in full).
 *
 * A large run's summary takes seconds in the summary process: until it is ready the first two
 * answer at once with the run's counts and `pending: true` (no headline or breakdowns) while it is
 * computed in the background, and the page asks again; ?wait=1 waits for it instead.
 */
export function runRoutes(summaries: RunSummaries, samples: SampleQuery): Hono {
  const routes = new Hono();
  const { runs } = summaries;

  const summaryOf = (run: EvalRunRecord, wait: boolean): Promise<RunSummary | null> =>
    wait ? summaries.summary(run) : summaries.ready(run);

  routes.get('/runs', async (context) => {
    try {
      const query = parseQuery(
        context,
        listQuerySchema,
        `Pass ?suite=NAME to list one suite only. ${WAIT_HINT}`,
      );
      const listing = summaries
        .records()
        .filter((run) => query.suite === undefined || run.suite === query.suite);
      const entries = await Promise.all(
        listing.map(async (run) => {
          const counted = summaries.counts(run);
          const summary = await summaryOf(run, query.wait === '1');
          return {
            ...runView(run),
            ...counted,
            ...(summary
              ? { pending: false as const, ...headlineView(summary) }
              : { pending: true as const, scored: counted.counts.scored, errors: counted.counts.error }),
          };
        }),
      );
      const suites = new Map<string, typeof entries>();
      for (const entry of entries) suites.set(entry.suite, [...(suites.get(entry.suite) ?? []), entry]);
      const lead = (entry: (typeof entries)[number]) => {
        const value = entry.pending ? undefined : entry.headline[0]?.estimate;
        return value === undefined || Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
      };
      return context.json({
        runs: entries,
        suites: [...suites.entries()]
          .sort(([left], [right]) => left.localeCompare(right))
          .map(([name, members]) => {
            // While no run of the suite is summarised, its declared metrics name the columns.
            const summarised = members.find((member) => !member.pending);
            const headline = summarised && !summarised.pending ? summarised.headline : undefined;
            const declared = declaredHeadline(name);
            return {
              suite: name,
              metrics: headline?.map((metric) => metric.name) ?? declared?.headline ?? [],
              chance: headline
                ? Object.fromEntries(
                    headline.flatMap((metric) =>
                      metric.chance === undefined ? [] : [[metric.name, metric.chance]],
                    ),
                  )
                : (declared?.chance ?? {}),
              // Best first by the first headline metric, as the report orders them; pending runs last.
              runIds: [...members].sort((left, right) => lead(right) - lead(left)).map((entry) => entry.id),
            };
          }),
      });
    } catch (error) {
      return errorResponse(context, error);
    }
  });

  routes.get('/runs/:id', async (context) => {
    try {
      const run = runs.readRun(context.req.param('id'));
      const query = parseQuery(context, waitQuerySchema, WAIT_HINT);
      const counted = summaries.counts(run);
      const summary = await summaryOf(run, query.wait === '1');
      return context.json({ ...runView(run), ...counted, summary, pending: summary === null });
    } catch (error) {
      return errorResponse(context, error);
    }
  });

  routes.get('/runs/:id/samples', (context) => {
    try {
      const run = runs.readRun(context.req.param('id'));
      const query = parseQuery(context, samplesQuerySchema, SAMPLES_HINT);
      const page = samples.page(run.id, {
        offset: query.offset,
        limit: query.limit,
        ...(query.after === undefined ? {} : { after: query.after }),
        ...(query.outcome ? { outcome: query.outcome } : {}),
        ...(query.q ? { text: query.q } : {}),
      });
      const items = page.rows.map(sampleListItem);
      const last = items.at(-1);
      return context.json({
        run: run.id,
        items,
        offset: query.offset,
        limit: query.limit,
        total: page.total,
        // Continue from `after` (keyset) rather than a growing offset when scrolling.
        next: last && items.length === query.limit ? { after: last.position } : null,
      });
    } catch (error) {
      return errorResponse(context, error);
    }
  });

  routes.get('/runs/:id/samples/:sampleId', (context) => {
    try {
      const run = runs.readRun(context.req.param('id'));
      const filter = parseQuery(context, filterQuerySchema, SAMPLES_HINT);
      const row = samples.full(run.id, context.req.param('sampleId'));
      if (!row) throw missingSample(run, context.req.param('sampleId'));
      return context.json({
        run: run.id,
        ...sampleDetail(row),
        ...samples.neighbours(run.id, row.position, {
          ...(filter.outcome ? { outcome: filter.outcome } : {}),
          ...(filter.q ? { text: filter.q } : {}),
        }),
      });
    } catch (error) {
      return errorResponse(context, error);
    }
  });
  return routes;
}

export function missingSample(run: EvalRunRecord, sampleId: string): AtelierError {
  return new AtelierError('NOT_FOUND', `run ${run.id} has no sample "${sampleId}"`, {
    hint: `GET /api/runs/${run.id}/samples lists its samples.`,
  });
}
