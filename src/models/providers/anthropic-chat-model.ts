import type Anthropic from '@anthropic-ai/sdk';
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
import { toAnthropicMessages } from './anthropic-messages.ts';
import { MessageAssembler, mapMessage, messageSchema, streamEventSchema } from './anthropic-response.ts';
import type { ChatAnswer } from './chat-answer.ts';
import { guardedCall } from './guarded-call.ts';
import type { ProviderErrorContext } from './provider-errors.ts';

type AnthropicSdk = typeof import('@anthropic-ai/sdk');

// The SDK costs ~25 MB of resident memory once imported; a process that never talks to Claude
// (an eval against a local server, the web app's catalog) should not pay for it.
let sdkLoading: Promise<AnthropicSdk> | undefined;
function loadSdk(): Promise<AnthropicSdk> {
  sdkLoading ??= import('@anthropic-ai/sdk');
  return sdkLoading;
}

/** The messages API requires max_tokens; this is what a request gets when neither it nor the config says. */
export const DEFAULT_ANTHROPIC_MAX_TOKENS = 1024;

type CreateParams = Anthropic.MessageCreateParamsNonStreaming;

function toolChoice(choice: ToolChoice): Anthropic.ToolChoice {
  if (choice === 'auto') return { type: 'auto' };
  if (choice === 'required') return { type: 'any' };
  if (choice === 'none') return { type: 'none' };
  return { type: 'tool', name: choice.name };
}

function invalidResponse(context: ProviderErrorContext, reason: string): ModelCallError {
  return new ModelCallError(
    'MODEL_RESPONSE_INVALID',
    `${context.label}: the answer is not a messages API answer: ${reason}`,
    { retryable: false, endpoint: context.endpoint },
    { hint: 'Check that the base URL points at the Anthropic API (without /v1).' },
  );
}

/**
 * A Claude model behind the messages API. Sampling options (temperature, topP), seeds and JSON mode
 * are left out: API version 2026-10-21, which this SDK sends, refuses sampling options with a 400
 * and never had the other two. The SDK's own retries are off, as for OpenAI.
 */
export function createAnthropicChatModel(settings: ModelSettings): ChatModel {
  const { spec } = settings;
  if (spec.kind !== 'anthropic') {
    throw new AtelierError('INVALID_ARGUMENT', `createAnthropicChatModel cannot serve ${settings.id}`, {
      hint: 'Use it for anthropic: specs.',
    });
  }
  const model = spec.model;
  let client: Anthropic | undefined;
  const clientOf = (sdk: AnthropicSdk): Anthropic => {
    client ??= new sdk.default({
      apiKey: settings.apiKey ?? null,
      // Without these the SDK would also read ANTHROPIC_AUTH_TOKEN: the settings already chose the key.
      authToken: null,
      baseURL: settings.baseUrl ?? null,
      timeout: settings.timeoutMs,
      maxRetries: 0,
      defaultHeaders: settings.headers,
    });
    return client;
  };
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
    const { system, messages } = await toAnthropicMessages(request.messages, settings.imagePolicy);
    const params: CreateParams = {
      model,
      messages,
      max_tokens: request.maxTokens ?? defaults.maxTokens ?? DEFAULT_ANTHROPIC_MAX_TOKENS,
    };
    if (system !== undefined) params.system = system;
    if (request.stop !== undefined && request.stop.length > 0) params.stop_sequences = request.stop;
    if (request.tools !== undefined && request.tools.length > 0) {
      params.tools = request.tools.map((tool) => ({
        name: tool.name,
        description: tool.description,
        input_schema: tool.parameters as Anthropic.Tool.InputSchema,
      }));
      if (request.toolChoice !== undefined) params.tool_choice = toolChoice(request.toolChoice);
    }
    return params;
  }

  async function answer(
    client: Anthropic,
    params: CreateParams,
    signal: AbortSignal,
    onText?: (delta: string) => void,
  ): Promise<ChatAnswer | undefined> {
    if (onText === undefined) {
      const message = await client.messages.create(params, { signal });
      const parsed = messageSchema.safeParse(message);
      if (!parsed.success)
        throw invalidResponse(context, parsed.error.issues[0]?.message ?? 'unexpected shape');
      return mapMessage(parsed.data, model);
    }
    const stream = await client.messages.create({ ...params, stream: true }, { signal });
    const assembler = new MessageAssembler(onText);
    for await (const event of stream) {
      const parsed = streamEventSchema.safeParse(event);
      if (!parsed.success)
        throw invalidResponse(context, parsed.error.issues[0]?.message ?? 'unexpected event');
      assembler.add(parsed.data);
    }
    return assembler.finish(model);
  }

  return {
    id: settings.id,
    kind: 'model',
    label: settings.id,
    boxFormat: settings.boxFormat,
    async complete(request: ChatRequest, options: ChatCallOptions = {}): Promise<ChatResponse> {
      const sdk = await loadSdk();
      const errors = {
        APIError: sdk.APIError,
        APIConnectionError: sdk.APIConnectionError,
        APIConnectionTimeoutError: sdk.APIConnectionTimeoutError,
        APIUserAbortError: sdk.APIUserAbortError,
      };
      return guardedCall(context, errors, options, async (signal) =>
        answer(clientOf(sdk), await body(request), signal, options.onText),
      );
    },
  };
}
