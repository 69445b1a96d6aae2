/**
 * The provider-neutral conversation: what the agent loop builds, what every model adapter translates
 * to its wire format, and what traces store. Adapters own the wire differences (where images may go,
 * how tool calls are spelled); nothing above them sees a provider's shapes.
 */

/** An image inside a message: bytes we hold (sent as a data URL) or a URL the server fetches. */
export type ImagePart =
  | {
      type: 'image';
      mediaType: string;
      data: Uint8Array;
      /** The name the conversation uses for it ("image-1", "zoom-2"), so text can refer to it. */
      name?: string;
    }
  | { type: 'image-url'; url: string; name?: string };

export interface TextPart {
  type: 'text';
  text: string;
}

export type ContentPart = TextPart | ImagePart;

/** One call the model asked for. `arguments` is the raw JSON text as the model wrote it: parsing
 * it is the caller's job (with a safe parse), because malformed arguments are an outcome to record. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

export interface SystemMessage {
  role: 'system';
  content: string;
}

export interface UserMessage {
  role: 'user';
  content: ContentPart[];
}

export interface AssistantMessage {
  role: 'assistant';
  /** The visible answer; empty when the turn only calls tools. */
  content: string;
  toolCalls: ToolCall[];
}

/**
 * A tool's result. It may carry images: adapters for servers that reject images in tool messages
 * (vLLM, most OpenAI-compatible servers) move them into a following user message and leave a text
 * note naming each attachment; Anthropic may keep them inside tool_result.
 */
export interface ToolMessage {
  role: 'tool';
  toolCallId: string;
  toolName: string;
  content: ContentPart[];
  isError?: boolean;
}

export type Message = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

/** A tool as the model sees it: name, description and a JSON Schema for its arguments. */
export interface ToolDefinition {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export type ToolChoice = 'auto' | 'none' | 'required' | { name: string };

/**
 * What a baseline may read about the task and a real model never receives: the offered options
 * (random), the ground truth (oracle). Adapters for real servers ignore it.
 */
export interface TaskHints {
  /** The answer options offered to the model, in the order shown (e.g. ["A", "B", "C", "D"]). */
  options?: string[];
  /** The correct answer, exactly as a right answer would be written. */
  answer?: string;
  /** A stable id of the sample, so seeded baselines answer the same way on a re-run. */
  sampleId?: string;
  /** The answer's form: one option, yes/no, every option ranked, or a short phrase. */
  format?: 'choice' | 'yes-no' | 'ranking' | 'short';
}

export interface ChatRequest {
  messages: Message[];
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  seed?: number;
  /** 'json' asks for a JSON object where the server supports it (response_format json_object). */
  responseFormat?: 'text' | 'json';
  stop?: string[];
  task?: TaskHints;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'other';

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

export interface ChatResponse {
  message: AssistantMessage;
  finishReason: FinishReason;
  usage: Usage;
  /** Wall time of the call that produced this answer, retries and waits included. */
  latencyMs: number;
  /** The model name the server reported (or the spec's model when it reports none). */
  model: string;
  /** True when the answer came from the request cache. */
  cached?: boolean;
  /** How many attempts the call took (1 = first try). */
  attempts?: number;
}

export interface ChatCallOptions {
  signal?: AbortSignal;
  /** Receives the answer's text as it streams; the promise still resolves with the whole response. */
  onText?: (delta: string) => void;
}
