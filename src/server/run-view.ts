import { basename } from 'node:path';
import type { EvalRunRecord, RunSummary } from '../eval/index.ts';

/** A run as the API shows it; a data file's folder stays on the server, only its name is shown. */
export function runView(run: EvalRunRecord) {
  const { file, ...config } = run.suiteConfig;
  return {
    id: run.id,
    suite: run.suite,
    model: run.model,
    modelLabel: run.modelLabel,
    modelKind: run.modelKind,
    status: run.status,
    total: run.total,
    createdAt: run.createdAt,
    updatedAt: run.updatedAt,
    suiteConfig: { ...config, ...(file === undefined ? {} : { file: basename(file) }) },
    settings: run.settings,
  };
}

/** The leaderboard numbers of a run: headline metrics with their 95% intervals and chance levels. */
export function headlineView(summary: RunSummary) {
  return {
    scored: summary.scored,
    errors: summary.errors,
    headline: summary.headline,
    unparseable: summary.unparseable,
    usage: summary.usage,
  };
}
