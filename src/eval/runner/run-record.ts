import { z } from 'zod';

/**
 * How a run's samples were made. Stored as JSON on the run so `--resume` rebuilds exactly the same
 * samples, and compared as text so two shards that disagree on it cannot start the same run.
 */
export const suiteConfigSchema = z.object({
  seed: z.number().int(),
  limit: z.number().int().min(1).optional(),
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  /** Absolute path of the data file for external suites (JSONL, TSV); absent for built-in suites. */
  file: z.string().optional(),
  /** Each choice sample expanded into its rotations (circular evaluation). */
  circular: z.boolean().default(false),
});
export type SuiteConfig = z.output<typeof suiteConfigSchema>;

export const runPricesSchema = z.object({
  /** US dollars per million input (prompt) tokens. */
  inputPerMillion: z.number().min(0),
  /** US dollars per million output (completion) tokens. */
  outputPerMillion: z.number().min(0),
});
export type RunPrices = z.output<typeof runPricesSchema>;

/** How a run calls its model; kept so a resumed run behaves like the first invocation. */
export const runSettingsSchema = z.looseObject({
  concurrency: z.number().int().min(1).optional(),
  prices: runPricesSchema.optional(),
  blind: z.boolean().optional(),
});
export type RunSettings = z.output<typeof runSettingsSchema>;

export const RUN_STATUSES = ['running', 'done', 'failed', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface EvalRunRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  suite: string;
  suiteConfig: SuiteConfig;
  /** The model spec (or config name) the run calls. */
  model: string;
  modelKind: 'model' | 'baseline';
  modelLabel: string;
  status: RunStatus;
  /** Samples the run should end with, all shards together. */
  total: number;
  settings: RunSettings;
}

/** What the stored rows of a run add up to. */
export interface RunCounts {
  /** Rows whose output is stored. */
  done: number;
  /** Rows whose model call failed (`--retry-errors` runs them again). */
  error: number;
  /** Done rows with a score. */
  scored: number;
  correct: number;
  wrong: number;
  unparseable: number;
  inputTokens: number;
  outputTokens: number;
  cost: number;
}

export interface RunListing extends EvalRunRecord {
  counts: RunCounts;
  /** Correct ÷ scored (an unparseable answer counts as wrong); null before anything is scored. */
  accuracy: number | null;
}

/** JSON with a fixed key order, so equal configs are equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
  }
  return value;
}
