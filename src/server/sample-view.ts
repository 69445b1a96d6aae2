import { basename } from 'node:path';
import { z } from 'zod';
import { blobUrl, SHA256_PATTERN, thumbnailUrl } from './api-urls.ts';
import type { SampleFullRow, SampleListRow } from './sample-query.ts';

/**
 * An image of a sample as the viewer gets it: a blob URL, never a path or inline bytes. The runner
 * stores every image it read as a blob; only a row whose image could not be read keeps the original
 * reference, and that one has no URL (the row's error says why).
 */
export interface SampleImageView {
  index: number;
  name: string | null;
  url: string | null;
  thumbnailUrl: string | null;
}

const imageReferenceSchema = z.object({
  sha256: z.string().nullish(),
  name: z.string().nullish(),
  path: z.string().nullish(),
});

function parse(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function imageViews(references: unknown): SampleImageView[] {
  if (!Array.isArray(references)) return [];
  return references.map((reference, index) => {
    const parsed = imageReferenceSchema.safeParse(reference);
    const image = parsed.success ? parsed.data : {};
    const name = image.name ?? (image.path ? basename(image.path) : null);
    if (image.sha256 && SHA256_PATTERN.test(image.sha256)) {
      return { index, name, url: blobUrl(image.sha256), thumbnailUrl: thumbnailUrl(image.sha256) };
    }
    return { index, name, url: null, thumbnailUrl: null };
  });
}

export function errorOf(text: string | null): { code: string; message: string } | null {
  const parsed = z.object({ code: z.string(), message: z.string() }).safeParse(parse(text));
  return parsed.success ? parsed.data : null;
}

/** One row of the sample list: what a virtualised table needs, and nothing it does not. */
export function sampleListItem(row: SampleListRow) {
  return {
    id: row.sample_id,
    position: row.position,
    status: row.status,
    kind: row.kind,
    scorer: row.scorer,
    question: row.question,
    choices: parse(row.choices),
    answer: row.answer === null ? null : String(row.answer),
    difficulty: parse(row.difficulty) ?? {},
    boxes: parse(row.boxes) ?? [],
    images: imageViews(parse(row.images)),
    outputText: row.output_text,
    usedTools: parse(row.used_tools) ?? [],
    traceId: row.trace_id,
    extracted: row.extracted,
    note: row.note,
    outcome: row.outcome,
    score: row.value,
    error: errorOf(row.error),
    latencyMs: row.latency_ms,
  };
}

export type SampleListItem = ReturnType<typeof sampleListItem>;

/** One sample in full: the question with its truth, the model's whole output and the score. */
export function sampleDetail(row: SampleFullRow) {
  const sample = (parse(row.sample) ?? {}) as Record<string, unknown>;
  const { images, ...rest } = sample;
  const score = parse(row.score) as Record<string, unknown> | null;
  return {
    id: row.sample_id,
    position: row.position,
    status: row.status,
    sample: { ...rest, images: imageViews(images) },
    output: parse(row.output),
    error: errorOf(row.error),
    score,
    extracted: typeof score?.extracted === 'string' ? score.extracted : null,
    outcome: row.outcome,
    value: row.value,
    latencyMs: row.latency_ms,
    usage: { inputTokens: row.input_tokens, outputTokens: row.output_tokens, cost: row.cost },
  };
}
