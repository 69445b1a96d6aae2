import { Hono } from 'hono';
import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import type { EvalRunRecord } from '../eval/index.ts';
import { errorResponse } from './api-error.ts';
import { parseQuery } from './request-input.ts';
import type { RunSummaries } from './run-summaries.ts';
import { headlineView, runView } from './run-view.ts';
import { OUTCOME_FILTERS, type SampleQuery } from './sample-query.ts';
import { sampleDetail, sampleListItem } from './sample-view.ts';

export const SAMPLE_PAGE_LIMIT = 500;

const listQuerySchema = z.object({ suite: z.string().min(1).optional() });

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
 */
export function runRoutes(summaries: RunSummaries, samples: SampleQuery): Hono {
  const routes = new Hono();
  const { runs } = summaries;

  routes.get('/runs', async (context) => {
    try {
      const { suite } = parseQuery(context, listQuerySchema, 'Pass ?suite=NAME to list one suite only.');
      const listing = summaries.records().filter((run) => suite === undefined || run.suite === suite);
      const entries = await Promise.all(
        listing.map(async (run) => ({
          ...runView(run),
          ...summaries.counts(run),
          ...headlineView(await summaries.summary(run)),
        })),
      );
      const suites = new Map<string, typeof entries>();
      for (const entry of entries) suites.set(entry.suite, [...(suites.get(entry.suite) ?? []), entry]);
      const lead = (entry: (typeof entries)[number]) => {
        const value = entry.headline[0]?.estimate;
        return value === undefined || Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
      };
      return context.json({
        runs: entries,
        suites: [...suites.entries()]
          .sort(([left], [right]) => left.localeCompare(right))
          .map(([name, members]) => ({
            suite: name,
            metrics: members[0]?.headline.map((metric) => metric.name) ?? [],
            chance: Object.fromEntries(
              (members[0]?.headline ?? []).flatMap((metric) =>
                metric.chance === undefined ? [] : [[metric.name, metric.chance]],
              ),
            ),
            // Best first by the first headline metric, as the report orders them.
            runIds: [...members].sort((left, right) => lead(right) - lead(left)).map((entry) => entry.id),
          })),
      });
    } catch (error) {
      return errorResponse(context, error);
    }
  });

  routes.get('/runs/:id', async (context) => {
    try {
      const run = runs.readRun(context.req.param('id'));
      const summary = await summaries.summary(run);
      return context.json({ ...runView(run), ...summaries.counts(run), summary });
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
