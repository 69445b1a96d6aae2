import { z } from 'zod';

/**
 * One benchmark item, whatever its source (a built-in suite generated from the world, a JSONL file,
 * a VLMEvalKit TSV). Samples are plain JSON so a run can store each one beside the model's output:
 * rescoring and the sample viewer then never need the source again.
 */

/** An image of a sample: a blob in the store (built-in suites), a file, or inline base64 (TSV). */
export const sampleImageSchema = z.union([
  z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string().optional() }),
  z.object({ path: z.string().min(1), name: z.string().optional() }),
  z.object({ base64: z.string().min(1), mediaType: z.string().optional(), name: z.string().optional() }),
]);
export type SampleImage = z.infer<typeof sampleImageSchema>;

/** A region of interest drawn on an image in the viewer (the target of a detail question). */
export const sampleBoxSchema = z.object({
  image: z.number().int().min(0),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  label: z.string().optional(),
});

export const SCORER_NAMES = ['choice', 'exact', 'yes-no', 'ranking', 'tool-use'] as const;
export type ScorerName = (typeof SCORER_NAMES)[number];

export const evalSampleSchema = z.object({
  /** Stable id: the same suite, seed and options give the same ids (resume keys on it). */
  id: z.string().min(1),
  suite: z.string().min(1),
  /** 'answer': one model call without tools; 'agent': the assistant loop with the tools. */
  kind: z.enum(['answer', 'agent']).default('answer'),
  /** Agent samples: the tools offered (default all: search_catalog, zoom, generate_image, get_board). */
  tools: z.array(z.string()).optional(),
  /** The question as the model reads it, without the options (the runner formats those). */
  question: z.string().min(1),
  images: z.array(sampleImageSchema).default([]),
  /** Multiple choice: option texts, shown as A., B., … in this order (already balanced/shuffled). */
  choices: z.array(z.string()).optional(),
  /**
   * The truth as a right answer would be written: a letter for multiple choice, the canonical
   * text for short answers, 'yes'/'no', the ideal ranking "id1, id2, …" for ranking.
   */
  answer: z.string(),
  /** Other accepted spellings of a short answer ("navy" for "navy blue"). */
  aliases: z.array(z.string()).optional(),
  scorer: z.enum(SCORER_NAMES),
  /** Samples sharing an image or outfit: the bootstrap resamples clusters, not samples. */
  cluster: z.string().optional(),
  /** Two samples that differ in exactly one attribute: the pair counts only if both are right. */
  pair: z.string().optional(),
  /** Breakdown keys: detail fraction, distractors, resolution, attribute asked… */
  difficulty: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** Structured truth for the ranking and tool-use scorers (relevant ids, constraints, …). */
  expected: z.unknown().optional(),
  boxes: z.array(sampleBoxSchema).optional(),
});
export type EvalSample = z.output<typeof evalSampleSchema>;
export type EvalSampleInput = z.input<typeof evalSampleSchema>;

/** What the model produced for a sample, stored before any scoring. */
export interface SampleOutput {
  /** The final answer text (raw, exactly as the model wrote it). */
  text: string;
  /** Tool calls made (agent samples), with the raw argument text and what came back. */
  toolCalls?: {
    name: string;
    arguments: string;
    ok: boolean;
    resultText?: string;
    data?: unknown;
  }[];
  /** The names of tools called, in order, for quick breakdowns ("zoom used"). */
  usedTools?: string[];
  stopReason?: string;
  latencyMs: number;
  usage: { inputTokens: number; outputTokens: number };
  cached?: boolean;
  traceId?: string;
}

/** What a scorer says about one output. */
export interface SampleScore {
  /** 'unparseable': no answer could be extracted — its own outcome, never a random fallback. */
  outcome: 'correct' | 'wrong' | 'unparseable';
  /** In [0, 1]: 1/0 for right/wrong, graded for ranking (NDCG@10) and tool use (outcome). */
  score: number;
  /** What was read out of the text (a letter, a normalised answer, a ranking). */
  extracted?: string;
  /** A continuous prediction for AUC (style-compat: the model's confidence that it is compatible). */
  prediction?: number;
  /** Further per-sample metrics the suite aggregates (hit@5, ndcg@10, mrr, tool-f1, argument-f1…). */
  metrics?: Record<string, number>;
  /** One line on why, for the sample viewer. */
  note?: string;
}
