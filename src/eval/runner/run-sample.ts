import { assistantSystemPrompt, runAgent } from '../../agent/index.ts';
import { AtelierError, type ChatRequest, type ImagePart, toAtelierError } from '../../core/index.ts';
import type { ChatModel } from '../../models/index.ts';
import type { Store } from '../../store/index.ts';
import {
  addUploadedImage,
  type ConversationImage,
  createConversationImages,
  type Tool,
} from '../../tools/index.ts';
import type { EvalSample, SampleOutput } from '../sample.ts';
import { sampleRequest } from '../scorers/sample-request.ts';
import { imageParts, loadSampleImages, storedImages } from './load-sample-images.ts';
import type { SampleImageCache } from './sample-image-cache.ts';

export interface SampleRunContext {
  model: ChatModel;
  store: Store;
  /** The tools agent samples may be offered. */
  tools: readonly Tool[];
  imageRoot: string;
  /** The run's images read so far, shared by its samples. */
  imageCache?: SampleImageCache;
  /** Model calls an agent sample may make. */
  maxSteps?: number;
  signal?: AbortSignal;
}

export type SampleAttempt =
  /** `sample` is the sample as stored: its images as blob references. */
  | { status: 'done'; sample: EvalSample; output: SampleOutput }
  | { status: 'error'; sample: EvalSample; error: { code: string; message: string; traceId?: string } }
  /** Stopped by Ctrl-C: nothing is stored, so a resumed run asks again. */
  | { status: 'interrupted' };

function selectTools(sample: EvalSample, tools: readonly Tool[]): Tool[] {
  if (sample.tools === undefined) return [...tools];
  return sample.tools.map((name) => {
    const tool = tools.find((candidate) => candidate.name === name);
    if (!tool) {
      const hint =
        name === 'search_catalog'
          ? 'search_catalog needs an indexed catalog: run "atelier index" (or "atelier demo") in this home folder first.'
          : `The tools available are: ${tools.map((candidate) => candidate.name).join(', ') || 'none'}.`;
      throw new AtelierError(
        'TOOL_UNKNOWN',
        `sample ${sample.id} needs the tool ${name}, which is not available`,
        {
          hint,
        },
      );
    }
    return tool;
  });
}

async function answerSample(sample: EvalSample, context: SampleRunContext): Promise<SampleAttempt> {
  const loaded = await loadSampleImages(sample.images, {
    blobs: context.store.blobs,
    imageRoot: context.imageRoot,
    ...(context.imageCache ? { cache: context.imageCache } : {}),
  });
  const stored: EvalSample = { ...sample, images: storedImages(sample.images, loaded) };
  const request = sampleRequest(sample, imageParts(loaded));
  const response = await context.model.complete(request, context.signal ? { signal: context.signal } : {});
  return {
    status: 'done',
    sample: stored,
    output: {
      text: response.message.content,
      stopReason: response.finishReason,
      latencyMs: response.latencyMs,
      usage: response.usage,
      ...(response.cached ? { cached: true } : {}),
    },
  };
}

function withSystemPrompt(request: ChatRequest, images: ConversationImage[], tools: Tool[]): ChatRequest {
  if (request.messages[0]?.role === 'system') return request;
  const system = assistantSystemPrompt({ images, tools: tools.map((tool) => tool.name) });
  return { ...request, messages: [{ role: 'system', content: system }, ...request.messages] };
}

async function agentSample(sample: EvalSample, context: SampleRunContext): Promise<SampleAttempt> {
  const tools = selectTools(sample, context.tools);
  const loaded = await loadSampleImages(sample.images, {
    blobs: context.store.blobs,
    imageRoot: context.imageRoot,
    ...(context.imageCache ? { cache: context.imageCache } : {}),
  });
  const conversation = createConversationImages();
  const registered: ConversationImage[] = [];
  // One after another, so unnamed images are numbered in the sample's order (image-1, image-2, …);
  // a named image keeps its name, since the question may use it and tool calls must resolve it.
  for (const [index, image] of loaded.entries()) {
    const name = sample.images[index]?.name;
    const checked = await addUploadedImage(
      name === undefined ? conversation : createConversationImages(),
      context.store,
      image.bytes,
    );
    registered.push(name === undefined ? checked : conversation.addNamed({ ...checked, name }));
  }
  // The registered bytes, not the file's: an upload with an EXIF rotation is stored upright.
  const parts: ImagePart[] = [];
  for (const image of registered) {
    const data = await context.store.blobs.read(image.sha256);
    parts.push({ type: 'image', mediaType: image.mediaType, data, name: image.name });
  }
  const request = withSystemPrompt(sampleRequest(sample, parts), registered, tools);
  const {
    messages,
    tools: _definitions,
    toolChoice: _choice,
    stop: _stop,
    responseFormat: _format,
    ...settings
  } = request;
  const result = await runAgent({
    model: context.model,
    tools,
    messages,
    images: conversation,
    store: context.store,
    settings,
    trace: true,
    ...(context.maxSteps !== undefined ? { maxSteps: context.maxSteps } : {}),
    ...(context.signal ? { signal: context.signal } : {}),
  });
  const stored: EvalSample = { ...sample, images: storedImages(sample.images, loaded) };
  if (result.stopReason === 'interrupted') return { status: 'interrupted' };
  if (result.stopReason === 'model-error') {
    return {
      status: 'error',
      sample: stored,
      error: {
        code: result.error?.code ?? 'MODEL_REQUEST_FAILED',
        message: result.error?.message ?? 'the model call failed',
        ...(result.traceId ? { traceId: result.traceId } : {}),
      },
    };
  }
  return {
    status: 'done',
    sample: stored,
    output: {
      text: result.answer,
      toolCalls: result.toolCalls.map((call) => ({
        name: call.name,
        arguments: call.arguments,
        ok: call.ok,
        resultText: call.resultText,
        ...(call.data !== undefined ? { data: call.data } : {}),
      })),
      usedTools: result.toolCalls.map((call) => call.name),
      stopReason: result.stopReason,
      latencyMs: result.latencyMs,
      usage: result.usage,
      ...(result.modelCalls.length > 0 && result.modelCalls.every((call) => call.cached)
        ? { cached: true }
        : {}),
      ...(result.traceId ? { traceId: result.traceId } : {}),
    },
  };
}

/**
 * Runs one sample: a single model call for answer samples, the assistant loop for agent samples.
 * Never throws for a sample's own failure (a bad image, a refused call): that is an error row.
 */
export async function runSample(sample: EvalSample, context: SampleRunContext): Promise<SampleAttempt> {
  try {
    return sample.kind === 'agent' ? await agentSample(sample, context) : await answerSample(sample, context);
  } catch (error) {
    if (context.signal?.aborted) return { status: 'interrupted' };
    const failure = toAtelierError(error);
    return { status: 'error', sample, error: { code: failure.code, message: failure.message } };
  }
}
