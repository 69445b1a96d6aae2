import type { ChatRequest, Message, ToolCall, ToolMessage } from '../core/index.ts';
import { AtelierError, collectSecrets, redactDeep, toAtelierError } from '../core/index.ts';
import type { ChatModel } from '../models/index.ts';
import type { Store } from '../store/index.ts';
import {
  type ConversationImages,
  runToolCall,
  type Tool,
  type ToolCallContext,
  toolDefinitions,
} from '../tools/index.ts';
import type { AgentEvent, AgentResult, ModelCallRecord, StopReason, ToolCallRecord } from './agent-result.ts';
import { storeMessages } from './stored-messages.ts';
import { toolErrorMessage, toolResultMessage } from './tool-message.ts';
import { startTrace, type TraceRecorder } from './trace-store.ts';

export interface RunAgentOptions {
  model: ChatModel;
  tools: Tool[];
  /** The conversation so far, ending with the user's message (images inline). */
  messages: Message[];
  /** The images the conversation can name (uploads registered as image-1, …). */
  images: ConversationImages;
  store: Store;
  /** Model calls allowed before the loop gives up (default 8). */
  maxSteps?: number;
  /** Run the tool calls of one turn concurrently (default true); results keep the model's order. */
  parallelToolCalls?: boolean;
  /** Sampling settings passed to every call. */
  settings?: Pick<ChatRequest, 'temperature' | 'topP' | 'maxTokens' | 'seed' | 'task'>;
  /** Record a trace in the store (default true). */
  trace?: boolean;
  /** Extra secret values to keep out of traces, besides the environment's keys. */
  secrets?: string[];
  signal?: AbortSignal;
  onEvent?: (event: AgentEvent) => void;
}

const DEFAULT_MAX_STEPS = 8;

/**
 * The assistant loop: ask the model, run the tools it calls, feed the results (errors included)
 * back, until it answers without calling a tool, fails, is interrupted or runs out of steps. Every
 * model call and tool call is written to the trace as it happens.
 */
export async function runAgent(options: RunAgentOptions): Promise<AgentResult> {
  const started = performance.now();
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  if (!Number.isInteger(maxSteps) || maxSteps < 1) {
    throw new AtelierError('INVALID_ARGUMENT', `max steps must be a whole number ≥ 1, got ${maxSteps}`, {
      hint: 'Pass --max-steps 8 (the default) or another positive number.',
    });
  }
  const { model, store } = options;
  const definitions = toolDefinitions(options.tools);
  const secrets = collectSecrets(process.env, options.secrets);
  const redact = <T>(value: T): T => redactDeep(value, secrets);
  const messages = [...options.messages];
  const recorder: TraceRecorder | undefined =
    options.trace === false
      ? undefined
      : startTrace(
          store,
          model,
          {
            messages: await storeMessages(messages, store.blobs),
            tools: options.tools.map((tool) => tool.name),
            images: options.images.list(),
            maxSteps,
            boxFormat: model.boxFormat,
            settings: { ...options.settings },
          },
          redact,
        );
  const context: ToolCallContext = {
    images: options.images,
    boxFormat: model.boxFormat,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const modelCalls: ModelCallRecord[] = [];
  const toolCalls: ToolCallRecord[] = [];
  const usage = { inputTokens: 0, outputTokens: 0 };
  let answer = '';
  let stopReason: StopReason = 'max-steps';
  let failure: AgentResult['error'];
  let step = 0;

  while (step < maxSteps) {
    step += 1;
    if (options.signal?.aborted) {
      stopReason = 'interrupted';
      failure = { code: 'INTERRUPTED', message: 'interrupted before the model answered' };
      break;
    }
    const request: ChatRequest = {
      ...options.settings,
      messages,
      ...(definitions.length > 0 ? { tools: definitions, toolChoice: 'auto' } : {}),
    };
    let response: Awaited<ReturnType<ChatModel['complete']>>;
    try {
      const currentStep = step;
      response = await model.complete(request, {
        ...(options.signal ? { signal: options.signal } : {}),
        onText: (delta) => options.onEvent?.({ type: 'text', step: currentStep, delta }),
      });
    } catch (error) {
      const atelierError = toAtelierError(error);
      stopReason = options.signal?.aborted ? 'interrupted' : 'model-error';
      failure = { code: atelierError.code, message: atelierError.message };
      recorder?.event(step, 'model', { ok: false, error: failure });
      break;
    }
    messages.push(response.message);
    usage.inputTokens += response.usage.inputTokens;
    usage.outputTokens += response.usage.outputTokens;
    const modelCall: ModelCallRecord = {
      step,
      content: response.message.content,
      toolCallCount: response.message.toolCalls.length,
      finishReason: response.finishReason,
      usage: response.usage,
      latencyMs: response.latencyMs,
      cached: response.cached === true,
      attempts: response.attempts ?? 1,
    };
    modelCalls.push(modelCall);
    recorder?.event(step, 'model', {
      ok: true,
      model: response.model,
      message: response.message,
      finishReason: response.finishReason,
      usage: response.usage,
      latencyMs: response.latencyMs,
      cached: modelCall.cached,
      attempts: modelCall.attempts,
    });
    options.onEvent?.({ type: 'model-call', record: modelCall });

    if (response.message.toolCalls.length === 0) {
      answer = response.message.content;
      stopReason = 'answered';
      break;
    }
    answer = response.message.content;
    const results = await runToolCalls(response.message.toolCalls, step, options, context);
    for (const { record, message } of results) {
      toolCalls.push(record);
      messages.push(message);
      recorder?.event(step, 'tool', toolEventPayload(record));
      options.onEvent?.({ type: 'tool-end', record });
    }
  }

  const result: AgentResult = {
    ...(recorder ? { traceId: recorder.id } : {}),
    answer,
    stopReason,
    steps: modelCalls.length,
    messages,
    modelCalls,
    toolCalls,
    usage,
    latencyMs: performance.now() - started,
    ...(failure ? { error: failure } : {}),
  };
  recorder?.finish(result);
  return result;
}

async function runToolCalls(
  calls: ToolCall[],
  step: number,
  options: RunAgentOptions,
  context: ToolCallContext,
): Promise<{ record: ToolCallRecord; message: ToolMessage }[]> {
  const runOne = async (call: ToolCall) => {
    options.onEvent?.({
      type: 'tool-start',
      step,
      callId: call.id,
      name: call.name,
      arguments: call.arguments,
    });
    const started = performance.now();
    const outcome = await runToolCall(options.tools, call, context);
    const latencyMs = performance.now() - started;
    if (outcome.ok) {
      const record: ToolCallRecord = {
        step,
        callId: call.id,
        name: call.name,
        arguments: call.arguments,
        ok: true,
        resultText: outcome.result.text,
        images: outcome.result.images,
        ...(outcome.result.data !== undefined ? { data: outcome.result.data } : {}),
        latencyMs,
      };
      return { record, message: await toolResultMessage(call, outcome.result, options.store.blobs) };
    }
    const message = toolErrorMessage(call, outcome.error.code, outcome.error.message);
    const record: ToolCallRecord = {
      step,
      callId: call.id,
      name: call.name,
      arguments: call.arguments,
      ok: false,
      resultText: `error ${outcome.error.code}: ${outcome.error.message}`,
      errorCode: outcome.error.code,
      images: [],
      latencyMs,
    };
    return { record, message };
  };
  if (options.parallelToolCalls === false) {
    const results = [];
    for (const call of calls) results.push(await runOne(call));
    return results;
  }
  return Promise.all(calls.map(runOne));
}

function toolEventPayload(record: ToolCallRecord): Record<string, unknown> {
  return {
    callId: record.callId,
    name: record.name,
    arguments: record.arguments,
    ok: record.ok,
    resultText: record.resultText,
    ...(record.errorCode ? { errorCode: record.errorCode } : {}),
    images: record.images.map((image) => ({
      name: image.name,
      sha256: image.sha256,
      mediaType: image.mediaType,
      width: image.width,
      height: image.height,
      origin: image.origin,
    })),
    ...(record.data !== undefined ? { data: record.data } : {}),
    latencyMs: record.latencyMs,
  };
}
