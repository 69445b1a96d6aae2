import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import {
  AtelierError,
  type ChatCallOptions,
  type ChatRequest,
  type ChatResponse,
  type ToolChoice,
} from '../../core/index.ts';
import type { ChatModel } from '../chat-model.ts';
import { ModelCallError } from '../model-call-error.ts';
import type { ModelSettings } from '../model-settings.ts';
import type { ChatAnswer } from './chat-answer.ts';
import { guardedCall } from './guarded-call.ts';
import { createNodeHttpFetch } from './node-http-fetch.ts';
import { toOpenAiMessages } from './openai-messages.ts';
import { CompletionAssembler, chunkSchema, completionSchema, mapCompletion } from './openai-response.ts';
import type { ProviderErrorContext } from './provider-errors.ts';

const SDK_ERRORS = { APIError, APIConnectionError, APIConnectionTimeoutError, APIUserAbortError };

type CreateParams = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;

function toolChoice(choice: ToolChoice): OpenAI.Chat.ChatCompletionToolChoiceOption {
  return typeof choice === 'string' ? choice : { type: 'function', function: { name: choice.name } };
}

function invalidResponse(context: ProviderErrorContext, reason: string): ModelCallError {
  return new ModelCallError(
    'MODEL_RESPONSE_INVALID',
    `${context.label}: the answer is not a chat completion: ${reason}`,
    { retryable: false, endpoint: context.endpoint },
    { hint: 'Check that the base URL points at an OpenAI-compatible /v1 endpoint.' },
  );
}

/**
 * A model behind chat.completions: OpenAI itself (`openai:`) or any compatible server
 * (`openai-compatible:`). The SDK's own retries are off: the retry layer above decides, from the
 * ModelCallError this throws.
 */
export function createOpenAiChatModel(settings: ModelSettings): ChatModel {
  const { spec } = settings;
  if (spec.kind !== 'openai' && spec.kind !== 'openai-compatible') {
    throw new AtelierError('INVALID_ARGUMENT', `createOpenAiChatModel cannot serve ${settings.id}`, {
      hint: 'Use it for openai: and openai-compatible: specs.',
    });
  }
  const compatible = spec.kind === 'openai-compatible';
  const model = spec.model;
  const clientOptions = {
    // Keyless local servers: the SDK insists on a key, so it gets a placeholder and the header is dropped.
    apiKey: settings.apiKey ?? 'no-key',
    baseURL: settings.baseUrl ?? null,
    organization: null,
    project: null,
    timeout: settings.timeoutMs,
    maxRetries: 0,
    defaultHeaders: {
      ...(settings.apiKey === undefined ? { Authorization: null } : {}),
      ...settings.headers,
    },
  };
  // Plain calls over node:http (a third of the CPU of the global fetch per request, see
  // node-http-fetch.ts); streamed calls keep the global fetch, whose streams the SDK reads as they come.
  const client = new OpenAI({ ...clientOptions, fetch: createNodeHttpFetch() });
  const streamingClient = new OpenAI(clientOptions);
  const context: ProviderErrorContext = {
    label: settings.id,
    endpoint: settings.baseUrl,
    model,
    timeoutMs: settings.timeoutMs,
    apiKey: settings.apiKey,
    apiKeySource: settings.apiKeySource,
  };

  async function body(request: ChatRequest): Promise<CreateParams> {
    const { defaults } = settings;
    const params: CreateParams = {
      model,
      messages: await toOpenAiMessages(request.messages, settings.imagePolicy),
    };
    const temperature = request.temperature ?? defaults.temperature;
    const topP = request.topP ?? defaults.topP;
    const maxTokens = request.maxTokens ?? defaults.maxTokens;
    const seed = request.seed ?? defaults.seed;
    if (temperature !== undefined) params.temperature = temperature;
    if (topP !== undefined) params.top_p = topP;
    // OpenAI deprecated max_tokens (reasoning models refuse it); most compatible servers know only it.
    if (maxTokens !== undefined) {
      if (compatible) params.max_tokens = maxTokens;
      else params.max_completion_tokens = maxTokens;
    }
    if (seed !== undefined) params.seed = seed;
    if (request.stop !== undefined && request.stop.length > 0) params.stop = request.stop;
    if (request.responseFormat === 'json') params.response_format = { type: 'json_object' };
    if (request.tools !== undefined && request.tools.length > 0) {
      params.tools = request.tools.map((tool) => ({
        type: 'function',
        function: { name: tool.name, description: tool.description, parameters: tool.parameters },
      }));
      if (request.toolChoice !== undefined) params.tool_choice = toolChoice(request.toolChoice);
    }
    return params;
  }

  async function answer(
    params: CreateParams,
    signal: AbortSignal,
    onText?: (delta: string) => void,
  ): Promise<ChatAnswer | undefined> {
    if (onText === undefined) {
      const completion = await client.chat.completions.create(params, { signal });
      const parsed = completionSchema.safeParse(completion);
      if (!parsed.success)
        throw invalidResponse(context, parsed.error.issues[0]?.message ?? 'unexpected shape');
      return mapCompletion(parsed.data, model);
    }
    const stream = await streamingClient.chat.completions.create(
      { ...params, stream: true, stream_options: { include_usage: true } },
      { signal },
    );
    const assembler = new CompletionAssembler(onText);
    for await (const chunk of stream) {
      const parsed = chunkSchema.safeParse(chunk);
      if (!parsed.success)
        throw invalidResponse(context, parsed.error.issues[0]?.message ?? 'unexpected chunk');
      assembler.add(parsed.data);
    }
    return assembler.finish(model);
  }

  return {
    id: settings.id,
    kind: 'model',
    label: settings.id,
    boxFormat: settings.boxFormat,
    complete(request: ChatRequest, options: ChatCallOptions = {}): Promise<ChatResponse> {
      return guardedCall(context, SDK_ERRORS, options, async (signal) =>
        answer(await body(request), signal, options.onText),
      );
    },
  };
}
