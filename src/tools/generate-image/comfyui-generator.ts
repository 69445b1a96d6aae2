import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { AtelierError } from '../../core/index.ts';
import { type ComfyWorkflow, DEFAULT_WORKFLOW, fillWorkflow, loadWorkflow } from './comfyui-workflow.ts';
import { describeImageBytes } from './describe-image-bytes.ts';
import { generatorFetch, type HttpOptions, readGeneratorJson } from './generator-http.ts';
import {
  DEFAULT_STEPS,
  DEFAULT_TIMEOUT_MS,
  type ImageGeneratorOptions,
  latentSize,
} from './generator-options.ts';
import type { ImageGenerator } from './image-generator.ts';

const BACKEND = 'ComfyUI';
const DEFAULT_CHECKPOINT = 'v1-5-pruned-emaonly.safetensors';
const DEFAULT_POLL_MS = 500;

const queuedSchema = z.object({ prompt_id: z.string().min(1) });

const imageFileSchema = z.object({
  filename: z.string().min(1),
  subfolder: z.string().default(''),
  type: z.string().default('output'),
});

/** Only the fields read: each node's output images and the job's status. */
const historyEntrySchema = z.object({
  outputs: z.record(z.string(), z.looseObject({ images: z.array(imageFileSchema).optional() })).default({}),
  status: z
    .looseObject({
      status_str: z.string().optional(),
      completed: z.boolean().optional(),
      messages: z.array(z.unknown()).optional(),
    })
    .optional(),
});
const historySchema = z.record(z.string(), historyEntrySchema);
type ImageFile = z.infer<typeof imageFileSchema>;

/** The first saved image, preferring "output" files over previews. */
function firstImage(outputs: z.infer<typeof historyEntrySchema>['outputs']): ImageFile | undefined {
  const images = Object.values(outputs).flatMap((output) => output.images ?? []);
  return images.find((image) => image.type === 'output') ?? images[0];
}

/** ComfyUI's execution_error message, when the history carries one. */
function executionError(messages: readonly unknown[] | undefined): string {
  for (const message of messages ?? []) {
    if (Array.isArray(message) && message[0] === 'execution_error') {
      const detail = message[1] as { exception_message?: unknown; node_type?: unknown } | undefined;
      if (typeof detail?.exception_message === 'string') {
        return `${String(detail.node_type ?? 'a node')}: ${detail.exception_message.trim()}`;
      }
    }
  }
  return 'the job reported an error';
}

/**
 * ComfyUI's HTTP API: queue the workflow (POST /prompt), poll GET /history/{id} until its outputs
 * appear, fetch the saved file with GET /view. The built-in workflow is plain Stable Diffusion
 * txt2img; `comfyui:URL#workflow.json` runs the user's own graph with placeholders filled in.
 */
export function createComfyUiGenerator(
  serverUrl: string,
  workflowPath: string | undefined,
  options: ImageGeneratorOptions = {},
): ImageGenerator {
  const base = serverUrl.replace(/\/+$/, '');
  const workflow: ComfyWorkflow = workflowPath ? loadWorkflow(workflowPath) : DEFAULT_WORKFLOW;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pollMs = options.pollIntervalMs ?? DEFAULT_POLL_MS;
  const steps = options.steps ?? DEFAULT_STEPS;
  const sampler = options.sampler ?? 'euler';
  const checkpoint = options.checkpoint ?? DEFAULT_CHECKPOINT;

  return {
    id: workflowPath ? `comfyui:${base}#${workflowPath}` : `comfyui:${base}`,
    describe: () => `ComfyUI at ${base}${workflowPath ? ` running ${workflowPath}` : ''}`,
    async generate({ prompt, seed, size, signal }) {
      const http: HttpOptions = { backend: BACKEND, timeoutMs, ...(signal ? { signal } : {}) };
      const side = latentSize(size);
      const graph = fillWorkflow(workflow, {
        prompt,
        negative_prompt: options.negativePrompt ?? '',
        seed,
        width: side,
        height: side,
        steps,
        sampler,
        checkpoint,
      });
      const queueUrl = `${base}/prompt`;
      const queued = await readGeneratorJson(
        await generatorFetch(
          queueUrl,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ prompt: graph, client_id: randomUUID() }),
          },
          http,
        ),
        queuedSchema,
        queueUrl,
        BACKEND,
      );
      const historyUrl = `${base}/history/${encodeURIComponent(queued.prompt_id)}`;
      const deadline = Date.now() + timeoutMs;
      let file: ImageFile | undefined;
      for (;;) {
        const history = await readGeneratorJson(
          await generatorFetch(historyUrl, { method: 'GET' }, http),
          historySchema,
          historyUrl,
          BACKEND,
        );
        const entry = history[queued.prompt_id];
        if (entry?.status?.status_str === 'error') {
          throw new AtelierError(
            'GENERATOR_FAILED',
            `${BACKEND} job ${queued.prompt_id} failed: ${executionError(entry.status.messages)}`,
            {
              hint: 'Check the checkpoint name and the workflow in the ComfyUI console.',
            },
          );
        }
        file = entry ? firstImage(entry.outputs) : undefined;
        if (file) break;
        if (entry?.status?.completed) {
          throw new AtelierError(
            'GENERATOR_FAILED',
            `${BACKEND} job ${queued.prompt_id} finished without an image`,
            {
              hint: 'The workflow needs a SaveImage node connected to the decoded image.',
            },
          );
        }
        if (Date.now() >= deadline) {
          throw new AtelierError(
            'GENERATOR_FAILED',
            `${BACKEND} job ${queued.prompt_id} did not finish within ${Math.round(timeoutMs / 1000)} s`,
            {
              hint: 'The server may be busy or stuck; check its queue, or raise the timeout.',
            },
          );
        }
        await sleep(pollMs, undefined, signal ? { signal } : undefined);
      }
      const query = new URLSearchParams({
        filename: file.filename,
        subfolder: file.subfolder,
        type: file.type,
      });
      const viewUrl = `${base}/view?${query}`;
      const download = await generatorFetch(viewUrl, { method: 'GET' }, http);
      const bytes = new Uint8Array(await download.arrayBuffer());
      const image = await describeImageBytes(bytes, BACKEND);
      return {
        bytes,
        ...image,
        parameters: {
          promptId: queued.prompt_id,
          workflow: workflowPath ?? 'built-in txt2img',
          ...(workflowPath ? {} : { checkpoint, sampler }),
          steps,
          width: side,
          height: side,
          requestedSize: size,
          seed,
          file: file.filename,
        },
      };
    },
  };
}
