import type { AssistantMessage, ChatResponse, FinishReason, Usage } from '../core/index.ts';
import { AtelierError } from '../core/index.ts';
import type { ChatModel } from '../models/index.ts';
import type { Store } from '../store/index.ts';
import { createConversationImages, type Tool } from '../tools/index.ts';
import type { AgentResult } from './agent-result.ts';
import { runAgent } from './run-agent.ts';
import { loadMessages } from './stored-messages.ts';
import { readTrace, type Trace } from './trace-store.ts';

export interface ReplayDifference {
  step: number;
  callId: string;
  name: string;
  field: 'missing' | 'arguments' | 'ok' | 'result' | 'images';
  recorded: unknown;
  replayed: unknown;
}

export interface ReplayOutcome {
  trace: Trace;
  result: AgentResult;
  /** Empty when every tool call gave the same result as when the trace was recorded. */
  differences: ReplayDifference[];
}

interface RecordedModelCall {
  ok: boolean;
  model?: string;
  message?: AssistantMessage;
  finishReason?: FinishReason;
  usage?: Usage;
  error?: { code: string; message: string };
}

/**
 * A model that says again what the traced model said, step by step, so the loop can run the real
 * tools once more without calling (or paying for) the model.
 */
function recordedModel(trace: Trace): ChatModel {
  const calls = trace.events
    .filter((event) => event.kind === 'model')
    .map((event) => event.payload as unknown as RecordedModelCall);
  let next = 0;
  return {
    id: `replay:${trace.id}`,
    kind: trace.modelKind === 'baseline' ? 'baseline' : 'model',
    label: `replay of ${trace.id} (${trace.model})`,
    boxFormat: trace.request.boxFormat === 'normalized-1000' ? 'normalized-1000' : 'pixels',
    async complete(): Promise<ChatResponse> {
      const call = calls[next];
      next += 1;
      if (!call) {
        throw new AtelierError('MODEL_REQUEST_FAILED', `trace ${trace.id} has no model call ${next}`, {
          hint: 'The replayed tools answered differently, so the conversation took another path.',
        });
      }
      if (!call.ok || !call.message) {
        throw new AtelierError('MODEL_REQUEST_FAILED', call.error?.message ?? 'recorded model error');
      }
      return {
        message: call.message,
        finishReason: call.finishReason ?? 'stop',
        usage: call.usage ?? { inputTokens: 0, outputTokens: 0 },
        latencyMs: 0,
        model: call.model ?? trace.model,
      };
    },
  };
}

/** Runs a recorded trace again with the real tools and reports every tool result that changed. */
export async function replayTrace(
  store: Store,
  traceId: string,
  tools: Tool[],
  options: { signal?: AbortSignal } = {},
): Promise<ReplayOutcome> {
  const trace = readTrace(store, traceId);
  const images = createConversationImages();
  for (const image of trace.request.images) images.addNamed(image);
  const result = await runAgent({
    model: recordedModel(trace),
    tools,
    messages: await loadMessages(trace.request.messages, store.blobs),
    images,
    store,
    maxSteps: trace.request.maxSteps,
    trace: false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { trace, result, differences: compareToolCalls(trace, result) };
}

function compareToolCalls(trace: Trace, result: AgentResult): ReplayDifference[] {
  const recorded = trace.events.filter((event) => event.kind === 'tool');
  const differences: ReplayDifference[] = [];
  recorded.forEach((event, index) => {
    const before = event.payload as {
      callId: string;
      name: string;
      arguments: string;
      ok: boolean;
      resultText: string;
      images: { sha256: string }[];
    };
    const after = result.toolCalls[index];
    const base = { step: event.step, callId: before.callId, name: before.name };
    if (!after) {
      differences.push({ ...base, field: 'missing', recorded: before.name, replayed: null });
      return;
    }
    if (after.arguments !== before.arguments) {
      differences.push({
        ...base,
        field: 'arguments',
        recorded: before.arguments,
        replayed: after.arguments,
      });
    }
    if (after.ok !== before.ok) {
      differences.push({ ...base, field: 'ok', recorded: before.ok, replayed: after.ok });
    }
    if (after.resultText !== before.resultText) {
      differences.push({ ...base, field: 'result', recorded: before.resultText, replayed: after.resultText });
    }
    const beforeImages = before.images.map((image) => image.sha256).join(',');
    const afterImages = after.images.map((image) => image.sha256).join(',');
    if (beforeImages !== afterImages) {
      differences.push({ ...base, field: 'images', recorded: beforeImages, replayed: afterImages });
    }
  });
  return differences;
}
